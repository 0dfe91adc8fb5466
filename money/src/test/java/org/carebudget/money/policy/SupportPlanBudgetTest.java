package org.carebudget.money.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SupportPlanBudget#periodOf}: 4-weekly periods from {@code Plans.START}, Monday 2026-04-06. */
class SupportPlanBudgetTest {

    static SupportPlanBudget plan(LocalDate start, int periodWeeks) {
        return SupportPlanBudget.startingOn(start).everyWeeks(periodWeeks).limit(SpendCategory.PA_WAGES,
                Gbp.ofPence(1)).periodLimit(Gbp.ofPence(1)).build();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "the first day of the plan,           2026-04-06, 2026-04-06/2026-05-04",
        "a day inside the first period,       2026-04-20, 2026-04-06/2026-05-04",
        "the last day of the first period,    2026-05-03, 2026-04-06/2026-05-04",
        "the first day of the next period,    2026-05-04, 2026-05-04/2026-06-01",
        "the last day of the second period,   2026-05-31, 2026-05-04/2026-06-01",
        "13 periods on (364 days),            2027-04-06, 2027-04-05/2027-05-03"})
    void givenADateOnOrAfterTheStart_thenItsPeriodIsThe4WeeksContainingIt(String what,
            LocalDate date, String period) {
        DateRange range = Plans.PLAN.periodOf(date);

        assertEquals(DateRange.parse(period), range);
        assertEquals(true, range.contains(date));
        assertEquals(28, range.days());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "the day before the start,            2026-04-05, 2026-03-09/2026-04-06",
        "the first day of the period before,  2026-03-09, 2026-03-09/2026-04-06",
        "the last day of two periods before,  2026-03-08, 2026-02-09/2026-03-09"})
    void givenADateBeforeTheStart_thenPeriodsCountBackFromTheStart(String what, LocalDate date,
            String period) {
        assertEquals(DateRange.parse(period), Plans.PLAN.periodOf(date));
    }

    @Test
    void givenA1WeekPlan_thenEachDayOfTheWeekHasTheSamePeriodAndTheNextDayTheNext() {
        SupportPlanBudget weekly = plan(LocalDate.of(2026, 4, 8), 1);

        assertEquals(DateRange.parse("2026-04-08/2026-04-15"), weekly.periodOf(LocalDate.of(2026, 4, 8)));
        assertEquals(DateRange.parse("2026-04-08/2026-04-15"), weekly.periodOf(LocalDate.of(2026, 4, 14)));
        assertEquals(DateRange.parse("2026-04-15/2026-04-22"), weekly.periodOf(LocalDate.of(2026, 4, 15)));
    }

    @Test
    void givenTheLastAndFirstDatesWhosePeriodFitsTheSupportedDates_thenTheirPeriodsAreReturned() {
        assertEquals(DateRange.of(LocalDate.parse("2200-11-24"), LocalDate.parse("2200-12-22")),
                Plans.PLAN.periodOf(LocalDate.parse("2200-12-21")));
        assertEquals(DateRange.of(LocalDate.parse("1900-01-01"), LocalDate.parse("1900-01-29")),
                Plans.PLAN.periodOf(LocalDate.parse("1900-01-01")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2200-12-22", "2200-12-31"})
    void givenADateWhosePeriodWouldRunPastTheSupportedDates_thenItIsRefusedWithTheValidRange(LocalDate date) {
        LedgerException e = assertThrows(LedgerException.class, () -> Plans.PLAN.periodOf(date));

        assertEquals("Invalid value for date (valid values 1900-01-01 - 2200-12-21): " + date, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"+999999999-12-31", "2201-01-01", "1899-12-31", "-999999999-01-01"})
    void givenADateOutsideTheSupportedDates_thenItIsRefusedWithTheSupportedRange(LocalDate date) {
        LedgerException e = assertThrows(LedgerException.class, () -> Plans.PLAN.periodOf(date));

        assertEquals("Invalid value for date (valid values 1900-01-01 - 2200-12-31): " + date, e.getMessage());
    }

    @Test
    void givenFunderSharesAboveThePeriodLimit_thenThePlanIsRefusedNamingTheTotal() {
        LedgerException e = assertThrows(LedgerException.class, () -> SupportPlanBudget.startingOn(Plans.START)
                .limit(SpendCategory.PA_WAGES, Gbp.ofPence(100)).periodLimit(Gbp.ofPence(100))
                .fundedBy(org.carebudget.core.id.FunderId.of("icb"), Gbp.ofPence(60))
                .fundedBy(org.carebudget.core.id.FunderId.of("council"), Gbp.ofPence(41)).build());

        assertEquals("funderShares", e.field());
        assertEquals("£1.01", e.givenValue());
    }

    @Test
    void givenNoDate_thenPeriodOfIsRefusedNamingTheDate() {
        LedgerException e = assertThrows(LedgerException.class, () -> Plans.PLAN.periodOf(null));

        assertEquals("Invalid value for date (valid values not null): null", e.getMessage());
    }
}
