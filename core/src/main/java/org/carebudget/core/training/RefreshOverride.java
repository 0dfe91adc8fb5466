package org.carebudget.core.training;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;

/**
 * An employer's or funder's own refresh period for one competency, replacing the catalogue default for the PAs it
 * applies to (for example an employer requiring infection prevention every 12 months where the default is 36). An
 * override may tighten a clinician's cap but never lift it ({@link Competency#withRefresh}). Immutable and
 * thread-safe.
 *
 * @param scope whose policy it is, not null
 * @param code the competency, not null
 * @param refresh the period, not null
 * @param source the policy that sets it, not null
 */
public record RefreshOverride(OverrideScope scope, CompetencyCode code, RefreshPeriod refresh, Source source) {

    /**
     * Validates the override.
     *
     * @param scope whose policy it is, not null
     * @param code the competency, not null
     * @param refresh the period, not null
     * @param source the policy that sets it, not null
     * @throws InvalidValueException if a component is null
     */
    public RefreshOverride {
        InvalidValueException.requireNonNull(scope, "scope");
        InvalidValueException.requireNonNull(code, "code");
        InvalidValueException.requireNonNull(refresh, "refresh");
        InvalidValueException.requireNonNull(source, "source");
    }
}
