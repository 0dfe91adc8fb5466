package org.carebudget.core.training;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.figures.Source;
import org.jspecify.annotations.Nullable;

/**
 * One entry in a {@link CompetencyCatalogue}: a competency or delegated clinical task, how it is evidenced, how often
 * it is refreshed (with the source of that period), and why each kind of employer must or should require it (a
 * {@link TrainingBasis} per {@link EmployerKind}). A delegated clinical task has a period set by the clinician; every
 * other competency has a fixed period or is done once.
 *
 * <p>The entry is the rule behind the training plan's findings: its id is {@code training.} followed by the code
 * ({@link #ruleId()}). Built with {@link #builder(CompetencyCode, String)}. Immutable and thread-safe.
 */
public final class Competency {

    /** The prefix of every entry's rule id. */
    public static final String RULE_ID_PREFIX = "training.";

    private final CompetencyCode code;
    private final String name;
    private final Assessment assessment;
    private final RefreshPeriod refresh;
    private final Source source;
    private final Map<EmployerKind, TrainingBasis> basis;

    private Competency(CompetencyCode code, String name, Assessment assessment, RefreshPeriod refresh, Source source,
            Map<EmployerKind, TrainingBasis> basis) {
        this.code = code;
        this.name = name;
        this.assessment = assessment;
        this.refresh = refresh;
        this.source = source;
        this.basis = basis;
    }

