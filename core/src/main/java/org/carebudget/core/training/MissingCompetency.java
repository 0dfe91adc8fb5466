package org.carebudget.core.training;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * A competency a package needs that a PA in its team has no record of. Immutable and thread-safe.
 *
 * @param personalAssistant the PA, not null
 * @param competency the competency, not null
 * @param person for a delegated clinical task, the person it must be signed off for; null otherwise
 */
public record MissingCompetency(PersonalAssistantId personalAssistant, CompetencyCode competency, PersonId person) {

    /**
     * Validates the finding.
     *
     * @param personalAssistant the PA, not null
     * @param competency the competency, not null
     * @param person the person for a delegated task; may be null
     * @throws InvalidValueException if a required component is null
     */
    public MissingCompetency {
        InvalidValueException.requireNonNull(personalAssistant, "personalAssistant");
        InvalidValueException.requireNonNull(competency, "competency");
    }
}
