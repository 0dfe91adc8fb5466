package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.CARE_CERTIFICATE;
import static org.carebudget.core.training.Fixtures.EPILEPSY;
import static org.carebudget.core.training.Fixtures.MEDICATION;
import static org.carebudget.core.training.Fixtures.TRACHY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompetencyCatalogueTest {

    private static final CompetencyCode SAFEGUARDING = CompetencyCode.of("safeguarding-adults");
    private static final OverrideScope FUNDER = OverrideScope.funder(FunderId.of("icb-north"));
    private static final OverrideScope EMPLOYER = OverrideScope.employer(EmployerId.of("employer-1"));
    private static final Source POLICY = Source.of("ICB North training policy 2026", Status.CONFIRMED);

    @ParameterizedTest
    @CsvSource({
        "moving-and-handling-people, every 12 months, TRAINING",
        "basic-life-support, every 12 months, TRAINING",
        "medication, every 12 months, ASSESSED_COMPETENCY",
        "safeguarding-adults, every 12 months, TRAINING",
        "safeguarding-children, every 12 months, TRAINING",
        "fire-safety, every 12 months, TRAINING",
        "infection-prevention-level-1, every 36 months, TRAINING",
        "mental-capacity-act, every 36 months, TRAINING",
        "epilepsy-rescue-medication, 'set by clinician, at most 24 months', DELEGATED_CLINICAL",
        "care-certificate, once, TRAINING",
        "tracheostomy-care, set by clinician, DELEGATED_CLINICAL",
        "peg-feeding, set by clinician, DELEGATED_CLINICAL",
    })
    void givenStandardCatalogue_thenDefaultsFromUkRules(String code, String refresh, Assessment assessment) {
        Competency entry = CompetencyCatalogue.standard().require(CompetencyCode.of(code));
        assertEquals(refresh, entry.refresh().toString());
        assertEquals(assessment, entry.assessment());
        String citation = entry.source().citation();
        assertTrue(citation.startsWith("UK-RULES.md training defaults: "), citation);
    }

    @Test
    void givenStandardCatalogue_thenStatusesFollowTheTable() {
        CompetencyCatalogue standard = CompetencyCatalogue.standard();
        assertEquals(Status.CONFIRMED, standard.require(MEDICATION).source().status());
        assertEquals(Status.CONFIRMED, standard.require(CARE_CERTIFICATE).source().status());
        assertEquals(Status.UNCONFIRMED, standard.require(TRACHY).source().status());
        assertEquals(Status.SECONDARY, standard.require(EPILEPSY).source().status());
    }

    @Test
    void givenUnknownCode_whenRequired_thenRejectedNamingTheCode() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CompetencyCatalogue.standard().require(CompetencyCode.of("juggling")));
        assertEquals("competency", e.field());
        assertTrue(e.getMessage().endsWith("): juggling"), e.getMessage());
    }

    @Test
    void givenFunderOverride_whenEffectiveForThatFunder_thenOverrideApplies() {
        CompetencyCatalogue catalogue = CompetencyCatalogue.standard().withOverride(
                RefreshOverride.of(FUNDER, SAFEGUARDING, RefreshPeriod.everyMonths(6), POLICY));

        CompetencyCatalogue forFunder = catalogue.effectiveFor(List.of(FUNDER));
        CompetencyCatalogue forOthers = catalogue.effectiveFor(List.of(EMPLOYER));

        assertEquals(RefreshPeriod.everyMonths(6), forFunder.require(SAFEGUARDING).refresh());
        assertEquals(POLICY, forFunder.require(SAFEGUARDING).source());
        assertEquals(RefreshPeriod.everyMonths(12), forOthers.require(SAFEGUARDING).refresh());
        assertTrue(forFunder.overrides().isEmpty());
    }

    @Test
    void givenEmployerAndFunderOverrides_whenBothApply_thenStricterWins() {
        CompetencyCatalogue catalogue = CompetencyCatalogue.standard()
                .withOverride(RefreshOverride.of(FUNDER, SAFEGUARDING, RefreshPeriod.everyMonths(24), POLICY))
                .withOverride(RefreshOverride.of(EMPLOYER, SAFEGUARDING, RefreshPeriod.everyMonths(9), POLICY));

        assertEquals(RefreshPeriod.everyMonths(9),
                catalogue.effectiveFor(List.of(FUNDER, EMPLOYER)).require(SAFEGUARDING).refresh());
    }

    @Test
    void givenFixedPeriodForDelegatedTask_whenOverridden_thenRejected() {
        RefreshOverride bad = RefreshOverride.of(FUNDER, TRACHY, RefreshPeriod.everyMonths(12), POLICY);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CompetencyCatalogue.standard().withOverride(bad));
        assertEquals("refresh", e.field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"set by clinician", "'set by clinician, at most 25 months'"})
    void givenAnOverrideLiftingTheClinicianCap_thenRejectedNamingTheCap(String period) {
        RefreshOverride lifting = RefreshOverride.of(EMPLOYER, EPILEPSY, RefreshPeriod.parse(period), POLICY);

        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CompetencyCatalogue.standard().withOverride(lifting));

        assertEquals("refresh", e.field());
        assertEquals("set by clinician, at most 24 months, the cap of epilepsy-rescue-medication", e.validValues());
        assertEquals(period, e.givenValue());
    }

    @Test
    void givenAnOverrideTighteningTheClinicianCap_thenItApplies() {
        CompetencyCatalogue catalogue = CompetencyCatalogue.standard().withOverride(
                RefreshOverride.of(EMPLOYER, EPILEPSY, RefreshPeriod.setByClinician(12), POLICY));

        assertEquals(RefreshPeriod.setByClinician(12),
                catalogue.effectiveFor(List.of(EMPLOYER)).require(EPILEPSY).refresh());
        assertEquals(RefreshPeriod.setByClinician(24),
                catalogue.effectiveFor(List.of(FUNDER)).require(EPILEPSY).refresh());
    }

    @Test
    void givenDuplicateCode_whenCatalogueBuilt_thenRejected() {
        Competency entry = CompetencyCatalogue.standard().require(MEDICATION);
        assertThrows(InvalidValueException.class, () -> CompetencyCatalogue.of(List.of(entry, entry)));
    }

    @Test
    void givenReplacementEntry_whenAdded_thenItReplacesTheOld() {
        Competency once = CompetencyCatalogue.standard().require(CARE_CERTIFICATE);
        Competency yearly = once.withRefresh(RefreshPeriod.everyMonths(12), POLICY);
        CompetencyCatalogue changed = CompetencyCatalogue.standard().with(yearly);
        assertEquals(yearly, changed.require(CARE_CERTIFICATE));
        assertFalse(changed.equals(CompetencyCatalogue.standard()));
        assertEquals(CompetencyCatalogue.standard().competencies().size(), changed.competencies().size());
    }
}
