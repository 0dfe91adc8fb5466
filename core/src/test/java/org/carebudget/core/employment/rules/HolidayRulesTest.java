package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursPattern;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayRulesTest {

    private static final RegularHoursHoliday REGULAR = new RegularHoursHoliday();
    private static final IrregularHoursHoliday IRREGULAR = new IrregularHoursHoliday();
    private static final RolledUpHolidayPayAllowed ROLLED_UP = new RolledUpHolidayPayAllowed();
    private static final LocalDate START = LocalDate.of(2026, 4, 6);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 1);

    private static Employment with(HoursPattern pattern, LocalDate start, PayRecord record) {
        return Given.bare(Given.BORN, start, PayFrequency.WEEKLY).hoursPattern(pattern).evidence(record).build();
    }

    private static PayRecord tenHours(LocalDate start) {
        return Given.pay(PayFrequency.WEEKLY, start, start, HoursWorked.ofDayMinutes(600), 20_000);
    }

    @ParameterizedTest(name = "{0}-day week, {1} tenths of a day: findings {2}")
    @CsvSource({"5, 280, 0", "5, 279, 1", "3, 168, 0", "3, 167, 1", "6, 280, 0", "6, 279, 1", "1, 56, 0"})
    void givenRegularHours_thenAtLeastFivePointSixWeeksCappedAt28Days(int days, int tenths, int expected) {
        Employment e = Given.bare().holiday(days, tenths).build();

        List<Finding> found = Given.findings(REGULAR, e, AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(Severity.BLOCKING, found.get(0).severity());
            assertTrue(found.get(0).message().contains("5.6 weeks, capped at 28 days"), found.get(0).message());
        }
    }

    @Test
    void givenIrregularHours_thenRegularEntitlementNotChecked() {
        Employment e = Given.bare().hoursPattern(HoursPattern.IRREGULAR).holiday(5, 0).build();

        assertEquals(List.of(), Given.findings(REGULAR, e, AS_OF));
    }

    @ParameterizedTest(name = "{0}: 600 minutes worked, {1} accrued: findings {2}")
    @CsvSource({"IRREGULAR, 72, 0", "IRREGULAR, 71, 1", "PART_YEAR, 71, 1", "REGULAR, 0, 0"})
    void givenIrregularHours_thenAccrue1207PercentOfHoursWorked(HoursPattern pattern, long accrued, int expected) {
        Employment e = with(pattern, START, tenHours(START).withHolidayAccruedMinutes(accrued));

        List<Finding> found = Given.findings(IRREGULAR, e, AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals("Holiday accrued for 2026-04-06/2026-04-13 is 1.18 hours; 12.07% of 10 hours worked is "
                    + "1.2 hours.", found.get(0).message());
        }
    }

    @ParameterizedTest(name = "rolled-up £{0} on £200.00: short {1}")
    @CsvSource({"24.14, 0.00", "24.13, 0.01", "30.00, 0.00"})
    void givenRolledUpHolidayPay_thenAtLeast1207PercentOfPay(String rolledUp, String shortfall) {
        Employment e = with(HoursPattern.IRREGULAR, START, tenHours(START).withRolledUpHolidayPay(Gbp.parse(rolledUp)));

        List<Finding> found = Given.findings(IRREGULAR, e, AS_OF);

        if (shortfall.equals("0.00")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(Gbp.parse(shortfall), found.get(0).amount());
        }
    }

    @ParameterizedTest(name = "{0}, period from {1}: findings {2}")
    @CsvSource({"REGULAR, 2026-04-06, 1", "IRREGULAR, 2026-04-06, 0", "PART_YEAR, 2024-04-01, 0",
        "IRREGULAR, 2024-03-31, 1"})
    void givenRolledUpHolidayPay_thenOnlyForIrregularHoursFromApril2024(HoursPattern pattern, LocalDate start,
            int expected) {
        Employment e = with(pattern, start, tenHours(start).withRolledUpHolidayPay(Gbp.parse("24.14")));

        List<Finding> found = Given.findings(ROLLED_UP, e, AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(Gbp.parse("24.14"), found.get(0).amount());
        }
    }

    @Test
    void givenNoRolledUpLine_thenNoFinding() {
        assertEquals(List.of(), Given.findings(ROLLED_UP, with(HoursPattern.REGULAR, START, tenHours(START)), AS_OF));
    }
}
