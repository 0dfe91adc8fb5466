package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.Optional;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * A record that a PA completed a competency: what, when, who delivered or assessed it and the evidence. Its
 * expiry is not typed in: the {@link TrainingRegister} computes it from the catalogue (or, for a delegated
 * clinical task, from the clinician's interval), and a newer record for the same PA and competency (and person,
 * for a delegated task) supersedes it.
 *
 * <p>Whether the record suits the competency (an assessor for medicines, a registered assessor and a
 * {@link Delegation} for a delegated clinical task) is checked when it is recorded, against the register's
 * catalogue. Immutable and thread-safe.
 *
 * @param personalAssistant the PA, not null
 * @param competency the competency or delegated clinical task, not null
 * @param completedOn the date it was completed or signed off, not null
 * @param deliveredBy who delivered the training (a trainer, a provider, a specialist team), not blank, at most
 *     200 characters
 * @param evidenceReference the certificate number, document reference or other evidence, not blank, at most
 *     200 characters
 * @param assessor who assessed competence; null when the competency needs no assessment
 * @param delegation for a delegated clinical task, the person and the reassessment interval; null otherwise
 */
public record TrainingRecord(PersonalAssistantId personalAssistant, CompetencyCode competency, LocalDate completedOn,
        String deliveredBy, String evidenceReference, Assessor assessor, Delegation delegation) {

    /**
     * Validates the record.
     *
     * @param personalAssistant the PA, not null
     * @param competency the competency, not null
     * @param completedOn the completion date, not null
     * @param deliveredBy who delivered it, not blank, at most 200 characters
     * @param evidenceReference the evidence, not blank, at most 200 characters
     * @param assessor the assessor; may be null
     * @param delegation the delegation terms; may be null
     * @throws InvalidValueException if a required component is null, or a text is blank or too long
     */
    public TrainingRecord {
        InvalidValueException.requireNonNull(personalAssistant, "personalAssistant");
        InvalidValueException.requireNonNull(competency, "competency");
        InvalidValueException.requireNonNull(completedOn, "completedOn");
        Texts.requireNotBlank(deliveredBy, "deliveredBy");
        Texts.requireNotBlank(evidenceReference, "evidenceReference");
    }

    /**
     * Returns a record of training with no assessment.
     *
     * @param pa the PA, not null
     * @param competency the competency, not null
     * @param completedOn the completion date, not null
     * @param deliveredBy who delivered it, not blank
     * @param evidenceReference the evidence, not blank
     * @return the record, not null
     * @throws InvalidValueException as the constructor does
     */
    public static TrainingRecord completed(PersonalAssistantId pa, CompetencyCode competency, LocalDate completedOn,
            String deliveredBy, String evidenceReference) {
        return new TrainingRecord(pa, competency, completedOn, deliveredBy, evidenceReference, null, null);
    }

    /**
     * Returns a record of training followed by an assessment of competence.
     *
     * @param pa the PA, not null
     * @param competency the competency, not null
     * @param completedOn the date competence was assessed, not null
     * @param deliveredBy who delivered it, not blank
     * @param evidenceReference the evidence, not blank
     * @param assessor the assessor, not null
     * @return the record, not null
     * @throws InvalidValueException as the constructor does, or if {@code assessor} is null
     */
    public static TrainingRecord assessed(PersonalAssistantId pa, CompetencyCode competency, LocalDate completedOn,
            String deliveredBy, String evidenceReference, Assessor assessor) {
        InvalidValueException.requireNonNull(assessor, "assessor");
        return new TrainingRecord(pa, competency, completedOn, deliveredBy, evidenceReference, assessor, null);
    }

    /**
     * Returns a record of a delegated clinical task signed off for one person's care.
     *
     * @param pa the PA, not null
     * @param task the delegated clinical task, not null
     * @param signedOffOn the date of sign-off, not null
     * @param deliveredBy the specialist team or professional who trained the PA, not blank
     * @param evidenceReference the sign-off document, not blank
     * @param assessor the registered professional who signed it off, not null
     * @param delegation the person and the reassessment interval, not null
     * @return the record, not null
     * @throws InvalidValueException as the constructor does, or if {@code assessor} or {@code delegation} is null
     */
    public static TrainingRecord delegated(PersonalAssistantId pa, CompetencyCode task, LocalDate signedOffOn,
            String deliveredBy, String evidenceReference, Assessor assessor, Delegation delegation) {
        InvalidValueException.requireNonNull(assessor, "assessor");
        InvalidValueException.requireNonNull(delegation, "delegation");
        return new TrainingRecord(pa, task, signedOffOn, deliveredBy, evidenceReference, assessor, delegation);
    }

    /**
     * Returns the person whose care a delegated clinical task was signed off for.
     *
     * @return the person, or empty when this is not a delegated task
     */
    public Optional<PersonId> person() {
        return delegation == null ? Optional.empty() : Optional.of(delegation.person());
    }
}
