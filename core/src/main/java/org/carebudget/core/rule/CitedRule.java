package org.carebudget.core.rule;

import java.time.LocalDate;
import org.carebudget.core.figures.Source;
import org.carebudget.core.time.DateRange;

/**
 * A rule that says what it checks and cites what it implements. Each capability's rule type (an employment
 * compliance rule, a spend-policy rule) extends this with its own evaluation and its own severity type.
 * Implementations are immutable and thread-safe.
 *
 * @param <S> the capability's severity type
 */
public interface CitedRule<S> {

    /**
     * Returns the rule's id, unique among the rules evaluated together, such as {@code "dbs.enhanced-check"}.
     *
     * @return the id, not blank
     */
    String id();

    /**
     * Returns what the rule checks, in plain English.
     *
     * @return the description, not blank
     */
    String description();

    /**
     * Returns what a finding of this rule means for what was checked.
     *
     * @return the severity, not null
     */
    S severity();

    /**
     * Returns the law or policy the rule implements.
     *
     * @return the source, not null
     */
    Source source();

    /**
     * Returns the dates the rule is in force.
     *
     * @return the dates, not null
     */
    DateRange inForce();

    /**
     * Returns whether the rule is in force on a date.
     *
     * @param date the date, not null
     * @return true if {@link #inForce()} contains it
     */
    default boolean inForceOn(LocalDate date) {
        return inForce().contains(date);
    }
}
