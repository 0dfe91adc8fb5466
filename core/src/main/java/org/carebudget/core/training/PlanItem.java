package org.carebudget.core.training;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * One line of a training plan: what to book for which PA, by when, and how urgently. Immutable and thread-safe.
 *
 * @param personalAssistant the PA, not null
 * @param competency the competency or delegated clinical task to book, not null
 * @param person for a delegated clinical task, the person the sign-off is for; null otherwise
 * @param bookBy the last day to complete it without a gap: the day asked from when overdue, else the last day
 *     the current record is valid; not null
 * @param urgency how urgent, not null
 * @param reason why, in plain English, not blank
 * @param source where the refresh period behind the item comes from (the catalogue entry's source), not null
 */
public record PlanItem(PersonalAssistantId personalAssistant, CompetencyCode competency, PersonId person,
        LocalDate bookBy, Urgency urgency, String reason, Source source) {

    /**
     * Validates the item.
     *
     * @param personalAssistant the PA, not null
     * @param competency the competency, not null
     * @param person the person for a delegated task; may be null
     * @param bookBy the date, not null
     * @param urgency the urgency, not null
     * @param reason the reason, not blank
     * @param source the source of the period, not null
     * @throws InvalidValueException if a required component is null or blank
     */
    public PlanItem {
        InvalidValueException.requireNonNull(personalAssistant, "personalAssistant");
        InvalidValueException.requireNonNull(competency, "competency");
        InvalidValueException.requireNonNull(bookBy, "bookBy");
        InvalidValueException.requireNonNull(urgency, "urgency");
        Texts.requireNotBlank(reason, "reason");
        InvalidValueException.requireNonNull(source, "source");
    }
}
