package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.rule.CitedFinding;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * One thing a compliance rule found about an employment, as of a date: which rule, how serious, in plain English,
 * under which law or policy, by when to act, the evidence looked at, the money at stake and the figures computed.
 * The message is for display; every figure in it is also data: {@link #amount()} and the typed {@link #figures()}
 * (a {@code MinimumWageCheck}, an {@code EmployerNiCalculation}, a {@link MissingFigures}...).
 *
 * <p>{@link #actBefore()} follows the convention of {@code org.carebudget.core}: the first day on which acting is
 * late (a check due on or before the first day of work has {@code actBefore} the day after it; insurance ending
 * has {@code actBefore} the first day without cover). Built with {@link #builder}; immutable and thread-safe.
 */
public final class ComplianceFinding implements CitedFinding<ComplianceSeverity> {

    /** The earliest {@code actBefore}: the first supported date. */
    public static final String FIRST_ACT_BEFORE = "1900-01-01";

    /** The latest {@code actBefore}: the day after the last supported date. */
    public static final String LAST_ACT_BEFORE = "2201-01-01";

    private static final LocalDate LAST = SupportedDates.LAST.plusDays(1);

    /** The most evidence records a finding holds. */
    public static final int MAX_EVIDENCE = 100_000;

    private final String ruleId;
    private final ComplianceSeverity severity;
    private final String message;
    private final Source source;
    private final @Nullable LocalDate actBefore;
    private final List<Evidence> evidence;
    private final @Nullable Gbp amount;
    private final @Nullable ComplianceFigures figures;

    private ComplianceFinding(Builder b) {
        this.ruleId = b.ruleId;
        this.severity = b.severity;
        this.message = b.message;
        this.source = b.source;
        this.actBefore = b.actBefore;
        this.evidence = b.evidence;
        this.amount = b.amount;
        this.figures = b.figures;
    }

    /**
     * Starts a finding.
     *
     * @param ruleId the id of the rule that found it, 1 - 100 characters, not blank
     * @param severity how serious it is, not null
     * @param message a plain-English message with the figures used, 1 - 2000 characters, not blank
     * @param source the law or policy the rule implements, not null
     * @return a builder, not null; not thread-safe
     * @throws InvalidValueException if an argument is null, blank or too long
     */
    public static Builder builder(String ruleId, ComplianceSeverity severity, String message, Source source) {
        return new Builder(Checks.CORE.text(ruleId, 100, "finding.ruleId"),
                Checks.CORE.notNull(severity, "finding.severity"), Checks.CORE.text(message, Checks.MAX_TEXT,
                        "finding.message"), Checks.CORE.notNull(source, "finding.source"));
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public ComplianceSeverity severity() {
        return severity;
    }

    @Override
    public String message() {
        return message;
    }

    @Override
    public Source source() {
        return source;
    }

    @Override
    public @Nullable LocalDate actBefore() {
        return actBefore;
    }

    /**
     * Returns the evidence the rule looked at.
     *
     * @return the evidence, unmodifiable, possibly empty, not null
     */
    public List<Evidence> evidence() {
        return evidence;
    }

    /**
     * Returns the money at stake: a minimum-wage shortfall, employer NI due, cover missing.
     *
     * @return the amount, or null where none
     */
    public @Nullable Gbp amount() {
        return amount;
    }

    /**
     * Returns the figures the rule computed, as a typed value.
     *
     * @return the figures, or null where the rule computes none
     */
    public @Nullable ComplianceFigures figures() {
        return figures;
    }

    /**
     * Returns the figures if they are of a type.
     *
     * @param <F> the type
     * @param type the type, not null
     * @return the figures, or null when there are none or they are of another type
     * @throws InvalidValueException if {@code type} is null
     */
    public <F extends ComplianceFigures> @Nullable F figures(Class<F> type) {
        Checks.CORE.notNull(type, "type");
        return type.isInstance(figures) ? type.cast(figures) : null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ComplianceFinding f && f.ruleId.equals(ruleId) && f.severity == severity
                && f.message.equals(message) && f.source.equals(source) && Objects.equals(f.actBefore, actBefore)
                && f.evidence.equals(evidence) && Objects.equals(f.amount, amount) && Objects.equals(f.figures, figures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, message, actBefore, amount);
    }

    @Override
    public String toString() {
        return "ComplianceFinding[" + ruleId + " " + severity + (actBefore == null ? "" : " before " + actBefore)
                + (amount == null ? "" : " " + amount) + ": " + message + "]";
    }

    /** Builds a {@link ComplianceFinding}. Mutable and not thread-safe. */
    public static final class Builder {

        private final String ruleId;
        private final ComplianceSeverity severity;
        private final String message;
        private final Source source;
        private @Nullable LocalDate actBefore;
        private List<Evidence> evidence = List.of();
        private @Nullable Gbp amount;
        private @Nullable ComplianceFigures figures;

        private Builder(String ruleId, ComplianceSeverity severity, String message, Source source) {
            this.ruleId = ruleId;
            this.severity = severity;
            this.message = message;
            this.source = source;
        }

        /**
         * Sets the first day on which acting is late.
         *
         * @param day the day, exclusive: a supported date or the day after the last one (what is due on the last
         *     supported date is late the day after), or null for none
         * @return this builder
         * @throws InvalidValueException if {@code day} is outside {@value ComplianceFinding#FIRST_ACT_BEFORE} - {@value ComplianceFinding#LAST_ACT_BEFORE}
         */
        public Builder actBefore(@Nullable LocalDate day) {
            if (day != null && (day.isBefore(SupportedDates.FIRST) || day.isAfter(LAST))) {
                throw new InvalidValueException("finding.actBefore", FIRST_ACT_BEFORE + " - " + LAST_ACT_BEFORE, day);
            }
            this.actBefore = day;
            return this;
        }

        /**
         * Sets the evidence looked at.
         *
         * @param records the evidence, not null, none null, at most {@value #MAX_EVIDENCE}
         * @return this builder
         * @throws InvalidValueException if {@code records} is null, holds null or is too long
         */
        public Builder evidence(List<? extends Evidence> records) {
            this.evidence = Checks.CORE.list(records, MAX_EVIDENCE, "finding.evidence");
            return this;
        }

        /**
         * Sets the money at stake.
         *
         * @param value the amount, or null for none
         * @return this builder
         */
        public Builder amount(@Nullable Gbp value) {
            this.amount = value;
            return this;
        }

        /**
         * Sets the figures computed.
         *
         * @param value the figures, or null for none
         * @return this builder
         */
        public Builder figures(@Nullable ComplianceFigures value) {
            this.figures = value;
            return this;
        }

        /**
         * Builds the finding. The builder is unchanged and may build again.
         *
         * @return the finding, not null
         */
        public ComplianceFinding build() {
            return new ComplianceFinding(this);
        }
    }
}
