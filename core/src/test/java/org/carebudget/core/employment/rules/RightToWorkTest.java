package org.carebudget.core.employment.rules;

import static org.carebudget.core.employment.Given.FIRST_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.RightToWorkCheck;
import org.carebudget.core.employment.RightToWorkCheckType;
import org.carebudget.core.employment.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RightToWorkTest {

    private static final RightToWorkBeforeFirstDay BEFORE = new RightToWorkBeforeFirstDay();
    private static final RightToWorkFollowUp FOLLOW_UP = new RightToWorkFollowUp();

    private static RightToWorkCheck check(LocalDate on, LocalDate permissionEnds) {
        return new RightToWorkCheck(RightToWorkCheckType.ONLINE_SHARE_CODE, on, permissionEnds);
    }

    @ParameterizedTest(name = "check {0} days after the first day: findings {1}")
    @CsvSource({"-1, 0", "0, 0", "1, 1"})
    void givenCheckAroundFirstDay_thenFindingOnlyWhenLate(int daysAfter, int expected) {
        Employment e = Given.bare().evidence(check(FIRST_DAY.plusDays(daysAfter), null)).build();

        List<Finding> found = Given.findings(BEFORE, e, FIRST_DAY.plusDays(5));

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(Severity.WARNING, found.get(0).severity());
            assertEquals(FIRST_DAY.plusDays(1), found.get(0).dueDate());
            assertEquals("Late right-to-work check: made on 2025-06-03, after the first day, 2025-06-02; the days "
                    + "worked before it were not covered.", found.get(0).message());
            assertEquals(1, found.get(0).evidence().size());
        }
    }

    @Test
    void givenLateCheckAfterTheEvaluationDate_thenStillBlocking() {
        Employment e = Given.bare().evidence(check(FIRST_DAY.plusDays(10), null)).build();

        List<Finding> found = Given.findings(BEFORE, e, FIRST_DAY.plusDays(5));

        assertEquals(Severity.BLOCKING, found.get(0).severity());
        assertEquals(FIRST_DAY, found.get(0).dueDate());
        assertEquals("No right-to-work check on or before the first day, 2025-06-02.", found.get(0).message());
    }

    @Test
    void givenNoCheck_whenDayBeforeFirstDay_thenWarningDueOnFirstDay() {
        Employment e = Given.bare().build();

        List<Finding> found = Given.findings(BEFORE, e, FIRST_DAY.minusDays(1));

        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(FIRST_DAY, found.get(0).dueDate());
    }

    @Test
    void givenNoCheck_whenFirstDay_thenBlocking() {
        List<Finding> found = Given.findings(BEFORE, Given.bare().build(), FIRST_DAY);

        assertEquals(Severity.BLOCKING, found.get(0).severity());
        assertEquals(BEFORE.source(), found.get(0).source());
    }

    @Test
    void givenNoCheck_whenFirstDayBeyondLookahead_thenNothingYet() {
        assertEquals(List.of(), Given.findings(BEFORE, Given.bare().build(), FIRST_DAY.minusDays(31)));
        assertEquals(1, Given.findings(BEFORE, Given.bare().build(), FIRST_DAY.minusDays(30)).size());
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({"2025-12-31, NONE", "2026-01-01, WARNING", "2026-01-31, WARNING", "2026-02-01, BLOCKING"})
    void givenTimeLimitedPermissionEnding31January_thenWarnThenBlock(LocalDate asOf, String expected) {
        LocalDate lastDay = LocalDate.of(2026, 1, 31);
        Employment e = Given.bare().evidence(check(LocalDate.of(2025, 5, 20), lastDay)).build();

        List<Finding> found = Given.findings(FOLLOW_UP, e, asOf);

        if (expected.equals("NONE")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(Severity.valueOf(expected), found.get(0).severity());
            assertEquals(lastDay, found.get(0).dueDate());
        }
    }

    @Test
    void givenFollowUpCheckWithoutTimeLimit_thenNoFinding() {
        Employment e = Given.bare().evidence(check(LocalDate.of(2025, 5, 20), LocalDate.of(2026, 1, 31)),
                check(LocalDate.of(2026, 1, 20), null)).build();

        assertEquals(List.of(), Given.findings(FOLLOW_UP, e, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void givenEmploymentEnded_thenNoFollowUpNeeded() {
        Employment e = org.carebudget.core.employment.Employment.builder(Given.employer(), Given.pa(Given.BORN),
                org.carebudget.core.employment.FundingRegime.COUNCIL_DIRECT_PAYMENT,
                org.carebudget.core.time.DateRange.of(FIRST_DAY, LocalDate.of(2026, 1, 1)),
                org.carebudget.core.time.PaySchedule.of(org.carebudget.core.time.PayFrequency.WEEKLY, FIRST_DAY))
                .evidence(check(LocalDate.of(2025, 5, 20), LocalDate.of(2026, 1, 31))).build();

        assertEquals(List.of(), Given.findings(FOLLOW_UP, e, LocalDate.of(2026, 2, 1)));
    }
}
