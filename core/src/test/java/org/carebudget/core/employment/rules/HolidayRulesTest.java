package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursPattern;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayRulesTest {

    private static final RegularHoursHoliday REGULAR = new RegularHoursHoliday();
    private static final IrregularHoursHoliday IRREGULAR = new IrregularHoursHoliday();
    private static final RolledUpHolidayPayAllowed ROLLED_UP = new RolledUpHolidayPayAllowed();
    private static final HolidayFigures HOLIDAY = UkFigures.standard().on(HolidayFigures.class, LocalDate.of(2026, 4, 6));
    private static final LocalDate START = LocalDate.of(2026, 4, 6);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 1);

    private static Employment with(HoursPattern pattern, LocalDate start, PayRecord record) {
        return Given.bare(Given.BORN, start, PayFrequency.WEEKLY).hoursPattern(pattern).evidence(record).build();
    }

    private static PayRecord.Builder tenHours(LocalDate start) {
        return Given.payBuilder(PayFrequency.WEEKLY, start, start, HoursWorked.ofDayMinutes(600), 20_000);
    }

    @ParameterizedTest(name = "{0}-day week, {1} tenths of a day: findings {2}")
    @CsvSource({"5, 280, 0", "5, 279, 1", "3, 168, 0", "3, 167, 1", "6, 280, 0", "6, 279, 1", "1, 56, 0"})
    void givenRegularHours_thenAtLeastFivePointSixWeeksCappedAt28Days(int days, int tenths, int expected) {
        List<ComplianceFinding> found = Given.findings(REGULAR, Given.bare().regularHoliday(days, tenths).build(),
                AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(ComplianceSeverity.BLOCKING, found.get(0).severity());
            assertTrue(found.get(0).message().contains("5.6 weeks, capped at 28 days"), found.get(0).message());
            LeaveEntitlementCheck check = found.get(0).figures(LeaveEntitlementCheck.class);
            assertEquals(1, check.shortfallTenthDays());
            assertEquals(tenths + 1, check.statutoryTenthDays());
        }
    }

    @Test
    void givenIrregularHours_thenRegularEntitlementNotChecked() {
        assertEquals(List.of(), Given.findings(REGULAR, Given.bare().hoursPattern(HoursPattern.IRREGULAR)
                .regularHoliday(5, 0).build(), AS_OF));
    }

    @ParameterizedTest(name = "{0}: 600 minutes worked, {1} accrued: findings {2}")
    @CsvSource({"IRREGULAR, 73, 0", "IRREGULAR, 72, 1", "PART_YEAR, 72, 1", "REGULAR, 0, 0"})
    void givenIrregularHours_thenAccrue1207PercentOfHoursWorkedRoundedUp(HoursPattern pattern, long accrued,
            int expected) {
        Employment e = with(pattern, START, tenHours(START).holidayAccruedMinutes(accrued).build());

        List<ComplianceFinding> found = Given.findings(IRREGULAR, e, AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals("Holiday accrued for 2026-04-06/2026-04-13 is 1.2 hours; 12.07% of 10 hours worked is 73 "
                    + "minutes (1.22 hours): 1 minutes short.", found.get(0).message());
            HolidayAccrual accrual = found.get(0).figures(HolidayAccrual.class);
            assertEquals(73, accrual.requiredMinutes());
            assertEquals(1, accrual.shortfallMinutes());
        }
    }

    @Test
    void given6000MinutesWorked_then724Point2MinutesBecome725InTheWorkersFavour() {
        assertEquals(725, IrregularHoursHoliday.accruedMinutes(6_000, HOLIDAY));
        assertEquals(0, IrregularHoursHoliday.accruedMinutes(0, HOLIDAY));
        assertEquals(1, IrregularHoursHoliday.accruedMinutes(1, HOLIDAY));
        assertEquals(1207, IrregularHoursHoliday.accruedMinutes(10_000, HOLIDAY));
    }

    @ParameterizedTest(name = "leave year from {0}, period from {1}: regime applies {2}")
    @CsvSource({
        "01-01, 2024-04-08, false",   // the leave year began on 1 January 2024: the old regime to December 2024
        "01-01, 2024-12-30, false",
        "01-01, 2025-01-06, true",    // the leave year beginning 1 January 2025 is the first under the new regime
        "04-01, 2024-04-01, true",
        "04-01, 2024-03-25, false"})
    void givenTheLeaveYearStart_thenTheRegimeFollowsTheLeaveYearNotThePayPeriod(String leaveYear, LocalDate period,
            boolean applies) {
        Employment e = Given.bare(Given.BORN, LocalDate.of(2023, 1, 2), PayFrequency.WEEKLY)
                .hoursPattern(HoursPattern.IRREGULAR).leaveYearStart(MonthDay.parse("--" + leaveYear)).build();

        assertEquals(applies, IrregularHoursHoliday.regimeApplies(e, period, HOLIDAY));
    }

    @Test
    void givenAJanuaryLeaveYear_thenNoAccrualFindingFromAprilToDecember2024() {
        LocalDate start = LocalDate.of(2024, 4, 8);
        Employment e = Given.bare(Given.BORN, start, PayFrequency.WEEKLY).hoursPattern(HoursPattern.IRREGULAR)
                .leaveYearStart(MonthDay.of(1, 1)).evidence(tenHours(start).build()).build();

        assertEquals(List.of(), Given.findings(IRREGULAR, e, LocalDate.of(2024, 5, 1)));
    }

    @ParameterizedTest(name = "rolled-up £{0} on £200.00: short {1}")
    @CsvSource({"24.14, 0.00", "24.13, 0.01", "30.00, 0.00"})
    void givenRolledUpHolidayPay_thenAtLeast1207PercentOfPay(String rolledUp, String shortfall) {
        Employment e = with(HoursPattern.IRREGULAR, START, tenHours(START).rolledUpHolidayPay(Gbp.parse(rolledUp))
                .build());

        List<ComplianceFinding> found = Given.findings(IRREGULAR, e, AS_OF);

        if (shortfall.equals("0.00")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(Gbp.parse(shortfall), found.get(0).amount());
            assertEquals(Gbp.parse("24.14"), found.get(0).figures(RolledUpHolidayPayCheck.class).required());
        }
    }

    @Test
    void givenRolledUpPayOnAnOddPenny_thenRoundedUpInTheWorkersFavour() {
        // 12.07% of £100.01 is £12.071207...: £12.08 is required.
        assertEquals(Gbp.parse("12.08"), IrregularHoursHoliday.rolledUpHolidayPay(Gbp.parse("100.01"), HOLIDAY));
    }

    @ParameterizedTest(name = "{0}, leave year from {1}, period from {2}: findings {3}")
    @CsvSource({"REGULAR, 04-06, 2026-04-06, 1", "IRREGULAR, 04-06, 2026-04-06, 0", "PART_YEAR, 04-01, 2024-04-01, 0",
        "IRREGULAR, 01-01, 2024-06-03, 1", "IRREGULAR, 01-01, 2025-01-06, 0"})
    void givenRolledUpHolidayPay_thenOnlyForIrregularHoursInLeaveYearsFromApril2024(HoursPattern pattern,
            String leaveYear, LocalDate start, int expected) {
        Employment e = Given.bare(Given.BORN, start, PayFrequency.WEEKLY).hoursPattern(pattern)
                .leaveYearStart(MonthDay.parse("--" + leaveYear))
                .evidence(tenHours(start).rolledUpHolidayPay(Gbp.parse("24.14")).build()).build();

        List<ComplianceFinding> found = Given.findings(ROLLED_UP, e, start.plusDays(30));

        assertEquals(expected, found.size(), found::toString);
        if (expected == 1) {
            assertEquals(Gbp.parse("24.14"), found.get(0).amount());
        }
    }

    @Test
    void givenNoRolledUpLine_thenNoFinding() {
        assertEquals(List.of(), Given.findings(ROLLED_UP, with(HoursPattern.REGULAR, START, tenHours(START).build()),
                AS_OF));
    }
}
