package org.carebudget.core.employment.rules;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.SicknessAbsence;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutorySickPayTest {

    private static final StatutorySickPay RULE = new StatutorySickPay();
    private static final UkFigures UK = UkFigures.standard();
    private static final DayOfWeek[] MONDAY_TO_FRIDAY = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    private static SicknessAbsence absence(LocalDate first, LocalDate last, String weeklyEarnings, String paid) {
        return SicknessAbsence.builder(DateRange.ofClosed(first, last), Gbp.parse(weeklyEarnings), MONDAY_TO_FRIDAY)
                .sickPayPaid(Gbp.parse(paid)).build();
    }

    @ParameterizedTest(name = "sick {0} to {1}, earning £{2} a week: SSP £{3} for {4} days")
    @CsvSource({
        // from 6 April 2026: day one, the lower of £123.25 and 80% of average weekly earnings, over 5 qualifying days
        "2026-04-13, 2026-04-13, 400, 24.65, 1",    // one day: 123.25 / 5
        "2026-04-13, 2026-04-17, 400, 123.25, 5",
        "2026-04-13, 2026-04-17, 100, 80.00, 5",    // 80% of £100 is below £123.25
        "2026-04-13, 2026-04-17, 0, 0.00, 5",       // no earnings threshold now, but 80% of nothing is nothing
        "2026-04-15, 2026-04-21, 400, 123.25, 5",   // Wed to Tue across two SSP weeks: 3 + 2 days
        // 2025/26: £118.75 after 3 waiting days, only for 4 or more days and earnings of at least £125 a week
        "2026-03-02, 2026-03-06, 400, 47.50, 2",
        "2026-03-02, 2026-03-04, 400, 0.00, 0",     // 3 days: not a period of incapacity
        "2026-03-02, 2026-03-06, 124.99, 0.00, 0"}) // below the lower earnings limit
    void givenAnAbsence_thenTheEntitlementFollowsTheRulesOfEachDay(LocalDate first, LocalDate last, String earnings,
            String expected, int paidDays) {
        SickPayEntitlement due = StatutorySickPay.entitlement(absence(first, last, earnings, "0"), UK);

        assertEquals(Gbp.parse(expected), due.entitlement());
        assertEquals(paidDays, due.paidDays());
    }

    @Test
    void givenAWeekOfTheOldRules_thenWaitingDaysAreCountedAndTheExclusionNamed() {
        SickPayEntitlement due = StatutorySickPay.entitlement(absence(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 4), "400", "0"), UK);

        assertEquals(SickPayExclusion.NOT_A_PERIOD_OF_INCAPACITY, due.exclusion());
        SickPayEntitlement full = StatutorySickPay.entitlement(absence(LocalDate.of(2026, 4, 13),
                LocalDate.of(2026, 4, 17), "400", "0"), UK);
        assertNull(full.exclusion());
        assertEquals(Gbp.parse("123.25"), full.weeklyRate());
    }

    @Test
    void givenAnAbsenceLinkedToAnEarlierOne_thenWaitingDaysAreNotServedAgain() {
        SicknessAbsence earlier = absence(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 6), "400", "47.50");
        SicknessAbsence later = absence(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "400", "0");

        SickPayEntitlement linked = StatutorySickPay.entitlement(later, List.of(earlier), UK);
        SickPayEntitlement alone = StatutorySickPay.entitlement(later, UK);

        assertEquals(Gbp.parse("118.75"), linked.entitlement());
        assertEquals(Gbp.parse("47.50"), alone.entitlement());
    }

    @Test
    void givenUnderpaidSsp_thenBlockingWithTheShortfall_andNothingWhilePaidInFull() {
        SicknessAbsence under = absence(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 17), "400", "100.00");
        SicknessAbsence full = absence(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 15), "400", "123.25");
        Employment e = Given.compliant().evidence(under, full).build();

        List<ComplianceFinding> found = Given.findings(RULE, e, LocalDate.of(2026, 6, 1));

        assertEquals(1, found.size(), found::toString);
        assertEquals(ComplianceSeverity.BLOCKING, found.get(0).severity());
        assertEquals(Gbp.parse("23.25"), found.get(0).amount());
        assertEquals(List.of(under), found.get(0).evidence());
        assertEquals(Gbp.parse("123.25"), found.get(0).figures(SickPayEntitlement.class).entitlement());
    }

    @Test
    void givenAnAbsenceNotYetEnded_thenNotYetChecked() {
        SicknessAbsence running = absence(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 17), "400", "0");

        assertEquals(List.of(), Given.findings(RULE, Given.compliant().evidence(running).build(),
                LocalDate.of(2026, 4, 17)));
        assertEquals(1, Given.findings(RULE, Given.compliant().evidence(running).build(),
                LocalDate.of(2026, 4, 18)).size());
    }

    @Test
    void givenAnAbsenceBeyondTheFigures_thenNotChecked_andTheFunctionNamesTheMissingDate() {
        SicknessAbsence later = absence(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 16), "400", "0");

        ComplianceFinding f = Given.findings(RULE, Given.compliant().evidence(later).build(),
                LocalDate.of(2027, 5, 1)).get(0);

        assertEquals(ComplianceSeverity.NOT_CHECKED, f.severity());
        assertInvalid(() -> StatutorySickPay.entitlement(later, UK), "date", "a date with sick pay figures",
                "2027-04-12");
    }
}
