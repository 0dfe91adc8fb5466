package org.carebudget.core.training.jackson;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.figures.Source;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.jackson.TextValueModule;
import org.carebudget.core.training.Assessment;
import org.carebudget.core.training.Assessor;
import org.carebudget.core.training.Competency;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.CompetencyCheck;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.CompetencyStatus;
import org.carebudget.core.training.CompetentPeriod;
import org.carebudget.core.training.CoverReport;
import org.carebudget.core.training.DayCover;
import org.carebudget.core.training.Delegation;
import org.carebudget.core.training.Expiry;
import org.carebudget.core.training.LapseCause;
import org.carebudget.core.training.MissingCompetency;
import org.carebudget.core.training.Obligation;
import org.carebudget.core.training.OverrideScope;
import org.carebudget.core.training.PackageRequirements;
import org.carebudget.core.training.PlanItem;
import org.carebudget.core.training.ProfessionalRegistration;
import org.carebudget.core.training.RefreshOverride;
import org.carebudget.core.training.RefreshPeriod;
import org.carebudget.core.training.Supervision;
import org.carebudget.core.training.SupervisionSchedule;
import org.carebudget.core.training.TaskCompetence;
import org.carebudget.core.training.TaskCover;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.core.training.TrainingBasis;
import org.carebudget.core.training.TrainingRecord;
import org.carebudget.core.training.Urgency;

/**
 * Jackson module for the training types. {@link CompetencyCode} ({@code "medication"}), {@link RefreshPeriod}
 * ({@code "every 12 months"}, {@code "once"}) and {@link ProfessionalRegistration} ({@code "NMC 12A3456E"}) are
 * JSON strings read back through their factories; {@link OverrideScope} is written with a {@code "type"} of
 * {@code "employer"} or {@code "funder"}, whose own properties ({@code "employer"}, {@code "funder"}) never clash
 * with it; every other type is an object of its stored fields, read back through its public factory or builder so
 * that every check runs on every read (derived answers such as {@code isCompetent} and a finding's
 * {@code ruleId} are not written). {@link Competency} is written with its {@code basis} per employer kind. Needs
 * {@link org.carebudget.core.jackson.CoreJacksonModule} for identifiers, dates and sources;
 * {@code ObjectMapper.findAndRegisterModules()} finds both. Use the settings of
 * {@link org.carebudget.core.jackson.CareBudgetJson}. Thread-safe once registered.
 */
