package org.carebudget.core.rule;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.time.DateRange;

/**
 * A base for rules that keeps the id, description, severity, source and dates in force, checked once here.
 * Immutable and thread-safe if the subclass is.
 *
 * @param <S> the capability's severity type
 */
public abstract class AbstractCitedRule<S> implements CitedRule<S> {

    private final String id;
    private final String description;
    private final S severity;
    private final Source source;
    private final DateRange inForce;

    /**
     * Creates the rule.
     *
     * @param id the rule's id, not blank
     * @param description what the rule checks, in plain English, not blank
     * @param severity what a finding means, not null
     * @param source the law or policy implemented, not null
     * @param inForce the dates in force, not null
     * @throws InvalidValueException if a value is null or blank
     */
    protected AbstractCitedRule(String id, String description, S severity, Source source, DateRange inForce) {
        this.id = InvalidValueException.requireNotBlank(id, "id");
        this.description = InvalidValueException.requireNotBlank(description, "description");
        this.severity = InvalidValueException.requireNonNull(severity, "severity");
        this.source = InvalidValueException.requireNonNull(source, "source");
        this.inForce = InvalidValueException.requireNonNull(inForce, "inForce");
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
    public final S severity() {
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
}
