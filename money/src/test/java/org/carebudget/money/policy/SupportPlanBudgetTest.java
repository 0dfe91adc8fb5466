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
        return new SupportPlanBudget(start, periodWeeks, Map.of(SpendCategory.PA_WAGES, Gbp.ofPence(1)),
                Gbp.ofPence(1));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "the first day of the plan,           2026-04-06, 2026-04-06/2026-05-04",
        "a day inside the first period,       2026-04-20, 2026-04-06/2026-05-04",
        "the last day of the first period,    2026-05-03, 2026-04-06/2026-05-04",
        "the first day of the next period,    2026-05-04, 2026-05-04/2026-06-01",
        "the last day of the second period,   2026-05-31, 2026-05-04/2026-06-01",
        "13 periods on (364 days),            2027-04-06, 2027-04-05/2027-05-03"})
    void given_a_date_on_or_after_the_start_then_its_period_is_the_4_weeks_containing_it(String what,
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
    void given_a_date_before_the_start_then_periods_count_back_from_the_start(String what, LocalDate date,
            String period) {
        assertEquals(DateRange.parse(period), Plans.PLAN.periodOf(date));
    }

    @Test
    void given_a_1_week_plan_then_each_day_of_the_week_has_the_same_period_and_the_next_day_the_next() {
        SupportPlanBudget weekly = plan(LocalDate.of(2026, 4, 8), 1);

        assertEquals(DateRange.parse("2026-04-08/2026-04-15"), weekly.periodOf(LocalDate.of(2026, 4, 8)));
        assertEquals(DateRange.parse("2026-04-08/2026-04-15"), weekly.periodOf(LocalDate.of(2026, 4, 14)));
        assertEquals(DateRange.parse("2026-04-15/2026-04-22"), weekly.periodOf(LocalDate.of(2026, 4, 15)));
    }

    @Test
    void given_the_last_and_first_dates_whose_period_fits_in_a_local_date_then_their_periods_are_returned() {
        assertEquals(DateRange.of(LocalDate.parse("2200-11-24"), LocalDate.parse("2200-12-22")),
                Plans.PLAN.periodOf(LocalDate.parse("2200-12-21")));
        assertEquals(DateRange.of(LocalDate.parse("1900-01-01"), LocalDate.parse("1900-01-29")),
                Plans.PLAN.periodOf(LocalDate.parse("1900-01-01")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2200-12-22", "2200-12-31", "1899-12-31", "+999999999-12-31", "-999999999-01-01"})
    void given_a_date_whose_period_would_run_past_local_date_max_or_min_then_it_is_refused_with_the_valid_range(
            LocalDate date) {
        LedgerException e = assertThrows(LedgerException.class, () -> Plans.PLAN.periodOf(date));

        assertEquals("Invalid value for date (valid values 1900-01-01 - 2200-12-21): " + date, e.getMessage());
    }

    @Test
    void given_no_date_then_period_of_is_refused_naming_the_date() {
        LedgerException e = assertThrows(LedgerException.class, () -> Plans.PLAN.periodOf(null));

        assertEquals("Invalid value for date (valid values not null): null", e.getMessage());
    }
}
