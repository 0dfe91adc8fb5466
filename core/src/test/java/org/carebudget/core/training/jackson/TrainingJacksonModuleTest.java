package org.carebudget.core.training.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.training.Assessor;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.CoverReport;
import org.carebudget.core.training.Delegation;
import org.carebudget.core.training.Expiry;
import org.carebudget.core.training.OverrideScope;
import org.carebudget.core.training.PackageRequirements;
import org.carebudget.core.training.PlanItem;
import org.carebudget.core.training.ProfessionalRegistration;
import org.carebudget.core.training.RefreshOverride;
import org.carebudget.core.training.RefreshPeriod;
import org.carebudget.core.training.Regulator;
import org.carebudget.core.training.Supervision;
import org.carebudget.core.training.SupervisionSchedule;
import org.carebudget.core.training.TaskCompetence;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.core.training.TrainingRecord;
import org.carebudget.core.training.TrainingRegister;
import org.junit.jupiter.api.Test;

class TrainingJacksonModuleTest {

    /** Registered by hand, as on the module path; class-path discovery is tested in examples. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModules(new CoreJacksonModule(), new TrainingJacksonModule());
    private static final PersonalAssistantId ANNA = PersonalAssistantId.of("pa-anna");
    private static final PersonId SAM = PersonId.of("person-sam");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);
    private static final CompetencyCode TRACHY = CompetencyCode.of("tracheostomy-care");
    private static final CompetencyCode MOVING = CompetencyCode.of("moving-and-handling-people");
    private static final TrainingRecord SIGN_OFF = TrainingRecord.delegated(ANNA, TRACHY, DAY, "Respiratory team",
            "doc-7", Assessor.registered("J. Patel", ProfessionalRegistration.of(Regulator.NMC, "12A3456E")),
            Delegation.of(SAM, 6));
    private static final TaskRequirement TASK = TaskRequirement.of("tracheostomy care", 1, TRACHY, MOVING);
    private static final PackageRequirements PACKAGE = PackageRequirements.of(CarePackageId.of("pkg-1"), SAM,
            List.of(ANNA, PersonalAssistantId.of("pa-ben")), List.of(TASK));
    private static final TrainingRegister REGISTER = TrainingRegister.builder(CompetencyCatalogue.standard())
            .record(SIGN_OFF, DAY).build();

    private static <T> T roundTrip(T value, TypeReference<T> type) throws Exception {
        String json = MAPPER.writeValueAsString(value);
        T back = MAPPER.readValue(json, type);
        assertEquals(value, back, json);
        return back;
    }

    @Test
    void givenDelegatedRecord_thenRoundTripsWithTextValues() throws Exception {
        String json = MAPPER.writeValueAsString(SIGN_OFF);
        assertTrue(json.contains("\"registration\":\"NMC 12A3456E\""), json);
        assertTrue(json.contains("\"competency\":\"tracheostomy-care\""), json);
        assertTrue(json.contains("\"completedOn\":\"2026-05-01\""), json);
        roundTrip(SIGN_OFF, new TypeReference<TrainingRecord>() { });
    }

    @Test
    void givenCatalogueWithOverrides_thenRoundTripsWithNamedScopes() throws Exception {
        Source policy = Source.of("ICB policy", Status.CONFIRMED);
        CompetencyCatalogue catalogue = CompetencyCatalogue.standard()
                .withOverride(RefreshOverride.of(OverrideScope.funder(FunderId.of("icb-1")),
                        CompetencyCode.of("safeguarding-adults"), RefreshPeriod.everyMonths(6), policy))
                .withOverride(RefreshOverride.of(OverrideScope.employer(EmployerId.of("emp-1")),
                        CompetencyCode.of("epilepsy-rescue-medication"), RefreshPeriod.setByClinician(12), policy));
        String json = MAPPER.writeValueAsString(catalogue);
        assertTrue(json.contains("{\"type\":\"funder\",\"funder\":\"icb-1\"}"), json);
        assertTrue(json.contains("\"refresh\":\"once\""), json);
        roundTrip(catalogue, new TypeReference<CompetencyCatalogue>() { });
    }

    @Test
    void givenAnswers_thenRoundTrip() throws Exception {
        roundTrip(REGISTER.competence(ANNA, TASK, SAM, DAY.plusMonths(7), DAY),
                new TypeReference<TaskCompetence>() { });
        roundTrip(REGISTER.expiringWithin(DAY, 365), new TypeReference<List<Expiry>>() { });
        roundTrip(REGISTER.cover(PACKAGE, DAY, 3), new TypeReference<CoverReport>() { });
        roundTrip(REGISTER.trainingPlan(PACKAGE, DAY, 200), new TypeReference<List<PlanItem>>() { });
        roundTrip(PACKAGE, new TypeReference<PackageRequirements>() { });
        roundTrip(SupervisionSchedule.of(List.of(Supervision.of(ANNA, 4, DAY))),
                new TypeReference<SupervisionSchedule>() { });
    }

    @Test
    void givenDerivedAnswers_thenNotWritten() throws Exception {
        String json = MAPPER.writeValueAsString(REGISTER.competence(ANNA, TASK, SAM, DAY));
        assertTrue(!json.contains("competent") && !json.contains("\"valid\""), json);
    }

    @Test
    void givenMalformedRegistration_whenRead_thenFailsWithTheFactoryMessage() {
        String json = "{\"name\":\"J. Patel\",\"registration\":\"NMC 1234\"}";
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json, Assessor.class));
        assertTrue(e.getMessage().contains("Invalid value for registrationNumber"), e.getMessage());
    }
}
