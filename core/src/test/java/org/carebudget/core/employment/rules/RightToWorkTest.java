package org.carebudget.core.employment.rules;

import static org.carebudget.core.employment.Given.FIRST_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.RightToWorkCheck;
import org.carebudget.core.employment.RightToWorkCheckMethod;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RightToWorkTest {

    private static final RightToWorkBeforeFirstDay BEFORE = new RightToWorkBeforeFirstDay();
    private static final RightToWorkFollowUp FOLLOW_UP = new RightToWorkFollowUp();

    private static RightToWorkCheck check(LocalDate on) {
        return RightToWorkCheck.unlimited(RightToWorkCheckMethod.ONLINE_SHARE_CODE, on);
    }

    private static RightToWorkCheck timeLimited(LocalDate on, LocalDate lastDay) {
        return RightToWorkCheck.timeLimited(RightToWorkCheckMethod.ONLINE_SHARE_CODE, on, lastDay);
    }

    @ParameterizedTest(name = "check {0} days after the first day: findings {1}")
    @CsvSource({"-1, 0", "0, 0", "1, 1"})
    void givenCheckAroundFirstDay_thenFindingOnlyWhenLate(int daysAfter, int expected) {
        Employment e = Given.bare().evidence(check(FIRST_DAY.plusDays(daysAfter))).build();

        List<ComplianceFinding> found = Given.findings(BEFORE, e, FIRST_DAY.plusDays(5));

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(ComplianceSeverity.WARNING, found.get(0).severity());
            assertNull(found.get(0).actBefore());
            assertEquals("Late right-to-work check: made on 2025-06-03, after the first day, 2025-06-02; the days "
                    + "worked before it were not covered.", found.get(0).message());
            assertEquals(1, found.get(0).evidence().size());
        }
    }

    @Test
    void givenLateCheckAfterTheEvaluationDate_thenStillBlocking() {
        Employment e = Given.bare().evidence(check(FIRST_DAY.plusDays(10))).build();

        ComplianceFinding found = Given.findings(BEFORE, e, FIRST_DAY.plusDays(5)).get(0);

        assertEquals(ComplianceSeverity.BLOCKING, found.severity());
        assertEquals(FIRST_DAY.plusDays(1), found.actBefore());
        assertEquals("No right-to-work check on or before the first day, 2025-06-02.", found.message());
    }

    @Test
    void givenNoCheck_whenDayBeforeFirstDay_thenWarningToActBeforeTheDayAfterIt() {
        List<ComplianceFinding> found = Given.findings(BEFORE, Given.bare().build(), FIRST_DAY.minusDays(1));

        assertEquals(1, found.size());
        assertEquals(ComplianceSeverity.WARNING, found.get(0).severity());
        assertEquals(FIRST_DAY.plusDays(1), found.get(0).actBefore());
    }

    @Test
    void givenNoCheck_whenFirstDay_thenBlocking() {
        ComplianceFinding found = Given.findings(BEFORE, Given.bare().build(), FIRST_DAY).get(0);

        assertEquals(ComplianceSeverity.BLOCKING, found.severity());
        assertEquals(BEFORE.source(), found.source());
    }

    @Test
    void givenNoCheck_whenFirstDayBeyondTheNinetyDayLookahead_thenNothingYet() {
        assertEquals(List.of(), Given.findings(BEFORE, Given.bare().build(), FIRST_DAY.minusDays(90)));
        assertEquals(1, Given.findings(BEFORE, Given.bare().build(), FIRST_DAY.minusDays(89)).size());
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({"2025-11-02, NONE", "2025-11-03, WARNING", "2026-01-31, WARNING", "2026-02-01, BLOCKING"})
    void givenTimeLimitedPermissionEnding31January_thenWarnThenBlock(LocalDate asOf, String expected) {
        Employment e = Given.bare().evidence(timeLimited(LocalDate.of(2025, 5, 20), LocalDate.of(2026, 1, 31)))
                .build();

        List<ComplianceFinding> found = Given.findings(FOLLOW_UP, e, asOf);

        if (expected.equals("NONE")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(ComplianceSeverity.valueOf(expected), found.get(0).severity());
            assertEquals(LocalDate.of(2026, 2, 1), found.get(0).actBefore());
        }
    }

    @Test
    void givenFollowUpCheckWithoutTimeLimit_thenNoFinding() {
        Employment e = Given.bare().evidence(timeLimited(LocalDate.of(2025, 5, 20), LocalDate.of(2026, 1, 31)),
                check(LocalDate.of(2026, 1, 20))).build();

        assertEquals(List.of(), Given.findings(FOLLOW_UP, e, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void givenEmploymentEnded_thenNoFollowUpNeeded() {
        Employment e = Employment.builder(Given.employer(), Given.pa(Given.BORN), FundingRegime.COUNCIL_DIRECT_PAYMENT,
                DateRange.of(FIRST_DAY, LocalDate.of(2026, 1, 1)), PaySchedule.of(PayFrequency.WEEKLY, FIRST_DAY))
                .evidence(timeLimited(LocalDate.of(2025, 5, 20), LocalDate.of(2026, 1, 31))).build();

        assertEquals(List.of(), Given.findings(FOLLOW_UP, e, LocalDate.of(2026, 2, 1)));
    }
}
