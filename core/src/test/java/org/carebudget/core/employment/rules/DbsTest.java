package org.carebudget.core.employment.rules;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.carebudget.core.employment.Given.FIRST_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.BarredList;
import org.carebudget.core.employment.CareGroup;
import org.carebudget.core.employment.ChildrenActivity;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.DbsCertificate;
import org.carebudget.core.employment.DbsLevel;
import org.carebudget.core.employment.Employer;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.Given;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DbsTest {

    private static final DbsEnhancedCheck CHECK = new DbsEnhancedCheck();
    private static final DbsRecheck RECHECK = new DbsRecheck(DbsRecheckPolicy.THREE_YEARS_OR_ANNUAL_UPDATE_CHECK);
    private static final LocalDate ISSUED = LocalDate.of(2025, 5, 1);

    private static DbsCertificate certificate(DbsLevel level, boolean adults, boolean children) {
        DbsCertificate.Builder b = DbsCertificate.builder("001234567890", level, ISSUED);
        if (adults) {
            b.barredListsChecked(BarredList.ADULTS);
        }
        if (children) {
            b.barredListsChecked(BarredList.CHILDREN);
        }
        return b.build();
    }

    private static Employment.Builder byOrganisation() {
        return Employment.builder(Employer.thirdPartyService(EmployerId.of("trust-1")), Given.pa(Given.BORN),
                FundingRegime.COUNCIL_DIRECT_PAYMENT, DateRange.startingOn(FIRST_DAY),
                PaySchedule.of(PayFrequency.WEEKLY, FIRST_DAY));
    }

    @ParameterizedTest(name = "{0} adults={1} children={2} for {3}, {4}: findings {5}")
    @CsvSource({
        "ENHANCED, true, false, ADULTS, PERSONAL_OR_HEALTH_CARE, 0",
        "ENHANCED, false, true, ADULTS, PERSONAL_OR_HEALTH_CARE, 1",
        "ENHANCED, false, false, ADULTS, PERSONAL_OR_HEALTH_CARE, 1",
        "ENHANCED, false, true, CHILDREN, PERSONAL_OR_HEALTH_CARE, 0",
        "ENHANCED, true, false, CHILDREN, PERSONAL_OR_HEALTH_CARE, 1",
        "ENHANCED, true, false, CHILDREN, FREQUENT_CARE_OR_SUPERVISION, 1",
        // occasional care of children is not regulated activity: an enhanced check without the children's list
        "ENHANCED, false, false, CHILDREN, OCCASIONAL_CARE_OR_SUPERVISION, 0",
        "STANDARD, false, false, CHILDREN, OCCASIONAL_CARE_OR_SUPERVISION, 1",
        "ENHANCED, true, true, ADULTS_AND_CHILDREN, PERSONAL_OR_HEALTH_CARE, 0",
        "ENHANCED, true, false, ADULTS_AND_CHILDREN, PERSONAL_OR_HEALTH_CARE, 1",
        "ENHANCED, true, false, ADULTS_AND_CHILDREN, OCCASIONAL_CARE_OR_SUPERVISION, 0",
        "STANDARD, false, false, ADULTS, PERSONAL_OR_HEALTH_CARE, 1",
        "BASIC, false, false, ADULTS, PERSONAL_OR_HEALTH_CARE, 1"})
    void givenCertificate_thenEnhancedWithTheListsTheRegulatedActivityNeeds(DbsLevel level, boolean adults,
            boolean children, CareGroup group, ChildrenActivity activity, int expected) {
        Employment e = Given.bare().careGroup(group).childrenActivity(activity)
                .evidence(certificate(level, adults, children)).build();

        List<ComplianceFinding> found = Given.findings(CHECK, e, Given.AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(1, found.get(0).evidence().size());
        }
    }

    @Test
    void givenAPrivateEmployer_thenTheFindingCitesTheFundersCondition_notAStatutoryDuty() {
        ComplianceFinding found = Given.findings(CHECK, Given.bare().build(), FIRST_DAY).get(0);

        assertEquals(ComplianceSeverity.BLOCKING, found.severity());
        assertTrue(found.source().citation().startsWith("Direct payment or personal health budget agreement condition"),
                found.source().citation());
        assertTrue(found.source().citation().contains("s. 6(5)-(7)"), found.source().citation());
    }

    @Test
    void givenAFunderTreatingTheCheckAsGoodPractice_thenAPrivateEmployersMissingCheckIsAWarning() {
        DbsEnhancedCheck lenient = new DbsEnhancedCheck(FunderConditions.breachedAt(ComplianceSeverity.WARNING));

        ComplianceFinding privately = Given.findings(lenient, Given.bare().build(), FIRST_DAY).get(0);
        ComplianceFinding organisation = Given.findings(lenient, byOrganisation().build(), FIRST_DAY).get(0);

        assertEquals(ComplianceSeverity.WARNING, privately.severity());
        assertEquals(ComplianceSeverity.BLOCKING, organisation.severity());
        assertTrue(organisation.source().citation().startsWith("Safeguarding Vulnerable Groups Act 2006"),
                organisation.source().citation());
        assertEquals(Status.SECONDARY, organisation.source().status());
    }

    @Test
    void givenNoCertificate_whenDayBeforeFirstDay_thenWarning_andOnFirstDay_thenBlocking() {
        Employment e = byOrganisation().careGroup(CareGroup.CHILDREN).build();

        ComplianceFinding before = Given.findings(CHECK, e, FIRST_DAY.minusDays(1)).get(0);
        ComplianceFinding on = Given.findings(CHECK, e, FIRST_DAY).get(0);

        assertEquals(ComplianceSeverity.WARNING, before.severity());
        assertEquals(FIRST_DAY.plusDays(1), before.actBefore());
        assertEquals(ComplianceSeverity.BLOCKING, on.severity());
        assertTrue(on.message().contains("children's barred list"), on.message());
    }

    @ParameterizedTest(name = "not subscribed, as of {0}: {1}")
    @CsvSource({"2028-01-31, 0", "2028-02-01, 1", "2028-04-30, 1", "2028-05-01, 1", "2029-01-01, 1"})
    void givenNoUpdateService_thenRecheckDueThreeYearsAfterIssue(LocalDate asOf, int expected) {
        Employment e = Given.bare().evidence(certificate(DbsLevel.ENHANCED, true, false)).build();

        List<ComplianceFinding> found = Given.findings(RECHECK, e, asOf);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(LocalDate.of(2028, 5, 1), found.get(0).actBefore());
            assertEquals(ComplianceSeverity.WARNING, found.get(0).severity());
        }
    }

    @Test
    void givenUpdateServiceCheckedOn14January2026_thenRecheckDueBefore14January2027() {
        Employment e = Given.bare().evidence(DbsCertificate.builder("001234567890", DbsLevel.ENHANCED, ISSUED)
                .barredListsChecked(BarredList.ADULTS).statusLastCheckedOn(LocalDate.of(2026, 1, 14)).build()).build();

        ComplianceFinding found = Given.findings(RECHECK, e, LocalDate.of(2027, 1, 1)).get(0);

        assertEquals("DBS recheck due before 2027-01-14 (Update Service status check every 12 months).",
                found.message());
        assertEquals(LocalDate.of(2027, 1, 14), found.actBefore());
        assertEquals(List.of(), Given.findings(RECHECK, e, LocalDate.of(2026, 10, 15)));
    }

    @Test
    void givenStricterPolicy_thenRecheckDueSooner() {
        DbsRecheck yearly = new DbsRecheck(DbsRecheckPolicy.newCertificateEveryMonths(12)
                .orUpdateServiceCheckEveryMonths(6));
        Employment e = Given.bare().evidence(certificate(DbsLevel.ENHANCED, true, false)).build();

        assertEquals(LocalDate.of(2026, 5, 1), Given.findings(yearly, e, LocalDate.of(2026, 5, 1)).get(0).actBefore());
        assertEquals(List.of(), Given.findings(RECHECK, e, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void givenPolicyOutOfRange_thenMessageNamesFieldRangeAndValue() {
        assertInvalid(() -> DbsRecheckPolicy.newCertificateEveryMonths(0), "certificateMaxAgeMonths", "1 - 120", "0");
        assertInvalid(() -> DbsRecheckPolicy.newCertificateEveryMonths(36).orUpdateServiceCheckEveryMonths(121),
                "updateServiceCheckMonths", "1 - 120", "121");
        assertInvalid(() -> FunderConditions.breachedAt(ComplianceSeverity.NOT_CHECKED), "severity",
                "BLOCKING, WARNING or INFO");
    }
}
