package org.carebudget.money.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.carebudget.core.figures.Source;
import org.carebudget.core.time.DateRange;

/**
 * One rule of a spend policy: an id, a plain-English description, a severity, the source it implements and the
 * dates it is in force. Vendors add their own by implementing it (or extending {@link AbstractSpendRule}).
 * Implementations must be immutable and thread-safe and must not change the history they read.
 */
public interface SpendRule {

    /**
     * Returns the rule's id, unique within a policy.
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
     * Returns what a finding of this rule does to the spend.
     *
     * @return the severity, not null
     */
    Severity severity();

    /**
     * Returns the legal or policy source the rule implements.
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
     * Checks a spend.
     *
     * @param request the spend, not null
     * @param history the budget's past spending, not null
     * @return a finding if the rule objects to the spend, else empty; never null
     */
    Optional<Finding> evaluate(SpendRequest request, SpendHistory history);

    /**
     * Returns whether the rule is in force on a date.
     *
     * @param date the date, not null
     * @return true if in force
     */
    default boolean inForceOn(LocalDate date) {
        return inForce().contains(date);
    }
}
