package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.Employer;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.WorkingTimeOptOut;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeOptOutRuleTest {

    private static final WorkingTimeOptOutRule RULE = new WorkingTimeOptOutRule();

    @ParameterizedTest(name = "{0} minutes a week, opt-out {1}: findings {2}")
    @CsvSource({"2880, false, 0", "2881, false, 1", "2881, true, 0", "3600, true, 0"})
    void givenAverageHours_thenOptOutNeededAbove48(long minutes, boolean optOut, int expected) {
        Employment.Builder b = Given.bare().averageWeeklyMinutes(minutes);
        if (optOut) {
            b.evidence(new WorkingTimeOptOut(Given.FIRST_DAY, null));
        }

        assertEquals(expected, Given.findings(RULE, b.build(), Given.AS_OF).size());
    }

    @Test
    void givenOptOutWithdrawn_thenNoLongerApplies() {
        Employment e = Given.bare().averageWeeklyMinutes(3000)
                .evidence(new WorkingTimeOptOut(Given.FIRST_DAY, Given.AS_OF)).build();

        assertEquals(List.of(), Given.findings(RULE, e, Given.AS_OF.minusDays(1)));
        assertEquals(1, Given.findings(RULE, e, Given.AS_OF).size());
    }

    @Test
    void givenDomesticServiceExemption_thenNoOptOutNeeded() {
        Employer household = new Employer(EmployerId.of("emp-3"), EmployerKind.BUDGET_HOLDER, false, true);
        Employment e = Employment.builder(household, Given.pa(Given.BORN), FundingRegime.COUNCIL_DIRECT_PAYMENT,
                DateRange.startingOn(Given.FIRST_DAY), PaySchedule.of(PayFrequency.WEEKLY, Given.FIRST_DAY))
                .averageWeeklyMinutes(3600).build();

        assertEquals(List.of(), Given.findings(RULE, e, Given.AS_OF));
    }

    @ParameterizedTest(name = "under 18, {0} minutes a week: findings {1}")
    @CsvSource({"2400, 0", "2401, 1"})
    void givenUnder18_thenFortyHoursAndNoOptOut(long minutes, int expected) {
        Employment e = Given.bare(LocalDate.of(2008, 1, 1), Given.FIRST_DAY, PayFrequency.WEEKLY)
                .averageWeeklyMinutes(minutes).evidence(new WorkingTimeOptOut(Given.FIRST_DAY, null)).build();

        List<Finding> found = Given.findings(RULE, e, Given.AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals("The PA is under 18 and works 40.02 hours a week; the limit is 40 hours, with no averaging "
                    + "and no opt-out.", found.get(0).message());
        }
    }
}
