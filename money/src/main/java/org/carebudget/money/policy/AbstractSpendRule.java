package org.carebudget.money.policy;

import java.util.Optional;
import org.carebudget.core.figures.Source;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.rule.AbstractCitedRule;

/**
 * A base for spend rules that keeps the rule's id, description, severity, source and dates in force, and builds
 * its findings. Immutable and thread-safe if the subclass is.
 */
public abstract class AbstractSpendRule extends AbstractCitedRule<Severity> implements SpendRule {

    /**
     * Creates the rule.
     *
     * @param id the rule's id, not blank
     * @param description what the rule checks, in plain English, not blank
     * @param severity what a finding does to the spend, not null
     * @param source the legal or policy source, not null
     * @param inForce the dates in force, not null
     * @throws org.carebudget.core.InvalidValueException if a value is null or blank
     */
    protected AbstractSpendRule(String id, String description, Severity severity, Source source, DateRange inForce) {
        super(id, description, severity, source, inForce);
    }

    /**
     * Returns a finding of this rule.
     *
     * @param message what was found, with the figures involved, not blank
     * @return the finding, present, not null
     */
    protected final Optional<Finding> finding(String message) {
        return Optional.of(new Finding(id(), message, severity(), source()));
    }

    @Override
    public String toString() {
        return id() + ": " + description();
    }
}
