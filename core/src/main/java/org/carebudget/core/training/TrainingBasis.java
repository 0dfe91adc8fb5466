package org.carebudget.core.training;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.jspecify.annotations.Nullable;

/**
 * Why one kind of employer must or should see that a PA holds a competency: the {@link Obligation}s that apply and
 * the law, condition or guidance cited. A catalogue entry holds one per {@link org.carebudget.core.employment.EmployerKind}
 * ({@link Competency#basis}): the same training is law for a registered provider and a funder condition and good
 * practice for a person employing a PA directly.
 *
 * <p>Immutable and thread-safe.
 */
public final class TrainingBasis {

    private final Set<Obligation> obligations;
    private final Source source;

    private TrainingBasis(Set<Obligation> obligations, Source source) {
        this.obligations = obligations;
        this.source = source;
    }

    /**
     * Returns a basis.
     *
     * @param obligations the obligations that apply, not null, at least one, no null element
     * @param source the law, condition or guidance cited, not null
     * @return the basis, not null
     * @throws InvalidValueException if an argument or element is null, or {@code obligations} is empty
     */
    public static TrainingBasis of(Collection<Obligation> obligations, Source source) {
        Set<Obligation> copy = Checks.CORE.set(obligations, Obligation.values().length, "obligations");
        if (copy.isEmpty()) {
            throw Checks.CORE.invalid("obligations", "at least one of " + Set.of(Obligation.values()), "none");
        }
        return new TrainingBasis(Collections.unmodifiableSet(EnumSet.copyOf(copy)),
                Checks.CORE.notNull(source, "source"));
    }

    /**
     * Returns a basis of one or more obligations.
     *
     * @param source the law, condition or guidance cited, not null
     * @param first an obligation that applies, not null
     * @param more further obligations, not null, no null element
     * @return the basis, not null
     * @throws InvalidValueException if an argument or element is null
     */
    public static TrainingBasis of(Source source, Obligation first, Obligation... more) {
        Checks.CORE.notNull(first, "obligation");
        EnumSet<Obligation> all = EnumSet.of(first);
        for (Obligation next : Checks.CORE.notNull(more, "obligations")) {
            all.add(Checks.CORE.notNull(next, "obligations[]"));
        }
        return of(all, source);
    }

    /**
     * Returns the obligations that apply, in declaration order.
     *
     * @return the obligations, not empty, unmodifiable
     */
    public Set<Obligation> obligations() {
        return obligations;
    }

    /**
     * Returns the law, condition or guidance cited.
     *
     * @return the source, not null
     */
    public Source source() {
        return source;
    }

    /**
     * Returns whether law binds this kind of employer whatever the facts of the employment ({@link Obligation#LAW}).
     *
     * @return true if {@link Obligation#LAW} applies
     */
    public boolean isLaw() {
        return obligations.contains(Obligation.LAW);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TrainingBasis that && that.obligations.equals(obligations)
                && that.source.equals(source);
    }

    @Override
    public int hashCode() {
        return obligations.hashCode() * 31 + source.hashCode();
    }

    @Override
    public String toString() {
        return obligations + ": " + source;
    }
}
