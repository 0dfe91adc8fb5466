package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.UkFigures;

/**
 * What a rule is evaluated against besides the employment: the date, the UK figures, and how far ahead to warn
 * of lapses. Immutable and thread-safe.
 */
public final class RuleContext {

    private final LocalDate asOf;
    private final UkFigures figures;
    private final LocalDate horizon;

    private RuleContext(LocalDate asOf, UkFigures figures, LocalDate horizon) {
        this.asOf = asOf;
        this.figures = figures;
        this.horizon = horizon;
    }

    /**
     * Returns a context.
     *
     * @param asOf the date of the evaluation, not null
     * @param figures the UK figures, not null
     * @param lookaheadDays how many days ahead to warn of lapses, 0 - 3660
     * @return the context, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static RuleContext of(LocalDate asOf, UkFigures figures, int lookaheadDays) {
        InvalidValueException.requireNonNull(asOf, "asOf");
        InvalidValueException.requireNonNull(figures, "figures");
        InvalidValueException.requireInRange(lookaheadDays, 0, 3660, "lookaheadDays");
        return new RuleContext(asOf, figures, asOf.plusDays(lookaheadDays + 1L));
    }

    /**
     * Returns the date of the evaluation.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the UK figures.
     *
     * @return the figures, not null
     */
    public UkFigures figures() {
        return figures;
    }

    /**
     * Returns the day after the lookahead window: warnings are given for lapses before it.
     *
     * @return the date, after {@link #asOf()}, not null
     */
    public LocalDate horizon() {
        return horizon;
    }

    /**
     * Returns whether a date falls after the evaluation date but within the lookahead window.
     *
     * @param date the date, not null
     * @return true when {@code asOf < date < horizon}
     */
    public boolean upcoming(LocalDate date) {
        return date.isAfter(asOf) && date.isBefore(horizon);
    }
}