    /**
     * Returns a builder for an entry.
     *
     * @param code the code, not null
     * @param name the plain-English name, not blank, at most {@value TrainingRecord#MAX_TEXT} characters
     * @return a builder, not null; set the refresh period and a basis for every employer kind before building
     * @throws InvalidValueException if an argument is null, or the name is blank or too long
     */
    public static Builder builder(CompetencyCode code, String name) {
        return new Builder(Checks.CORE.notNull(code, "code"), Checks.CORE.text(name, TrainingRecord.MAX_TEXT, "name"));
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    public CompetencyCode code() {
        return code;
    }

    /**
     * Returns the plain-English name.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns what a record must show besides attendance.
     *
     * @return the assessment, not null
     */
    public Assessment assessment() {
        return assessment;
    }

    /**
     * Returns how often the competency is refreshed.
     *
     * @return the period, not null; set by the clinician exactly for a delegated clinical task
     */
    public RefreshPeriod refresh() {
        return refresh;
    }

    /**
     * Returns where the refresh period comes from (the UK-RULES.md default, or an employer's or funder's policy).
     * Why the training is required at all is {@link #basis(EmployerKind)}.
     *
     * @return the source of the period, not null
     */
    public Source source() {
        return source;
    }

    /**
     * Returns why an employer of the given kind must or should see that its PAs hold this competency.
     *
     * @param kind the kind of employer, not null
     * @return the basis, not null
     * @throws InvalidValueException if {@code kind} is null
     */
    public TrainingBasis basis(EmployerKind kind) {
        return basis.get(Checks.CORE.notNull(kind, "employerKind"));
    }

    /**
     * Returns the basis for every kind of employer.
     *
     * @return one basis per {@link EmployerKind}, in declaration order, unmodifiable
     */
    public Map<EmployerKind, TrainingBasis> bases() {
        return basis;
    }

    /**
     * Returns the id of the rule this entry makes: {@code training.} and the code, as in
     * {@code training.moving-and-handling-people}.
     *
     * @return the rule id, not blank
     */
    public String ruleId() {
        return RULE_ID_PREFIX + code.value();
    }

    /**
     * Returns whether this is a delegated clinical task, competence in which is for one named person.
     *
     * @return true for {@link Assessment#DELEGATED_CLINICAL}
     */
    public boolean isDelegatedClinical() {
        return assessment == Assessment.DELEGATED_CLINICAL;
    }

    /**
     * Returns this entry with another refresh period and its source, or this entry when both are unchanged. Where
     * this entry caps the clinician's interval (epilepsy rescue medication: 24 months at most), the new period must
     * keep a cap no longer than it: an employer's or funder's policy may tighten the cap, never lift it.
     *
     * @param newRefresh the period, not null, of a kind that suits the assessment, within this entry's cap if any
     * @param newSource where the period comes from, not null
     * @return the entry, not null
     * @throws InvalidValueException if an argument is null, the period does not suit the assessment or lifts the cap
     */
    public Competency withRefresh(RefreshPeriod newRefresh, Source newSource) {
        Checks.CORE.notNull(newRefresh, "refresh");
        Checks.CORE.notNull(newSource, "source");
        if (refresh.equals(newRefresh) && source.equals(newSource)) {
            return this;
        }
        checkSuits(assessment, newRefresh);
        int cap = refresh.maxMonths().orElse(Integer.MAX_VALUE);
        if (newRefresh.isSetByClinician() && newRefresh.maxMonths().orElse(Integer.MAX_VALUE) > cap) {
            throw Checks.CORE.invalid("refresh", "set by clinician, at most " + cap + " months, the cap of " + code,
                    newRefresh);
        }
        return new Competency(code, name, assessment, newRefresh, newSource, basis);
    }

    /**
     * Returns this entry with another basis for one kind of employer, or this entry when it is unchanged (for
     * example, a user-controlled trust whose trustees employ as individuals given the private employer's basis).
     *
     * @param kind the kind of employer, not null
     * @param newBasis the basis, not null
     * @return the entry, not null
     * @throws InvalidValueException if an argument is null
     */
    public Competency withBasis(EmployerKind kind, TrainingBasis newBasis) {
        Checks.CORE.notNull(kind, "employerKind");
        Checks.CORE.notNull(newBasis, "basis");
        if (basis.get(kind).equals(newBasis)) {
            return this;
        }
        EnumMap<EmployerKind, TrainingBasis> copy = new EnumMap<>(basis);
        copy.put(kind, newBasis);
        return new Competency(code, name, assessment, refresh, source, Collections.unmodifiableMap(copy));
    }

    private static void checkSuits(Assessment assessment, RefreshPeriod refresh) {
        boolean delegated = assessment == Assessment.DELEGATED_CLINICAL;
        if (delegated != refresh.isSetByClinician()) {
            throw Checks.CORE.invalid("refresh", delegated ? "set by clinician for a delegated clinical task"
                    : "every N months or once for " + assessment, refresh);
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Competency that && that.code.equals(code) && that.name.equals(name)
                && that.assessment == assessment && that.refresh.equals(refresh) && that.source.equals(source)
                && that.basis.equals(basis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, assessment, refresh, source, basis);
    }

    @Override
    public String toString() {
        return "Competency[" + code + ", " + assessment + ", " + refresh + "]";
    }

    /**
     * Builds a {@link Competency}. Each setter checks its argument at once; {@link #build()} checks that the refresh
     * period suits the assessment and that every {@link EmployerKind} has a basis. Not thread-safe.
     */
    public static final class Builder {

        private final CompetencyCode code;
        private final String name;
        private Assessment assessment = Assessment.TRAINING;
        private @Nullable RefreshPeriod refresh;
        private @Nullable Source source;
        private final EnumMap<EmployerKind, TrainingBasis> basis = new EnumMap<>(EmployerKind.class);

        private Builder(CompetencyCode code, String name) {
            this.code = code;
            this.name = name;
        }

        /**
         * Sets what a record must show; {@link Assessment#TRAINING} unless set.
         *
         * @param value the assessment, not null
         * @return this builder, not null
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder assessment(Assessment value) {
            this.assessment = Checks.CORE.notNull(value, "assessment");
            return this;
        }

        /**
         * Sets how often the competency is refreshed and where that period comes from. Required.
         *
         * @param period the period, not null; set by the clinician exactly for a delegated clinical task
         * @param periodSource where the period comes from, not null
         * @return this builder, not null
         * @throws InvalidValueException if an argument is null
         */
        public Builder refresh(RefreshPeriod period, Source periodSource) {
            this.refresh = Checks.CORE.notNull(period, "refresh");
            this.source = Checks.CORE.notNull(periodSource, "source");
            return this;
        }

        /**
         * Sets the basis for one kind of employer, replacing any set before.
         *
         * @param kind the kind of employer, not null
         * @param value the basis, not null
         * @return this builder, not null
         * @throws InvalidValueException if an argument is null
         */
        public Builder basis(EmployerKind kind, TrainingBasis value) {
            basis.put(Checks.CORE.notNull(kind, "employerKind"), Checks.CORE.notNull(value, "basis"));
            return this;
        }

        /**
         * Sets the same basis for every kind of employer (an employer's or funder's own competency, say).
         *
         * @param value the basis, not null
         * @return this builder, not null
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder basisForEveryEmployer(TrainingBasis value) {
            Checks.CORE.notNull(value, "basis");
            for (EmployerKind kind : EmployerKind.values()) {
                basis.put(kind, value);
            }
            return this;
        }

        /**
         * Builds the entry. The builder stays usable.
         *
         * @return the entry, not null
         * @throws InvalidValueException if the refresh period is missing or does not suit the assessment, or an
         *     employer kind has no basis
         */
        public Competency build() {
            RefreshPeriod period = Checks.CORE.notNull(refresh, "refresh");
            checkSuits(assessment, period);
            for (EmployerKind kind : EmployerKind.values()) {
                if (!basis.containsKey(kind)) {
                    throw Checks.CORE.invalid("basis[" + kind + "]", "a basis for every employer kind "
                            + Arrays.toString(EmployerKind.values()), null);
                }
            }
            return new Competency(code, name, assessment, period, Checks.CORE.notNull(source, "source"),
                    Collections.unmodifiableMap(new EnumMap<>(basis)));
        }
    }
}
