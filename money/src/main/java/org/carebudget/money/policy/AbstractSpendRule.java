package org.carebudget.money.policy;

import java.util.Optional;
import org.carebudget.core.figures.Source;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.rule.AbstractCitedRule;

/**
 * A base for spend rules that keeps the rule's id, description, severity, source and dates in force, and builds
 * its findings. Immutable and thread-safe if the subclass is.
 */
public abstract class AbstractSpendRule extends AbstractCitedRule<SpendSeverity> implements SpendRule {

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
    protected AbstractSpendRule(String id, String description, SpendSeverity severity, Source source, DateRange inForce) {
        super(id, description, severity, source, inForce);
    }

    /**
     * Returns a finding of this rule.
     *
     * @param message what was found, with the figures involved, not blank
     * @return the finding, present, not null
     */
    protected final Optional<SpendFinding> finding(String message) {
        return Optional.of(SpendFinding.of(id(), severity(), message, source()));
    }

    /**
     * Returns a finding of this rule with the figures it computed.
     *
     * @param message what was found, with the figures involved, not blank
     * @param computed the figure computed, such as the total counted, not null
     * @param heldAgainst the figure it was held against, such as the limit, not null
     * @return the finding, present, not null
     */
    protected final Optional<SpendFinding> finding(String message, Gbp computed, Gbp heldAgainst) {
        return Optional.of(SpendFinding.of(id(), severity(), message, source()).withFigures(computed, heldAgainst));
    }

    @Override
    public String toString() {
        return id() + ": " + description();
    }
}
