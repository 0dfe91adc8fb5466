package org.carebudget.core.training.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.jackson.CareBudgetJson;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.training.Assessor;
import org.carebudget.core.training.Competency;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.CompetencyCheck;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.CompetencyStatus;
import org.carebudget.core.training.Delegation;
import org.carebudget.core.training.Obligation;
import org.carebudget.core.training.OverrideScope;
import org.carebudget.core.training.PackageRequirements;
import org.carebudget.core.training.PlanItem;
import org.carebudget.core.training.ProfessionalRegistration;
import org.carebudget.core.training.RefreshOverride;
import org.carebudget.core.training.RefreshPeriod;
import org.carebudget.core.training.Regulator;
import org.carebudget.core.training.Supervision;
import org.carebudget.core.training.SupervisionSchedule;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.core.training.TrainingBasis;
import org.carebudget.core.training.TrainingRecord;
import org.carebudget.core.training.TrainingRegister;
import org.junit.jupiter.api.Test;

/**
 * Every JSON type of the training module, every subtype included, read and written with CareBudget's strict mapper
 * settings: no object is written with a key twice (issue 9 item 7: a subtype's own property colliding with the type
 * id), each reads back equal, and each refuses a duplicated key, an unknown property and a missing one. A new public
 * type in the package without a sample here fails the coverage check.
 */
class TrainingJsonStrictnessTest {

    private static final ObjectMapper STRICT = CareBudgetJson.configure(CareBudgetJson.builder())
            .addModules(new CoreJacksonModule(), new TrainingJacksonModule()).build();

