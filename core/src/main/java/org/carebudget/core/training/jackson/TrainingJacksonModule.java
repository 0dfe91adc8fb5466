package org.carebudget.core.training.jackson;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.util.Collection;
import java.util.List;
import org.carebudget.core.jackson.TextValueModule;
import org.carebudget.core.training.Assessor;
import org.carebudget.core.training.Competency;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.CompetencyCheck;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.CoverReport;
import org.carebudget.core.training.Expiry;
import org.carebudget.core.training.OverrideScope;
import org.carebudget.core.training.ProfessionalRegistration;
import org.carebudget.core.training.RefreshOverride;
import org.carebudget.core.training.RefreshPeriod;
import org.carebudget.core.training.Supervision;
import org.carebudget.core.training.SupervisionSchedule;
import org.carebudget.core.training.TaskCompetence;
import org.carebudget.core.training.TaskCover;

/**
 * Jackson module for the training types. {@link CompetencyCode} ({@code "medication"}), {@link RefreshPeriod}
 * ({@code "every 12 months"}, {@code "once"}) and {@link ProfessionalRegistration} ({@code "NMC 12A3456E"}) are
 * JSON strings read back through their factories; {@link OverrideScope} is written with a {@code "type"} of
 * {@code "employer"} or {@code "funder"}; {@link CompetencyCatalogue} as its {@code competencies} and
 * {@code overrides}; {@link SupervisionSchedule} as its {@code supervisions}; the records as their components
 * (derived {@code isX()} methods are not written). Needs {@link org.carebudget.core.jackson.CoreJacksonModule} for
 * identifiers and dates; {@code ObjectMapper.findAndRegisterModules()} finds both. Thread-safe once registered.
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
        for (Class<?> derived : List.of(Assessor.class, Competency.class, CompetencyCheck.class, CoverReport.class,
                Expiry.class, Supervision.class, TaskCompetence.class, TaskCover.class, RefreshOverride.class)) {
            setMixInAnnotation(derived, ComponentsOnlyMixIn.class);
        }
    }

    /** Names the scope's subtype in a {@code "type"} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface ScopeMixIn {
    }

    /** Writes records as their components only, leaving out derived {@code isX()} answers. */
    @JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    private interface ComponentsOnlyMixIn {
    }

    /** Writes the catalogue as its entries and overrides and reads it back through {@code of}. */
    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    private abstract static class CatalogueMixIn {

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
    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE)
    private abstract static class ScheduleMixIn {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        static SupervisionSchedule of(@JsonProperty("supervisions") Collection<Supervision> supervisions) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("supervisions")
        abstract List<Supervision> supervisions();
    }
}
