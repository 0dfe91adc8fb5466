package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * A record that a PA completed a competency: what, when, who delivered or assessed it and the evidence. Its
 * expiry is not typed in: the {@link TrainingRegister} computes it from the catalogue (or, for a delegated
 * clinical task, from the clinician's interval), and a newer record for the same PA and competency (and person,
 * for a delegated task) supersedes it.
 *
 * <p>Whether the record suits the competency (an assessor for medicines, a registered assessor and a
 * {@link Delegation} for a delegated clinical task) is checked when it is recorded, against the register's
 * catalogue. Built by {@link #completed}, {@link #assessed}, {@link #delegated} or, with every field, {@link #of}.
 * Who delivered the training may name a person: it is left out of {@code toString} and of error messages.
 * Immutable and thread-safe.
 */
public final class TrainingRecord {

    /** The most characters of a free text in the training types (a name, a reference, a task): 200. */
    public static final int MAX_TEXT = 200;

    private final PersonalAssistantId personalAssistant;
    private final CompetencyCode competency;
    private final LocalDate completedOn;
    private final String deliveredBy;
    private final String evidenceReference;
    private final @Nullable Assessor assessor;
    private final @Nullable Delegation delegation;

    private TrainingRecord(PersonalAssistantId personalAssistant, CompetencyCode competency, LocalDate completedOn,
            String deliveredBy, String evidenceReference, @Nullable Assessor assessor,
            @Nullable Delegation delegation) {
        this.personalAssistant = personalAssistant;
        this.competency = competency;
        this.completedOn = completedOn;
        this.deliveredBy = deliveredBy;
        this.evidenceReference = evidenceReference;
        this.assessor = assessor;
        this.delegation = delegation;
    }

    /**
     * Returns a record with every field given.
     *
     * @param pa the PA, not null
     * @param competency the competency or delegated clinical task, not null
     * @param completedOn the date it was completed or signed off, not null, within {@link SupportedDates}
     * @param deliveredBy who delivered the training (a trainer, a provider, a specialist team), not blank, at most
     *     {@value #MAX_TEXT} characters
     * @param evidenceReference the certificate number, document reference or other evidence, not blank, at most
     *     {@value #MAX_TEXT} characters
     * @param assessor who assessed competence; null when the competency needs no assessment
     * @param delegation for a delegated clinical task, the person and the reassessment interval; null otherwise
     * @return the record, not null
     * @throws InvalidValueException if a required argument is null, the date is outside the supported dates, or a
     *     text is blank or too long
     */
    public static TrainingRecord of(PersonalAssistantId pa, CompetencyCode competency,
            LocalDate completedOn, String deliveredBy, String evidenceReference,
            @Nullable Assessor assessor, @Nullable Delegation delegation) {
        return new TrainingRecord(Checks.CORE.notNull(pa, "personalAssistant"),
                Checks.CORE.notNull(competency, "competency"), Checks.CORE.date(completedOn, "completedOn"),
                Assessor.personalText(deliveredBy, "deliveredBy"),
                Checks.CORE.text(evidenceReference, MAX_TEXT, "evidenceReference"), assessor, delegation);
    }

    /**
     * Returns a record of training with no assessment.
     *
     * @param pa the PA, not null
     * @param competency the competency, not null
     * @param completedOn the completion date, not null, within {@link SupportedDates}
     * @param deliveredBy who delivered it, not blank, at most {@value #MAX_TEXT} characters
     * @param evidenceReference the evidence, not blank, at most {@value #MAX_TEXT} characters
     * @return the record, not null
     * @throws InvalidValueException as {@link #of} does
     */
    public static TrainingRecord completed(PersonalAssistantId pa, CompetencyCode competency,
            LocalDate completedOn, String deliveredBy, String evidenceReference) {
        return of(pa, competency, completedOn, deliveredBy, evidenceReference, null, null);
    }

    /**
     * Returns a record of training followed by an assessment of competence.
     *
     * @param pa the PA, not null
     * @param competency the competency, not null
     * @param completedOn the date competence was assessed, not null, within {@link SupportedDates}
     * @param deliveredBy who delivered it, not blank, at most {@value #MAX_TEXT} characters
     * @param evidenceReference the evidence, not blank, at most {@value #MAX_TEXT} characters
     * @param assessor the assessor, not null
     * @return the record, not null
     * @throws InvalidValueException as {@link #of} does, or if {@code assessor} is null
     */
    public static TrainingRecord assessed(PersonalAssistantId pa, CompetencyCode competency,
            LocalDate completedOn, String deliveredBy, String evidenceReference,
            Assessor assessor) {
        Checks.CORE.notNull(assessor, "assessor");
        return of(pa, competency, completedOn, deliveredBy, evidenceReference, assessor, null);
    }

    /**
     * Returns a record of a delegated clinical task signed off for one person's care.
     *
     * @param pa the PA, not null
     * @param task the delegated clinical task, not null
     * @param signedOffOn the date of sign-off, not null, within {@link SupportedDates}
     * @param deliveredBy the specialist team or professional who trained the PA, not blank, at most
     *     {@value #MAX_TEXT} characters
     * @param evidenceReference the sign-off document, not blank, at most {@value #MAX_TEXT} characters
     * @param assessor the registered professional who signed it off, not null
     * @param delegation the person and the reassessment interval, not null
     * @return the record, not null
     * @throws InvalidValueException as {@link #of} does, or if {@code assessor} or {@code delegation} is null
     */
    public static TrainingRecord delegated(PersonalAssistantId pa, CompetencyCode task,
            LocalDate signedOffOn, String deliveredBy, String evidenceReference,
            Assessor assessor, Delegation delegation) {
        Checks.CORE.notNull(assessor, "assessor");
        Checks.CORE.notNull(delegation, "delegation");
        return of(pa, task, signedOffOn, deliveredBy, evidenceReference, assessor, delegation);
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
     * Returns the competency or delegated clinical task.
     *
     * @return the code, not null
     */
    public CompetencyCode competency() {
        return competency;
    }

    /**
     * Returns the date it was completed or signed off.
     *
     * @return the date, not null, within {@link SupportedDates}
     */
    public LocalDate completedOn() {
        return completedOn;
    }

    /**
     * Returns who delivered the training.
     *
     * @return the text, not blank
     */
    public String deliveredBy() {
        return deliveredBy;
    }

    /**
     * Returns the certificate number, document reference or other evidence.
     *
     * @return the text, not blank
     */
    public String evidenceReference() {
        return evidenceReference;
    }

    /**
     * Returns who assessed competence.
     *
     * @return the assessor, or null when none is recorded
     */
    public @Nullable Assessor assessor() {
        return assessor;
    }

    /**
     * Returns the terms of a delegated clinical task's sign-off.
     *
     * @return the delegation, or null when this is not a delegated task
     */
    public @Nullable Delegation delegation() {
        return delegation;
    }

    /**
     * Returns the person whose care a delegated clinical task was signed off for.
     *
     * @return the person, or empty when this is not a delegated task
     */
    public Optional<PersonId> person() {
        return delegation == null ? Optional.empty() : Optional.of(delegation.person());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TrainingRecord that && that.personalAssistant.equals(personalAssistant)
                && that.competency.equals(competency) && that.completedOn.equals(completedOn)
                && that.deliveredBy.equals(deliveredBy) && that.evidenceReference.equals(evidenceReference)
                && Objects.equals(that.assessor, assessor) && Objects.equals(that.delegation, delegation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personalAssistant, competency, completedOn, deliveredBy, evidenceReference, assessor,
                delegation);
    }

    /** Returns the PA, competency, date and evidence; never who delivered it. */
    @Override
    public String toString() {
        return "TrainingRecord[" + personalAssistant + ", " + competency + ", " + completedOn + ", "
                + evidenceReference + (delegation == null ? "" : ", " + delegation) + "]";
    }
}
