package org.carebudget.core.figures;

import org.carebudget.core.time.DateRange;

/**
 * A row of the effective-dated figures table: the dates it is in force and its source.
 * Implementations are immutable and thread-safe.
 */
public interface DatedFigures {

    /**
     * Returns the dates the figures are in force.
     *
     * @return the half-open range, not null
     */
    DateRange inForce();

    /**
     * Returns where the figures come from.
     *
     * @return the source, not null
     */
    Source source();
}
