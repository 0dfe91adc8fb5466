package org.carebudget.money.policy;

import java.util.Optional;
import org.carebudget.core.figures.Source;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;

/**
 * A base for spend rules that keeps the rule's id, description, severity, source and dates in force, and builds
 * its findings. Immutable and thread-safe if the subclass is.
 */
public abstract class AbstractSpendRule implements SpendRule {

    private final String id;
    private final String description;
    private final Severity severity;
    private final Source source;
    private final DateRange inForce;

    /**
     * Creates the rule.
     *
     * @param id the rule's id, not blank
     * @param description what the rule checks, in plain English, not blank
     * @param severity what a finding does to the spend, not null
     * @param source the legal or policy source, not null
     * @param inForce the dates in force, not null
     * @throws LedgerException if a value is null or blank
     */
    protected AbstractSpendRule(String id, String description, Severity severity, Source source, DateRange inForce) {
        this.id = Texts.notBlank(id, "id");
        this.description = Texts.notBlank(description, "description");
        this.severity = LedgerException.notNull(severity, "severity");
        this.source = LedgerException.notNull(source, "source");
        this.inForce = LedgerException.notNull(inForce, "inForce");
    }

    /**
     * Returns a finding of this rule.
     *
     * @param message what was found, with the figures involved, not blank
     * @return the finding, present, not null
     */
    protected final Optional<Finding> finding(String message) {
        return Optional.of(new Finding(id, message, severity, source));
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final Source source() {
        return source;
    }

    @Override
    public final DateRange inForce() {
        return inForce;
    }

    @Override
    public String toString() {
        return id + ": " + description;
    }
}