public class TrainingJacksonModule extends TextValueModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public TrainingJacksonModule() {
        super("carebudget-core-training");
        addTextValue(CompetencyCode.class, CompetencyCode::value, CompetencyCode::of);
        addTextValue(RefreshPeriod.class, RefreshPeriod::toString, RefreshPeriod::parse);
        addTextValue(ProfessionalRegistration.class, ProfessionalRegistration::toString,
                ProfessionalRegistration::parse);
        setMixInAnnotation(OverrideScope.class, ScopeMixIn.class);
        registerSubtypes(new NamedType(OverrideScope.Employer.class, "employer"),
                new NamedType(OverrideScope.Funder.class, "funder"));
        setMixInAnnotation(CompetencyCatalogue.class, CatalogueMixIn.class);
        setMixInAnnotation(SupervisionSchedule.class, ScheduleMixIn.class);
        setMixInAnnotation(Assessor.class, AssessorMixIn.class);
        setMixInAnnotation(Delegation.class, DelegationMixIn.class);
        setMixInAnnotation(TrainingRecord.class, RecordMixIn.class);
        setMixInAnnotation(TrainingBasis.class, BasisMixIn.class);
        setMixInAnnotation(Competency.class, CompetencyMixIn.class);
        addDeserializer(Competency.class, new CompetencyDeserializer());
        setMixInAnnotation(RefreshOverride.class, OverrideMixIn.class);
        setMixInAnnotation(Expiry.class, ExpiryMixIn.class);
        setMixInAnnotation(CompetencyCheck.class, CheckMixIn.class);
        setMixInAnnotation(TaskCompetence.class, TaskCompetenceMixIn.class);
        setMixInAnnotation(TaskRequirement.class, TaskRequirementMixIn.class);
        setMixInAnnotation(PackageRequirements.class, PackageMixIn.class);
        setMixInAnnotation(DayCover.class, DayCoverMixIn.class);
        setMixInAnnotation(TaskCover.class, TaskCoverMixIn.class);
        setMixInAnnotation(CoverReport.class, CoverReportMixIn.class);
        setMixInAnnotation(MissingCompetency.class, MissingMixIn.class);
        setMixInAnnotation(Supervision.class, SupervisionMixIn.class);
        setMixInAnnotation(CompetentPeriod.class, PeriodMixIn.class);
        setMixInAnnotation(PlanItem.class, PlanItemMixIn.class);
        addDeserializer(PlanItem.class, new PlanItemDeserializer());
    }

    /** Names the scope's subtype in a {@code "type"} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface ScopeMixIn {
    }

    /**
     * Writes only what is annotated: no getter, is-getter or field is detected. Each mix-in below also marks the
     * class's private fields ignored, by name: otherwise Jackson keeps a field that shares a property's name as a
     * possible mutator and, on the module path, fails to open it (the package is not opened, by design; values are
     * read through their factories only).
     */
    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
            fieldVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
    private abstract static class Explicit {
    }

    /** Writes the catalogue as its entries and overrides and reads it back through {@code of}. */
    private abstract static class CatalogueMixIn extends Explicit {

        @JsonCreator
        static CompetencyCatalogue of(@JsonProperty("competencies") Collection<Competency> entries,
                @JsonProperty("overrides") Collection<RefreshOverride> overrides) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("competencies")
        abstract List<Competency> competencies();

        @JsonProperty("overrides")
        abstract List<RefreshOverride> overrides();
    }

    /** Writes the schedule as its supervisions and reads it back through {@code of}. */
    private abstract static class ScheduleMixIn extends Explicit {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        static SupervisionSchedule of(@JsonProperty("supervisions") Collection<Supervision> supervisions) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("supervisions")
        abstract List<Supervision> supervisions();
    }

    @JsonPropertyOrder({"name", "registration"})
    private abstract static class AssessorMixIn extends Explicit {

        @JsonIgnore
        Object name;

        @JsonIgnore
        Object registration;

        @JsonCreator
        static Assessor of(@JsonProperty("name") String name,
                @JsonProperty("registration") ProfessionalRegistration registration) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("name")
        abstract String name();

        @JsonProperty("registration")
        abstract ProfessionalRegistration registration();
    }

    @JsonPropertyOrder({"person", "reassessEveryMonths"})
    private abstract static class DelegationMixIn extends Explicit {

        @JsonIgnore
        Object person;

        @JsonIgnore
        Object reassessEveryMonths;

        @JsonCreator
        static Delegation of(@JsonProperty("person") PersonId person,
                @JsonProperty("reassessEveryMonths") int reassessEveryMonths) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("person")
        abstract PersonId person();

        @JsonProperty("reassessEveryMonths")
        abstract int reassessEveryMonths();
    }

    @JsonPropertyOrder({"personalAssistant", "competency", "completedOn", "deliveredBy", "evidenceReference",
        "assessor", "delegation"})
    private abstract static class RecordMixIn extends Explicit {

        @JsonIgnore
        Object personalAssistant;

        @JsonIgnore
        Object competency;

        @JsonIgnore
        Object completedOn;

        @JsonIgnore
        Object deliveredBy;

        @JsonIgnore
        Object evidenceReference;

        @JsonIgnore
        Object assessor;

        @JsonIgnore
        Object delegation;

        @JsonCreator
        static TrainingRecord of(@JsonProperty("personalAssistant") PersonalAssistantId pa,
                @JsonProperty("competency") CompetencyCode competency,
                @JsonProperty("completedOn") LocalDate completedOn,
                @JsonProperty("deliveredBy") String deliveredBy,
                @JsonProperty("evidenceReference") String evidenceReference,
                @JsonProperty("assessor") Assessor assessor, @JsonProperty("delegation") Delegation delegation) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("personalAssistant")
        abstract PersonalAssistantId personalAssistant();

        @JsonProperty("competency")
        abstract CompetencyCode competency();

        @JsonProperty("completedOn")
        abstract LocalDate completedOn();

        @JsonProperty("deliveredBy")
        abstract String deliveredBy();

        @JsonProperty("evidenceReference")
        abstract String evidenceReference();

        @JsonProperty("assessor")
        abstract Assessor assessor();

        @JsonProperty("delegation")
        abstract Delegation delegation();
    }

    @JsonPropertyOrder({"obligations", "source"})
    private abstract static class BasisMixIn extends Explicit {

        @JsonIgnore
        Object obligations;

        @JsonIgnore
        Object source;

        @JsonCreator
        static TrainingBasis of(@JsonProperty("obligations") Collection<Obligation> obligations,
                @JsonProperty("source") Source source) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("obligations")
        abstract Set<Obligation> obligations();

        @JsonProperty("source")
        abstract Source source();
    }

    @JsonPropertyOrder({"code", "name", "assessment", "refresh", "source", "basis"})
    private abstract static class CompetencyMixIn extends Explicit {

        @JsonIgnore
        Object code;

        @JsonIgnore
        Object name;

        @JsonIgnore
        Object assessment;

        @JsonIgnore
        Object refresh;

        @JsonIgnore
        Object source;

        @JsonIgnore
        Object basis;

        @JsonProperty("code")
        abstract CompetencyCode code();

        @JsonProperty("name")
        abstract String name();

        @JsonProperty("assessment")
        abstract Assessment assessment();

        @JsonProperty("refresh")
        abstract RefreshPeriod refresh();

        @JsonProperty("source")
        abstract Source source();

        @JsonProperty("basis")
        abstract Map<EmployerKind, TrainingBasis> bases();
    }

    @JsonPropertyOrder({"scope", "code", "refresh", "source"})
    private abstract static class OverrideMixIn extends Explicit {

        @JsonIgnore
        Object scope;

        @JsonIgnore
        Object code;

        @JsonIgnore
        Object refresh;

        @JsonIgnore
        Object source;

        @JsonCreator
        static RefreshOverride of(@JsonProperty("scope") OverrideScope scope,
                @JsonProperty("code") CompetencyCode code, @JsonProperty("refresh") RefreshPeriod refresh,
                @JsonProperty("source") Source source) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("scope")
        abstract OverrideScope scope();

        @JsonProperty("code")
        abstract CompetencyCode code();

        @JsonProperty("refresh")
        abstract RefreshPeriod refresh();

        @JsonProperty("source")
        abstract Source source();
    }

    @JsonPropertyOrder({"record", "lapsesOn", "cause"})
    private abstract static class ExpiryMixIn extends Explicit {

        @JsonIgnore
        Object record;

        @JsonIgnore
        Object lapsesOn;

        @JsonIgnore
        Object cause;

        @JsonCreator
        static Expiry of(@JsonProperty("record") TrainingRecord record, @JsonProperty("lapsesOn") LocalDate lapsesOn,
                @JsonProperty("cause") LapseCause cause) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("record")
        abstract TrainingRecord record();

        @JsonProperty("lapsesOn")
        abstract LocalDate lapsesOn();

        @JsonProperty("cause")
        abstract LapseCause cause();
    }

    @JsonPropertyOrder({"competency", "status", "expiry"})
    private abstract static class CheckMixIn extends Explicit {

        @JsonIgnore
        Object competency;

        @JsonIgnore
        Object status;

        @JsonIgnore
        Object expiry;

        @JsonCreator
        static CompetencyCheck of(@JsonProperty("competency") CompetencyCode competency,
                @JsonProperty("status") CompetencyStatus status, @JsonProperty("expiry") Expiry expiry) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("competency")
        abstract CompetencyCode competency();

        @JsonProperty("status")
        abstract CompetencyStatus status();

        @JsonProperty("expiry")
        abstract Expiry expiry();
    }

    @JsonPropertyOrder({"personalAssistant", "task", "person", "date", "checks"})
    private abstract static class TaskCompetenceMixIn extends Explicit {

        @JsonIgnore
        Object personalAssistant;

        @JsonIgnore
        Object task;

        @JsonIgnore
        Object person;

        @JsonIgnore
        Object date;

        @JsonIgnore
        Object checks;

        @JsonCreator
        static TaskCompetence of(@JsonProperty("personalAssistant") PersonalAssistantId pa,
                @JsonProperty("task") String task, @JsonProperty("person") PersonId person,
                @JsonProperty("date") LocalDate date, @JsonProperty("checks") List<CompetencyCheck> checks) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("personalAssistant")
        abstract PersonalAssistantId personalAssistant();

        @JsonProperty("task")
        abstract String task();

        @JsonProperty("person")
        abstract PersonId person();

        @JsonProperty("date")
        abstract LocalDate date();

        @JsonProperty("checks")
        abstract List<CompetencyCheck> checks();
    }

    @JsonPropertyOrder({"task", "minimumCompetentPas", "competencies"})
    private abstract static class TaskRequirementMixIn extends Explicit {

        @JsonIgnore
        Object task;

        @JsonIgnore
        Object competencies;

        @JsonIgnore
        Object minimumCompetentPas;

        @JsonCreator
        static TaskRequirement of(@JsonProperty("task") String task,
                @JsonProperty("minimumCompetentPas") int minimumCompetentPas,
                @JsonProperty("competencies") Collection<CompetencyCode> competencies) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("task")
        abstract String task();

        @JsonProperty("minimumCompetentPas")
        abstract int minimumCompetentPas();

        @JsonProperty("competencies")
        abstract List<CompetencyCode> competencies();
    }

    @JsonPropertyOrder({"carePackage", "person", "employerKind", "team", "tasks"})
    private abstract static class PackageMixIn extends Explicit {

        @JsonIgnore
        Object carePackage;

        @JsonIgnore
        Object person;

        @JsonIgnore
        Object employerKind;

        @JsonIgnore
        Object team;

        @JsonIgnore
        Object tasks;

        @JsonCreator
        static PackageRequirements of(@JsonProperty("carePackage") CarePackageId carePackage,
                @JsonProperty("person") PersonId person, @JsonProperty("employerKind") EmployerKind employerKind,
                @JsonProperty("team") List<PersonalAssistantId> team,
                @JsonProperty("tasks") List<TaskRequirement> tasks) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("carePackage")
        abstract CarePackageId carePackage();

        @JsonProperty("person")
        abstract PersonId person();

        @JsonProperty("employerKind")
        abstract EmployerKind employerKind();

        @JsonProperty("team")
        abstract List<PersonalAssistantId> team();

        @JsonProperty("tasks")
        abstract List<TaskRequirement> tasks();
    }

    @JsonPropertyOrder({"date", "competentPas"})
    private abstract static class DayCoverMixIn extends Explicit {

        @JsonIgnore
        Object date;

        @JsonIgnore
        Object competentPas;

        @JsonCreator
        static DayCover of(@JsonProperty("date") LocalDate date, @JsonProperty("competentPas") int competentPas) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("date")
        abstract LocalDate date();

        @JsonProperty("competentPas")
        abstract int competentPas();
    }

    @JsonPropertyOrder({"task", "minimumCompetentPas", "days"})
    private abstract static class TaskCoverMixIn extends Explicit {

        @JsonIgnore
        Object task;

        @JsonIgnore
        Object minimumCompetentPas;

        @JsonIgnore
        Object days;

        @JsonCreator
        static TaskCover of(@JsonProperty("task") String task,
                @JsonProperty("minimumCompetentPas") int minimumCompetentPas,
                @JsonProperty("days") List<DayCover> days) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("task")
        abstract String task();

        @JsonProperty("minimumCompetentPas")
        abstract int minimumCompetentPas();

        @JsonProperty("days")
        abstract List<DayCover> days();
    }

    @JsonPropertyOrder({"carePackage", "from", "tasks"})
    private abstract static class CoverReportMixIn extends Explicit {

        @JsonIgnore
        Object carePackage;

        @JsonIgnore
        Object from;

        @JsonIgnore
        Object tasks;

        @JsonCreator
        static CoverReport of(@JsonProperty("carePackage") CarePackageId carePackage,
                @JsonProperty("from") LocalDate from, @JsonProperty("tasks") List<TaskCover> tasks) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("carePackage")
        abstract CarePackageId carePackage();

        @JsonProperty("from")
        abstract LocalDate from();

        @JsonProperty("tasks")
        abstract List<TaskCover> tasks();
    }

    @JsonPropertyOrder({"personalAssistant", "competency", "person"})
    private abstract static class MissingMixIn extends Explicit {

        @JsonIgnore
        Object personalAssistant;

        @JsonIgnore
        Object competency;

        @JsonIgnore
        Object person;

        @JsonCreator
        static MissingCompetency of(@JsonProperty("personalAssistant") PersonalAssistantId pa,
                @JsonProperty("competency") CompetencyCode competency, @JsonProperty("person") PersonId person) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("personalAssistant")
        abstract PersonalAssistantId personalAssistant();

        @JsonProperty("competency")
        abstract CompetencyCode competency();

        @JsonProperty("person")
        abstract PersonId person();
    }

    @JsonPropertyOrder({"personalAssistant", "everyWeeks", "lastSupervisedOn"})
    private abstract static class SupervisionMixIn extends Explicit {

        @JsonIgnore
        Object personalAssistant;

        @JsonIgnore
        Object everyWeeks;

        @JsonIgnore
        Object lastSupervisedOn;

        @JsonCreator
        static Supervision of(@JsonProperty("personalAssistant") PersonalAssistantId pa,
                @JsonProperty("everyWeeks") int everyWeeks,
                @JsonProperty("lastSupervisedOn") LocalDate lastSupervisedOn) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("personalAssistant")
        abstract PersonalAssistantId personalAssistant();

        @JsonProperty("everyWeeks")
        abstract int everyWeeks();

        @JsonProperty("lastSupervisedOn")
        abstract LocalDate lastSupervisedOn();
    }

    @JsonPropertyOrder({"personalAssistant", "person", "from", "until", "limitedBy"})
    private abstract static class PeriodMixIn extends Explicit {

        @JsonIgnore
        Object personalAssistant;

        @JsonIgnore
        Object person;

        @JsonIgnore
        Object from;

        @JsonIgnore
        Object until;

        @JsonIgnore
        Object limitedBy;

        @JsonIgnore
        Object fromDay;

        @JsonIgnore
        Object untilDay;

        @JsonCreator
        static CompetentPeriod of(@JsonProperty("personalAssistant") PersonalAssistantId pa,
                @JsonProperty("person") PersonId person, @JsonProperty("from") LocalDate from,
                @JsonProperty("until") LocalDate until, @JsonProperty("limitedBy") CompetencyCode limitedBy) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("personalAssistant")
        abstract PersonalAssistantId personalAssistant();

        @JsonProperty("person")
        abstract PersonId person();

        @JsonProperty("from")
        abstract LocalDate from();

        @JsonProperty("until")
        abstract LocalDate until();

        @JsonProperty("limitedBy")
        abstract CompetencyCode limitedBy();
    }

    @JsonPropertyOrder({"personalAssistant", "competency", "person", "status", "expiry", "bookBefore", "urgency",
        "message", "source", "basis"})
    private abstract static class PlanItemMixIn extends Explicit {

        @JsonIgnore
        Object personalAssistant;

        @JsonIgnore
        Object competency;

        @JsonIgnore
        Object person;

        @JsonIgnore
        Object status;

        @JsonIgnore
        Object expiry;

        @JsonIgnore
        Object bookBefore;

        @JsonIgnore
        Object urgency;

        @JsonIgnore
        Object message;

        @JsonIgnore
        Object source;

        @JsonIgnore
        Object basis;

        @JsonProperty("personalAssistant")
        abstract PersonalAssistantId personalAssistant();

        @JsonProperty("competency")
        abstract CompetencyCode competency();

        @JsonProperty("person")
        abstract PersonId person();

        @JsonProperty("status")
        abstract CompetencyStatus status();

        @JsonProperty("expiry")
        abstract Expiry expiry();

        @JsonProperty("bookBefore")
        abstract LocalDate bookBefore();

        @JsonProperty("urgency")
        abstract Urgency urgency();

        @JsonProperty("message")
        abstract String message();

        @JsonProperty("source")
        abstract Source source();

        @JsonProperty("basis")
        abstract TrainingBasis basis();
    }

    /**
     * Reads a JSON object with exactly the given properties (each present, {@code null} where the field allows it)
     * into a value built through its builder; an invalid value fails as a creator's does, with the builder's message.
     *
     * @param <T> the type read
     */
    private abstract static class BuiltDeserializer<T> extends StdDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final List<String> properties;

        BuiltDeserializer(Class<T> type, String... properties) {
            super(type);
            this.properties = List.of(properties);
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            if (!node.isObject()) {
                return ctxt.reportInputMismatch(this, "expected a JSON object for %s", handledType().getName());
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!properties.contains(name)) {
                    return ctxt.reportInputMismatch(this, "unknown property \"%s\" for %s (expected %s)", name,
                            handledType().getSimpleName(), properties);
                }
            }
            for (String name : properties) {
                if (!node.has(name)) {
                    return ctxt.reportInputMismatch(this, "missing property \"%s\" for %s", name,
                            handledType().getSimpleName());
                }
            }
            try {
                return build(new Fields(node, ctxt));
            } catch (InvalidValueException e) {
                throw ctxt.instantiationException(handledType(), e);
            }
        }

        abstract T build(Fields fields) throws IOException;
    }

    /** The properties of one JSON object, read as typed values. */
    private static final class Fields {

        private final JsonNode node;
        private final DeserializationContext ctxt;

        Fields(JsonNode node, DeserializationContext ctxt) {
            this.node = node;
            this.ctxt = ctxt;
        }

        <V> V get(String name, Class<V> type) throws IOException {
            JsonNode value = node.get(name);
            return value.isNull() ? null : ctxt.readTreeAsValue(value, type);
        }

        <V> V get(String name, JavaType type) throws IOException {
            JsonNode value = node.get(name);
            return value.isNull() ? null : ctxt.readTreeAsValue(value, type);
        }

        JavaType mapOf(Class<?> key, Class<?> value) {
            return ctxt.getTypeFactory().constructMapType(Map.class, key, value);
        }
    }

    /** Reads a {@link Competency} through its builder. */
    private static final class CompetencyDeserializer extends BuiltDeserializer<Competency> {

        private static final long serialVersionUID = 1L;

        CompetencyDeserializer() {
            super(Competency.class, "code", "name", "assessment", "refresh", "source", "basis");
        }

        @Override
        Competency build(Fields f) throws IOException {
            Competency.Builder builder = Competency.builder(f.get("code", CompetencyCode.class),
                    f.get("name", String.class));
            Assessment assessment = f.get("assessment", Assessment.class);
            builder.assessment(assessment).refresh(f.get("refresh", RefreshPeriod.class), f.get("source",
                    Source.class));
            Map<EmployerKind, TrainingBasis> bases = f.get("basis", f.mapOf(EmployerKind.class, TrainingBasis.class));
            if (bases != null) {
                bases.forEach(builder::basis);
            }
            return builder.build();
        }
    }

    /** Reads a {@link PlanItem} through its builder. */
    private static final class PlanItemDeserializer extends BuiltDeserializer<PlanItem> {

        private static final long serialVersionUID = 1L;

        PlanItemDeserializer() {
            super(PlanItem.class, "personalAssistant", "competency", "person", "status", "expiry", "bookBefore",
                    "urgency", "message", "source", "basis");
        }

        @Override
        PlanItem build(Fields f) throws IOException {
            return PlanItem.builder(f.get("personalAssistant", PersonalAssistantId.class),
                            f.get("competency", CompetencyCode.class))
                    .person(f.get("person", PersonId.class))
                    .status(f.get("status", CompetencyStatus.class), f.get("expiry", Expiry.class))
                    .bookBefore(f.get("bookBefore", LocalDate.class))
                    .urgency(f.get("urgency", Urgency.class))
                    .message(f.get("message", String.class))
                    .source(f.get("source", Source.class), f.get("basis", TrainingBasis.class))
                    .build();
        }
    }
}