    private static final PersonalAssistantId ANNA = PersonalAssistantId.of("pa-anna");
    private static final PersonId SAM = PersonId.of("person-sam");
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);
    private static final CompetencyCode TRACHY = CompetencyCode.TRACHEOSTOMY_CARE;
    private static final CompetencyCode MOVING = CompetencyCode.MOVING_AND_HANDLING_PEOPLE;

    /** Types whose JSON is a string or which are not data: enums, the register and the jackson module itself. */
    private static final Set<String> NOT_OBJECTS = Set.of("CompetencyCode", "RefreshPeriod",
            "ProfessionalRegistration", "TrainingRegister", "OverrideScope");

    private static Map<Class<?>, Object> samples() {
        Assessor nurse = Assessor.registered("J. Patel", ProfessionalRegistration.of(Regulator.NMC, "12A3456E"));
        TrainingRecord signOff = TrainingRecord.delegated(ANNA, TRACHY, DAY, "Respiratory team", "doc-7", nurse,
                Delegation.of(SAM, 6));
        TrainingRegister register = TrainingRegister.builder(CompetencyCatalogue.standard())
                .record(signOff, DAY).record(TrainingRecord.completed(ANNA, MOVING, DAY.minusYears(1).plusDays(3),
                        "Moving Ltd", "mh-1"), DAY)
                .build();
        TaskRequirement task = TaskRequirement.of("tracheostomy care", 1, TRACHY, MOVING);
        PackageRequirements requirements = PackageRequirements.of(CarePackageId.of("pkg-1"), SAM,
                EmployerKind.BUDGET_HOLDER, List.of(ANNA, PersonalAssistantId.of("pa-ben")), List.of(task));
        Source policy = Source.of("ICB policy", Status.CONFIRMED);
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        samples.put(Assessor.class, nurse);
        samples.put(Delegation.class, Delegation.of(SAM, 6));
        samples.put(TrainingRecord.class, signOff);
        samples.put(TrainingBasis.class, TrainingBasis.of(policy, Obligation.FUNDER_CONDITION, Obligation.GOOD_PRACTICE));
        samples.put(Competency.class, CompetencyCatalogue.standard().require(MOVING));
        samples.put(CompetencyCatalogue.class, CompetencyCatalogue.standard()
                .withOverride(RefreshOverride.of(OverrideScope.funder(FunderId.of("icb-1")),
                        CompetencyCode.SAFEGUARDING_ADULTS, RefreshPeriod.everyMonths(6), policy))
                .withOverride(RefreshOverride.of(OverrideScope.employer(EmployerId.of("emp-1")),
                        CompetencyCode.EPILEPSY_RESCUE_MEDICATION, RefreshPeriod.setByClinician(12), policy)));
        samples.put(OverrideScope.Employer.class, OverrideScope.employer(EmployerId.of("emp-1")));
        samples.put(OverrideScope.Funder.class, OverrideScope.funder(FunderId.of("icb-1")));
        samples.put(RefreshOverride.class, RefreshOverride.of(OverrideScope.employer(EmployerId.of("emp-1")), MOVING,
                RefreshPeriod.everyMonths(6), policy));
        samples.put(org.carebudget.core.training.Expiry.class, register.currentRecords(ANNA).get(0));
        samples.put(CompetencyCheck.class, CompetencyCheck.of(MOVING, CompetencyStatus.MISSING, null));
        samples.put(org.carebudget.core.training.TaskCompetence.class,
                register.competence(ANNA, task, SAM, DAY.plusMonths(7), DAY));
        samples.put(TaskRequirement.class, task);
        samples.put(PackageRequirements.class, requirements);
        samples.put(org.carebudget.core.training.CoverReport.class, register.cover(requirements, DAY, 3));
        samples.put(org.carebudget.core.training.TaskCover.class, register.cover(requirements, DAY, 3).tasks().get(0));
        samples.put(org.carebudget.core.training.DayCover.class, org.carebudget.core.training.DayCover.of(DAY, 2));
        samples.put(org.carebudget.core.training.MissingCompetency.class, register.missing(requirements, DAY).get(0));
        samples.put(PlanItem.class, register.trainingPlan(requirements, DAY, 200).get(0));
        samples.put(Supervision.class, Supervision.of(ANNA, 4, DAY));
        samples.put(SupervisionSchedule.class, SupervisionSchedule.of(List.of(Supervision.of(ANNA, 4, DAY))));
        samples.put(org.carebudget.core.training.CompetentPeriod.class, register.competentUntil(ANNA, task, SAM, DAY));
        return samples;
    }

    @Test
    void givenEveryPublicTypeOfThePackage_thenTheTestHasASampleOfIt() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Class<?> type : publicTypes()) {
            if (!type.isEnum() && !NOT_OBJECTS.contains(type.getSimpleName())
                    && !type.getSimpleName().equals("Builder")) {
                expected.add(type.getName());
            }
        }
        Set<String> sampled = samples().keySet().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, sampled);
    }

    @Test
    void givenEveryTypeAndSubtype_thenNoObjectIsWrittenWithAKeyTwice() throws Exception {
        for (Map.Entry<Class<?>, Object> sample : samples().entrySet()) {
            String json = STRICT.writeValueAsString(sample.getValue());
            assertEquals(List.of(), duplicateKeys(json), sample.getKey().getSimpleName() + ": " + json);
        }
        assertTrue(STRICT.writeValueAsString(OverrideScope.funder(FunderId.of("icb-1")))
                .equals("{\"type\":\"funder\",\"funder\":\"icb-1\"}"));
    }

    @Test
    void givenEveryTypeAndSubtype_thenItReadsBackEqualWithTheStrictSettings() throws Exception {
        for (Map.Entry<Class<?>, Object> sample : samples().entrySet()) {
            Class<?> type = sample.getKey().getSimpleName().equals("Employer")
                    || sample.getKey().getSimpleName().equals("Funder") ? OverrideScope.class : sample.getKey();
            String json = STRICT.writeValueAsString(sample.getValue());
            assertEquals(sample.getValue(), STRICT.readValue(json, type), json);
        }
    }

    @Test
    void givenAKeyTwice_thenTheStrictReaderRefusesIt() {
        String json = "{\"person\":\"person-sam\",\"person\":\"person-tom\",\"reassessEveryMonths\":6}";
        assertThrows(IOException.class, () -> STRICT.readValue(json, Delegation.class));
    }

    @Test
    void givenATypeIdTwice_thenTheStrictReaderRefusesIt() {
        String json = "{\"type\":\"funder\",\"type\":\"employer\",\"funder\":\"icb-1\"}";
        assertThrows(IOException.class, () -> STRICT.readValue(json, OverrideScope.class));
    }

    @Test
    void givenAnUnknownOrMissingPropertyOfABuiltType_thenRefusedNamingIt() throws Exception {
        String item = STRICT.writeValueAsString(samples().get(PlanItem.class));
        JsonMappingException unknown = assertThrows(JsonMappingException.class,
                () -> STRICT.readValue(item.replace("{\"personalAssistant\"", "{\"extra\":1,\"personalAssistant\""),
                        PlanItem.class));
        assertTrue(unknown.getMessage().contains("unknown property \"extra\""), unknown.getMessage());
        JsonMappingException missing = assertThrows(JsonMappingException.class,
                () -> STRICT.readValue(item.replace("\"urgency\":\"OVERDUE\",", ""), PlanItem.class));
        assertTrue(missing.getMessage().contains("missing property \"urgency\""), missing.getMessage());
    }

    @Test
    void givenAnInvalidValueInABuiltType_thenRefusedWithTheBuildersMessage() throws Exception {
        String entry = STRICT.writeValueAsString(samples().get(Competency.class))
                .replace("\"refresh\":\"every 12 months\"", "\"refresh\":\"set by clinician\"");
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> STRICT.readValue(entry,
                Competency.class));
        assertTrue(e.getMessage().contains("Invalid value for refresh"), e.getMessage());
    }

    @Test
    void givenACompetency_thenItsBasisIsWrittenPerEmployerKind() throws Exception {
        String json = STRICT.writeValueAsString(samples().get(Competency.class));
        assertTrue(json.contains("\"basis\":{\"BUDGET_HOLDER\":{\"obligations\":[\"LAW_UNLESS_DOMESTIC_SERVANT\","
                + "\"FUNDER_CONDITION\",\"GOOD_PRACTICE\"]"), json);
        assertTrue(json.contains("\"THIRD_PARTY_SERVICE\":{\"obligations\":[\"LAW\"]"), json);
        assertFalse(json.contains("ruleId"), json);
    }

    /** The object keys written twice in any one object of a JSON document. */
    private static List<String> duplicateKeys(String json) throws IOException {
        List<String> duplicates = new java.util.ArrayList<>();
        try (JsonParser parser = STRICT.getFactory().createParser(json)) {
            Deque<Set<String>> objects = new ArrayDeque<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    objects.push(new HashSet<>());
                } else if (token == JsonToken.END_OBJECT) {
                    objects.pop();
                } else if (token == JsonToken.FIELD_NAME && !objects.peek().add(parser.currentName())) {
                    duplicates.add(parser.currentName());
                }
            }
        }
        return duplicates;
    }

    /** The public classes and nested classes of {@code org.carebudget.core.training}, from the class directory. */
    private static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
        Path root = Path.of(TrainingRegister.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve("org/carebudget/core/training");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> "org.carebudget.core.training." + n.substring(0, n.length() - 6).replace('$', '.'))
                    .filter(n -> !n.endsWith("package-info"))
                    .map(TrainingJsonStrictnessTest::load)
                    .filter(c -> c != null && Modifier.isPublic(c.getModifiers()))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String dottedName) {
        String binary = dottedName;
        int nested = dottedName.indexOf('.', "org.carebudget.core.training.".length());
        if (nested > 0) {
            binary = dottedName.substring(0, nested) + '$' + dottedName.substring(nested + 1).replace('.', '$');
        }
        try {
            return Class.forName(binary, false, TrainingRegister.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
