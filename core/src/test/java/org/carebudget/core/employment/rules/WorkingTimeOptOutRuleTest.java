package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.DomesticService;
import org.carebudget.core.employment.Employer;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.WorkingTimeOptOut;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingTimeOptOutRuleTest {

    private static final WorkingTimeOptOutRule RULE = new WorkingTimeOptOutRule();
    private static final Employer HOUSEHOLD = Employer.budgetHolder(EmployerId.of("emp-3"))
            .withDomesticService(DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD);

    @ParameterizedTest(name = "{0} minutes a week, opt-out {1}: findings {2}")
    @CsvSource({"2880, false, 0", "2881, false, 1", "2881, true, 0", "3600, true, 0"})
    void givenAverageHours_thenOptOutNeededAbove48(long minutes, boolean optOut, int expected) {
        Employment.Builder b = Given.bare().averageWeeklyMinutes(minutes);
        if (optOut) {
            b.evidence(WorkingTimeOptOut.signedOn(Given.FIRST_DAY));
        }

        List<ComplianceFinding> found = Given.findings(RULE, b.build(), Given.AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(1, found.get(0).figures(WeeklyHoursOverLimit.class).minutesOver());
        }
    }

    @Test
    void givenOptOutWithdrawn_thenNoLongerApplies() {
        Employment e = Given.bare().averageWeeklyMinutes(3000)
                .evidence(new WorkingTimeOptOut(Given.FIRST_DAY, Given.AS_OF)).build();

        assertEquals(List.of(), Given.findings(RULE, e, Given.AS_OF.minusDays(1)));
        assertEquals(1, Given.findings(RULE, e, Given.AS_OF).size());
    }

    private static Employment byHousehold(LocalDate born, long minutes) {
        return Employment.builder(HOUSEHOLD, Given.pa(born), FundingRegime.COUNCIL_DIRECT_PAYMENT,
                DateRange.startingOn(Given.FIRST_DAY), PaySchedule.of(PayFrequency.WEEKLY, Given.FIRST_DAY))
                .averageWeeklyMinutes(minutes).build();
    }

    @Test
    void givenADomesticServantInAPrivateHousehold_thenOutsideThe48HourLimit() {
        assertEquals(List.of(), Given.findings(RULE, byHousehold(Given.BORN, 3600), Given.AS_OF));
    }

    @ParameterizedTest(name = "under 18, {0} minutes a week: findings {1}")
    @CsvSource({"2400, 0", "2401, 1"})
    void givenUnder18_thenFortyHoursAndNoOptOut(long minutes, int expected) {
        Employment e = Given.bare(LocalDate.of(2008, 1, 1), Given.FIRST_DAY, PayFrequency.WEEKLY)
                .averageWeeklyMinutes(minutes).evidence(WorkingTimeOptOut.signedOn(Given.FIRST_DAY)).build();

        List<ComplianceFinding> found = Given.findings(RULE, e, Given.AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(ComplianceSeverity.BLOCKING, found.get(0).severity());
            assertEquals("The PA is under 18 and works 40.02 hours a week; the limit is 40 hours, with no averaging "
                    + "and no opt-out.", found.get(0).message());
        }
    }

    @Test
    void givenAYoungDomesticServant_thenAWarningCitingRegulation19AsAmendedAsUnconfirmed() {
        ComplianceFinding found = Given.findings(RULE, byHousehold(LocalDate.of(2008, 1, 1), 2_401), Given.AS_OF)
                .get(0);

        assertEquals(ComplianceSeverity.WARNING, found.severity());
        assertEquals(Status.UNCONFIRMED, found.source().status());
        assertTrue(found.source().citation().contains("SI 2002/3128"), found.source().citation());
    }
}
