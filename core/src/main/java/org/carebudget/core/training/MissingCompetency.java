package org.carebudget.core.training;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.jspecify.annotations.Nullable;

/**
 * A competency a package needs that a PA in its team has no record of. A gap in the records, not a finding: the
 * training plan's {@link PlanItem} for it is the finding, with its urgency, basis and date. Immutable and
 * thread-safe.
 */
public final class MissingCompetency {

    private final PersonalAssistantId personalAssistant;
    private final CompetencyCode competency;
    private final @Nullable PersonId person;

    private MissingCompetency(PersonalAssistantId personalAssistant, CompetencyCode competency,
            @Nullable PersonId person) {
        this.personalAssistant = personalAssistant;
        this.competency = competency;
        this.person = person;
    }

    /**
     * Returns a gap.
     *
     * @param personalAssistant the PA, not null
     * @param competency the competency, not null
     * @param person for a delegated clinical task, the person it must be signed off for; null otherwise
     * @return the gap, not null
     * @throws InvalidValueException if a required argument is null
     */
    public static MissingCompetency of(PersonalAssistantId personalAssistant,
            CompetencyCode competency, @Nullable PersonId person) {
        return new MissingCompetency(Checks.CORE.notNull(personalAssistant, "personalAssistant"),
                Checks.CORE.notNull(competency, "competency"), person);
    }

    /**
     * Returns the PA.
     *
     * @return the PA, not null
     */
    public PersonalAssistantId personalAssistant() {
        return personalAssistant;
    }

    /**
     * Returns the competency.
     *
     * @return the code, not null
     */
    public CompetencyCode competency() {
        return competency;
    }

    /**
     * Returns the person a delegated clinical task must be signed off for.
     *
     * @return the person, or null when the competency is not a delegated task
     */
    public @Nullable PersonId person() {
        return person;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MissingCompetency that && that.personalAssistant.equals(personalAssistant)
                && that.competency.equals(competency) && Objects.equals(that.person, person);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personalAssistant, competency, person);
    }

    @Override
    public String toString() {
        return "MissingCompetency[" + personalAssistant + ", " + competency + (person == null ? "" : ", " + person)
                + "]";
    }
}
