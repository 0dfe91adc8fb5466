package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.rule.CitedFinding;
import org.jspecify.annotations.Nullable;

/**
 * One line of a training plan, a finding about one PA and one competency: what to book, before when, how urgently,
 * and why. Every figure in the message is a typed field: the {@link #status()} (no record, lapsed, or lapsing within
 * the look-ahead), the record in force and when it lapses ({@link #expiry()}), the date acting is late
 * ({@link #bookBefore()}), and the {@link TrainingBasis} behind it for the package's kind of employer.
 *
 * <p>The rule is the catalogue entry ({@link Competency#ruleId()}, such as {@code training.medication}); the
 * severity is the {@link Urgency}. Dates are exclusive, as in {@code org.carebudget.core}: {@link #bookBefore()} is
 * the first day on which the PA is (or was) without a valid record. Immutable and thread-safe.
 */
public final class PlanItem implements CitedFinding<Urgency> {

    private final PersonalAssistantId personalAssistant;
    private final CompetencyCode competency;
    private final @Nullable PersonId person;
    private final CompetencyStatus status;
    private final @Nullable Expiry expiry;
    private final LocalDate bookBefore;
    private final Urgency urgency;
    private final String message;
    private final Source source;
    private final @Nullable TrainingBasis basis;

    private PlanItem(Builder b) {
        this.personalAssistant = b.personalAssistant;
        this.competency = b.competency;
        this.person = b.person;
        this.status = b.status;
        this.expiry = b.expiry;
        this.bookBefore = b.bookBefore;
        this.urgency = b.urgency;
        this.message = b.message;
        this.source = b.source;
        this.basis = b.basis;
    }

