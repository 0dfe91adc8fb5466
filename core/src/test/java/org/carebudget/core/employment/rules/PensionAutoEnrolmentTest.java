package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PensionEnrolment;
import org.carebudget.core.employment.PensionPostponement;
import org.carebudget.core.employment.PensionTaxRelief;
import org.carebudget.core.figures.PensionThresholds;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PensionAutoEnrolmentTest {

    private static final PensionAutoEnrolment RULE = new PensionAutoEnrolment();
    private static final UkFigures UK = UkFigures.standard();
    private static final LocalDate START = LocalDate.of(2026, 4, 6);

    private static PensionAssessment assess(LocalDate born, LocalDate start, PayFrequency frequency, long pence) {
        PayRecord record = Given.pay(frequency, start, start, HoursWorked.ofDayMinutes(2400), pence);
        return PensionAutoEnrolment.assess(record.period(), record.earnings(), born, UK);
    }

    @ParameterizedTest(name = "born {0}, {2} pay of {3}p from {1}: {4}")
    @CsvSource({
        "1990-05-15, 2026-04-06, WEEKLY, 19200, NON_ELIGIBLE_JOBHOLDER",
        "1990-05-15, 2026-04-06, WEEKLY, 19201, ELIGIBLE_JOBHOLDER",
        "1990-05-15, 2026-04-06, WEEKLY, 12000, ENTITLED_WORKER",
        "1990-05-15, 2026-04-06, WEEKLY, 12001, NON_ELIGIBLE_JOBHOLDER",
        "1990-05-15, 2026-04-06, MONTHLY, 83300, NON_ELIGIBLE_JOBHOLDER",
        "1990-05-15, 2026-04-06, MONTHLY, 83301, ELIGIBLE_JOBHOLDER",
        // turning 22 within the period makes the PA eligible in it (the week runs 6-12 April)
        "2004-04-13, 2026-04-06, WEEKLY, 50000, NON_ELIGIBLE_JOBHOLDER",
        "2004-04-12, 2026-04-06, WEEKLY, 50000, ELIGIBLE_JOBHOLDER",
        "2004-04-06, 2026-04-06, WEEKLY, 50000, ELIGIBLE_JOBHOLDER",
        // State Pension age reached on 10 May 2026: eligible in a period starting before it
        "1960-04-10, 2026-05-09, WEEKLY, 50000, ELIGIBLE_JOBHOLDER",
        "1960-04-10, 2026-05-10, WEEKLY, 50000, NON_ELIGIBLE_JOBHOLDER",
        // jobholders and entitled workers are aged 16 to 74
        "1951-04-13, 2026-04-06, WEEKLY, 50000, NON_ELIGIBLE_JOBHOLDER",
        "1951-04-06, 2026-04-13, WEEKLY, 50000, OUTSIDE_AGE_RANGE",
        "1951-04-06, 2026-04-13, WEEKLY, 10000, OUTSIDE_AGE_RANGE"})
    void givenAgeWithinThePeriodAndEarnings_thenCategory(LocalDate born, LocalDate start, PayFrequency frequency,
            long pence, PensionCategory expected) {
        assertEquals(expected, assess(born, start, frequency, pence).category());
    }

    @Test
    void givenTurning22MidPeriod_thenEligibleFromTheBirthday() {
        PensionAssessment a = assess(LocalDate.of(2004, 4, 9), START, PayFrequency.WEEKLY, 50_000);

        assertEquals(LocalDate.of(2026, 4, 9), a.eligibleFrom());
        assertNull(assess(Given.BORN, START, PayFrequency.WEEKLY, 10_000).eligibleFrom());
    }

    @Test
    void givenEarnings_thenQualifyingEarningsAndMinimumContributions() {
        PensionAssessment a = assess(Given.BORN, START, PayFrequency.WEEKLY, 50_000);

        assertEquals(Gbp.parse("380.00"), a.qualifyingEarnings());
        assertEquals(Gbp.parse("11.40"), a.employerMinimum());
        assertEquals(Gbp.parse("30.40"), a.totalMinimum());
        assertEquals(Gbp.parse("192.00"), a.trigger());
        PensionAssessment high = assess(Given.BORN, START, PayFrequency.WEEKLY, 200_000);
        assertEquals(Gbp.parse("847.00"), high.qualifyingEarnings());
        assertEquals(Gbp.ZERO, assess(Given.BORN, START, PayFrequency.WEEKLY, 10_000).totalMinimum());
    }

    /** Weekly pay of £500 from {@link #START} for {@code weeks} weeks, with {@code evidence}. */
    private static Employment eligible(int weeks, Evidence... evidence) {
        List<Evidence> all = new ArrayList<>(List.of(evidence));
        for (int w = 0; w < weeks; w++) {
            all.add(Given.pay(PayFrequency.WEEKLY, START, START.plusWeeks(w), HoursWorked.ofDayMinutes(2400), 50_000));
        }
        return Given.bare(Given.BORN, START, PayFrequency.WEEKLY).evidence(all).build();
    }

    @ParameterizedTest(name = "eligible from 2026-04-06, as of {0}: {1}")
    @CsvSource({
        "2026-04-12, WARNING",    // the joining window is open until 17 May
        "2026-05-17, WARNING",
        "2026-05-18, BLOCKING"})  // six weeks on, the window has closed
    void givenAnEligibleJobholderNotEnrolled_thenTheSixWeekJoiningWindowDecides(LocalDate asOf,
            ComplianceSeverity expected) {
        List<ComplianceFinding> found = Given.findings(RULE, eligible(8), asOf);

        assertEquals(1, found.size(), found::toString);
        assertEquals(expected, found.get(0).severity());
        assertEquals(LocalDate.of(2026, 5, 18), found.get(0).actBefore());
        assertEquals(PensionCategory.ELIGIBLE_JOBHOLDER, found.get(0).figures(PensionAssessment.class).category());
    }

    @Test
    void givenEnrolmentWithinTheWindow_thenNoEnrolmentFinding() {
        assertEquals(List.of(), Given.findings(RULE, eligible(8, PensionEnrolment.netPayArrangement("NEST",
                LocalDate.of(2026, 5, 17))), LocalDate.of(2026, 6, 1)).stream()
                .filter(f -> f.figures() instanceof PensionAssessment).toList());
    }

    @Test
    void givenEnrolmentAfterTheWindow_thenALateWarning() {
        List<ComplianceFinding> found = Given.findings(RULE, eligible(8, PensionEnrolment.netPayArrangement("NEST",
                LocalDate.of(2026, 5, 18))), LocalDate.of(2026, 6, 1)).stream()
                .filter(f -> f.figures() instanceof PensionAssessment).toList();

        assertEquals(1, found.size());
        assertEquals(ComplianceSeverity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).message().startsWith("Late automatic enrolment"), found.get(0).message());
    }

    @ParameterizedTest(name = "notice on {0}, deferred to {1}, as of 2026-06-01: {2}")
    @CsvSource({
        "2026-04-20, 2026-07-06, WARNING",     // valid: the window reopens on 6 July; enrol by 16 August
        "2026-05-18, 2026-07-06, BLOCKING",    // notice after the joining window: not valid
        "2026-04-20, 2026-07-07, BLOCKING"})   // beyond three months: not valid
    void givenAPostponementNotice_thenValidOnlyWithinTheWindowAndUpToThreeMonths(LocalDate notice, LocalDate deferral,
            String expected) {
        List<ComplianceFinding> found = Given.findings(RULE, eligible(8, new PensionPostponement(notice, deferral)),
                LocalDate.of(2026, 6, 1));

        assertEquals(expected, String.join(" ", found.stream().map(f -> f.severity().name()).toList()));
    }

    @ParameterizedTest(name = "£500 a week, employer {0}p, PA {1}p ({2}): short {3}")
    @CsvSource({"1140, 1900, NET_PAY_ARRANGEMENT, 0.00", "1139, 1901, NET_PAY_ARRANGEMENT, 0.01",
        "1140, 1899, NET_PAY_ARRANGEMENT, 0.01", "3040, 0, NET_PAY_ARRANGEMENT, 0.00",
        // relief at source: £15.20 net is £19.00 gross
        "1140, 1520, RELIEF_AT_SOURCE, 0.00", "1140, 1519, RELIEF_AT_SOURCE, 0.02",
        "1140, 1900, RELIEF_AT_SOURCE, 0.00"})
    void givenEnrolled_thenMinimumContributionsOnQualifyingEarnings_atGrossEquivalents(long employer, long employee,
            PensionTaxRelief relief, String shortfall) {
        PayRecord record = Given.payBuilder(PayFrequency.WEEKLY, START, START, HoursWorked.ofDayMinutes(2400), 50_000)
                .pension(Gbp.ofPence(employer), Gbp.ofPence(employee)).build();
        PensionEnrolment enrolled = relief == PensionTaxRelief.RELIEF_AT_SOURCE
                ? PensionEnrolment.reliefAtSource("RAS", LocalDate.of(2026, 4, 1))
                : PensionEnrolment.netPayArrangement("NEST", LocalDate.of(2026, 4, 1));
        Employment e = Given.bare(Given.BORN, START, PayFrequency.WEEKLY).evidence(record, enrolled).build();

        List<ComplianceFinding> found = Given.findings(RULE, e, LocalDate.of(2026, 12, 1));

        if (shortfall.equals("0.00")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(Gbp.parse(shortfall), found.get(0).amount());
            assertEquals(2, found.get(0).evidence().size());
            assertEquals(relief, found.get(0).figures(PensionContributionCheck.class).taxRelief());
        }
    }

    @Test
    void givenTheGrossEquivalent_thenNetTimesTenThousandOverEightThousand() {
        PensionThresholds row = UK.on(PensionThresholds.class, START);

        assertEquals(Gbp.parse("19.00"), PensionAutoEnrolment.grossEquivalent(Gbp.parse("15.20"),
                PensionTaxRelief.RELIEF_AT_SOURCE, row));
        assertEquals(Gbp.parse("15.20"), PensionAutoEnrolment.grossEquivalent(Gbp.parse("15.20"),
                PensionTaxRelief.NET_PAY_ARRANGEMENT, row));
    }

    @Test
    void givenPeriodIn2024_thenThe2024ThresholdsApply_andBeforeThemNotChecked() {
        LocalDate start2024 = LocalDate.of(2024, 9, 2);
        Employment in2024 = Given.bare(Given.BORN, start2024, PayFrequency.WEEKLY).evidence(Given.pay(
                PayFrequency.WEEKLY, start2024, start2024, HoursWorked.ofDayMinutes(2400), 50_000)).build();
        LocalDate start2023 = LocalDate.of(2023, 9, 4);
        Employment in2023 = Given.bare(Given.BORN, start2023, PayFrequency.WEEKLY).evidence(Given.pay(
                PayFrequency.WEEKLY, start2023, start2023, HoursWorked.ofDayMinutes(2400), 50_000)).build();

        assertEquals(ComplianceSeverity.BLOCKING, Given.findings(RULE, in2024, LocalDate.of(2024, 12, 1)).get(0)
                .severity());
        assertEquals(ComplianceSeverity.NOT_CHECKED, Given.findings(RULE, in2023, LocalDate.of(2023, 12, 1)).get(0)
                .severity());
    }
}
