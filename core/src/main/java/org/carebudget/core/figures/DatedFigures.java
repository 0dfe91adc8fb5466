package org.carebudget.core.figures;

import org.carebudget.core.time.DateRange;

/**
 * A row of the effective-dated figures table ({@link UkFigures}): the dates it is in force and its source. Each kind
 * of row ({@link MinimumWage}, {@link EmployerCosts}, ...) is a series in the table, looked up by its class. A vendor
 * may add a kind of their own. Implementations are immutable and thread-safe.
 */
public interface DatedFigures {

    /**
     * Returns the dates the figures are in force.
     *
     * @return the half-open range, not null
     */
    DateRange inForce();

    /**
     * Returns where the figures come from and how far they were confirmed.
     *
     * @return the source, not null
     */
    Source source();
}