    /**
     * Returns a builder for an item.
     *
     * @param personalAssistant the PA, not null
     * @param competency the competency or delegated clinical task to book, not null
     * @return the builder, not null
     * @throws InvalidValueException if an argument is null
     */
    public static Builder builder(PersonalAssistantId personalAssistant,
            CompetencyCode competency) {
        return new Builder(Checks.CORE.notNull(personalAssistant, "personalAssistant"),
                Checks.CORE.notNull(competency, "competency"));
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
     * Returns the competency or delegated clinical task to book.
     *
     * @return the code, not null
     */
    public CompetencyCode competency() {
        return competency;
    }

    /**
     * Returns the person a delegated clinical task's sign-off is for.
     *
     * @return the person, or null when the competency is not a delegated task
     */
    public @Nullable PersonId person() {
        return person;
    }

    /**
     * Returns why the item is in the plan: {@link CompetencyStatus#MISSING} (no record),
     * {@link CompetencyStatus#EXPIRED} (the record in force has lapsed) or {@link CompetencyStatus#LAPSES_BEFORE_DATE}
     * (valid now, lapsing within the look-ahead).
     *
     * @return the status, not null, never {@link CompetencyStatus#VALID}
     */
    public CompetencyStatus status() {
        return status;
    }

    /**
     * Returns the record in force and when it lapses.
     *
     * @return the expiry, or null exactly when the status is {@link CompetencyStatus#MISSING}
     */
    public @Nullable Expiry expiry() {
        return expiry;
    }

    /**
     * Returns the first day on which the PA is without a valid record: the lapse day for a lapsed or lapsing record,
     * the day the plan was asked from for a missing one. Booking is late on or after it.
     *
     * @return the day, not null
     */
    public LocalDate bookBefore() {
        return bookBefore;
    }

    /**
     * Returns how urgent the item is.
     *
     * @return the urgency, not null
     */
    public Urgency urgency() {
        return urgency;
    }

    /**
     * Returns the basis of the competency for the package's kind of employer.
     *
     * @return the basis, or null when the package did not say who employs its PAs
     */
    public @Nullable TrainingBasis basis() {
        return basis;
    }

    /**
     * Returns the catalogue entry's rule id, {@code training.} and the code.
     *
     * @return the rule id, not blank
     */
    @Override
    public String ruleId() {
        return Competency.RULE_ID_PREFIX + competency.value();
    }

    /**
     * Returns the urgency, the severity of a training finding.
     *
     * @return the urgency, not null
     */
    @Override
    public Urgency severity() {
        return urgency;
    }

    /**
     * Returns why, in plain English, such as {@code lapses on 2027-01-15 (refresh due)}.
     *
     * @return the message, not blank
     */
    @Override
    public String message() {
        return message;
    }

    /**
     * Returns the law or policy behind the item: the basis's source when the package named its kind of employer,
     * otherwise the source of the entry's refresh period.
     *
     * @return the source, not null
     */
    @Override
    public Source source() {
        return source;
    }

    /**
     * Returns {@link #bookBefore()}: the first day on which acting is late.
     *
     * @return the day, not null
     */
    @Override
    public LocalDate actBefore() {
        return bookBefore;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PlanItem that && that.personalAssistant.equals(personalAssistant)
                && that.competency.equals(competency) && Objects.equals(that.person, person)
                && that.status == status && Objects.equals(that.expiry, expiry) && that.bookBefore.equals(bookBefore)
                && that.urgency == urgency && that.message.equals(message) && that.source.equals(source)
                && Objects.equals(that.basis, basis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personalAssistant, competency, person, status, expiry, bookBefore, urgency, message,
                source, basis);
    }

    @Override
    public String toString() {
        return "PlanItem[" + urgency + " " + personalAssistant + " " + competency + (person == null ? "" : " for "
                + person) + " before " + bookBefore + ": " + message + "]";
    }

    /**
     * Builds a {@link PlanItem}: each setter checks its argument, {@link #build()} checks that the status, the expiry
     * and the dates agree. Not thread-safe.
     */
    public static final class Builder {

        private final PersonalAssistantId personalAssistant;
        private final CompetencyCode competency;
        private @Nullable PersonId person;
        private CompetencyStatus status = CompetencyStatus.MISSING;
        private @Nullable Expiry expiry;
        private @Nullable LocalDate bookBefore;
        private @Nullable Urgency urgency;
        private @Nullable String message;
        private @Nullable Source source;
        private @Nullable TrainingBasis basis;

        private Builder(PersonalAssistantId personalAssistant, CompetencyCode competency) {
            this.personalAssistant = personalAssistant;
            this.competency = competency;
        }

        /**
         * Sets the person a delegated clinical task's sign-off is for; none unless set.
         *
         * @param value the person; may be null
         * @return this builder, not null
         */
        public Builder person(@Nullable PersonId value) {
            this.person = value;
            return this;
        }

        /**
         * Sets the status and the record in force; {@link CompetencyStatus#MISSING} with no record unless set.
         *
         * @param value the status, not null, not {@link CompetencyStatus#VALID}
         * @param record the record in force and when it lapses; null exactly for {@link CompetencyStatus#MISSING}
         * @return this builder, not null
         * @throws InvalidValueException if the status is null or valid, or the record does not match it
         */
        public Builder status(CompetencyStatus value, @Nullable Expiry record) {
            Checks.CORE.notNull(value, "status");
            if (value == CompetencyStatus.VALID) {
                throw Checks.CORE.invalid("status", "MISSING, EXPIRED or LAPSES_BEFORE_DATE", value);
            }
            if ((value == CompetencyStatus.MISSING) != (record == null)) {
                throw Checks.CORE.invalid("expiry", "null exactly when MISSING", record);
            }
            if (record != null && record.lapsesOn() == null) {
                throw Checks.CORE.invalid("expiry", "a record that lapses", record);
            }
            this.status = value;
            this.expiry = record;
            return this;
        }

        /**
         * Sets the first day on which the PA is without a valid record. Required.
         *
         * @param value the day, not null, within the supported dates
         * @return this builder, not null
         * @throws InvalidValueException if {@code value} is null or unsupported
         */
        public Builder bookBefore(LocalDate value) {
            this.bookBefore = Checks.CORE.date(value, "bookBefore");
            return this;
        }

        /**
         * Sets how urgent the item is. Required.
         *
         * @param value the urgency, not null
         * @return this builder, not null
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder urgency(Urgency value) {
            this.urgency = Checks.CORE.notNull(value, "urgency");
            return this;
        }

        /**
         * Sets the plain-English message. Required.
         *
         * @param value the message, not blank, at most {@value Checks#MAX_TEXT} characters
         * @return this builder, not null
         * @throws InvalidValueException if {@code value} is null, blank or too long
         */
        public Builder message(String value) {
            this.message = Checks.CORE.text(value, Checks.MAX_TEXT, "message");
            return this;
        }

        /**
         * Sets the law or policy behind the item and, when the employer kind is known, its basis. The source is
         * required; with a basis it must be the basis's source.
         *
         * @param value the source, not null
         * @param forEmployer the basis for the package's kind of employer; may be null
         * @return this builder, not null
         * @throws InvalidValueException if {@code value} is null, or differs from the basis's source
         */
        public Builder source(Source value, @Nullable TrainingBasis forEmployer) {
            Checks.CORE.notNull(value, "source");
            if (forEmployer != null && !forEmployer.source().equals(value)) {
                throw Checks.CORE.invalid("source", "the basis's source " + forEmployer.source(), value);
            }
            this.source = value;
            this.basis = forEmployer;
            return this;
        }

        /**
         * Builds the item. The builder stays usable.
         *
         * @return the item, not null
         * @throws InvalidValueException if a required field is missing, or {@code bookBefore} differs from the lapse
         *     day of a lapsed or lapsing record
         */
        public PlanItem build() {
            Checks.CORE.notNull(bookBefore, "bookBefore");
            Checks.CORE.notNull(urgency, "urgency");
            Checks.CORE.notNull(message, "message");
            Checks.CORE.notNull(source, "source");
            if (expiry != null && !bookBefore.equals(expiry.lapsesOn())) {
                throw Checks.CORE.invalid("bookBefore", "the lapse day " + expiry.lapsesOn(), bookBefore);
            }
            if (status == CompetencyStatus.LAPSES_BEFORE_DATE && urgency == Urgency.OVERDUE) {
                throw Checks.CORE.invalid("urgency", "DUE or COVER_AT_RISK for a record still valid", urgency);
            }
            return new PlanItem(this);
        }
    }
}
