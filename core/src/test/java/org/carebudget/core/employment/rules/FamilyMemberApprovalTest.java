package org.carebudget.core.employment.rules;

import static org.carebudget.core.employment.Given.FIRST_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.FamilyRelation;
import org.carebudget.core.employment.FunderApproval;
import org.carebudget.core.employment.FunderKind;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.Relationship;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FamilyMemberApprovalTest {

    private static final FamilyMemberApproval RULE = new FamilyMemberApproval();
    private static final FunderApproval COUNCIL = new FunderApproval(FunderKind.COUNCIL, FunderId.of("council-1"),
            LocalDate.of(2025, 5, 1));
    private static final FunderApproval ICB = new FunderApproval(FunderKind.INTEGRATED_CARE_BOARD,
            FunderId.of("icb-1"), LocalDate.of(2025, 5, 1));

    private static Employment employment(FundingRegime regime, Relationship relationship, FunderApproval... approvals) {
        return Employment.builder(Given.employer(), Given.pa(Given.BORN), regime, DateRange.startingOn(FIRST_DAY),
                PaySchedule.of(PayFrequency.WEEKLY, FIRST_DAY)).relationship(relationship).evidence(approvals).build();
    }

    private static Relationship relation(FamilyRelation relation, boolean household) {
        return household ? Relationship.livingWith(relation) : Relationship.livingApart(relation);
    }

    @ParameterizedTest(name = "{0}, same household {1}, {2}: findings {3}")
    @CsvSource({
        "SPOUSE, true, COUNCIL_DIRECT_PAYMENT, 1",
        "SPOUSE, false, COUNCIL_DIRECT_PAYMENT, 0",
        "NONE, true, COUNCIL_DIRECT_PAYMENT, 0",
        "PARENT, true, NHS_PERSONAL_HEALTH_BUDGET, 1",
        "OTHER_RELATIVE, true, INTEGRATED, 2"})
    void givenNoApproval_thenBlockingPerFunderForFamilyInTheHousehold(FamilyRelation relation, boolean household,
            FundingRegime regime, int expected) {
        List<ComplianceFinding> found = Given.findings(RULE, employment(regime, relation(relation, household)),
                Given.AS_OF);

        assertEquals(expected, found.size());
        found.forEach(f -> assertEquals(ComplianceSeverity.BLOCKING, f.severity()));
    }

    @Test
    void givenIntegratedBudgetWithCouncilApprovalOnly_thenTheIcbApprovalIsMissing() {
        List<ComplianceFinding> found = Given.findings(RULE, employment(FundingRegime.INTEGRATED,
                Relationship.livingWith(FamilyRelation.SPOUSE), COUNCIL), Given.AS_OF);

        assertEquals(1, found.size());
        assertTrue(found.get(0).message().startsWith("No approval from the integrated care board to pay a spouse"),
                found.get(0).message());
    }

    @Test
    void givenBothApprovals_thenNoFinding() {
        assertEquals(List.of(), Given.findings(RULE, employment(FundingRegime.INTEGRATED,
                Relationship.livingWith(FamilyRelation.SPOUSE), COUNCIL, ICB), Given.AS_OF));
    }

    @ParameterizedTest(name = "approved {0} after the first day: {1}")
    @CsvSource({"0, ''", "1, WARNING", "30, WARNING"})
    void givenApprovalOnOrAfterTheFirstDay_thenLateApprovalIsAWarning(int daysLate, String expected) {
        FunderApproval approval = new FunderApproval(FunderKind.COUNCIL, FunderId.of("council-1"),
                FIRST_DAY.plusDays(daysLate));

        List<ComplianceFinding> found = Given.findings(RULE, employment(FundingRegime.COUNCIL_DIRECT_PAYMENT,
                Relationship.livingWith(FamilyRelation.SPOUSE), approval), FIRST_DAY.plusDays(60));

        assertEquals(expected, String.join(" ", found.stream().map(f -> f.severity().name()).toList()));
        found.forEach(f -> {
            assertNull(f.actBefore());
            assertTrue(f.message().startsWith("Late approval from the council to pay a spouse"), f.message());
        });
    }

    @Test
    void givenApprovalAfterTheEvaluationDate_thenStillMissing() {
        FunderApproval later = new FunderApproval(FunderKind.COUNCIL, FunderId.of("council-1"), Given.AS_OF.plusDays(1));

        assertEquals(1, Given.findings(RULE, employment(FundingRegime.COUNCIL_DIRECT_PAYMENT,
                Relationship.livingWith(FamilyRelation.SPOUSE), later), Given.AS_OF).size());
    }

    @ParameterizedTest(name = "no approval, as of {0}: {1}")
    @CsvSource({"2025-06-01, WARNING", "2025-06-02, BLOCKING"})
    void givenNoApproval_whenTheDayBeforeOrOnTheFirstDay_thenWarningThenBlocking(LocalDate asOf,
            ComplianceSeverity expected) {
        List<ComplianceFinding> found = Given.findings(RULE, employment(FundingRegime.COUNCIL_DIRECT_PAYMENT,
                Relationship.livingWith(FamilyRelation.SPOUSE)), asOf);

        assertEquals(1, found.size());
        assertEquals(expected, found.get(0).severity());
        assertEquals(FIRST_DAY.plusDays(1), found.get(0).actBefore());
    }
}
