package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.DatedFigures;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * What a rule is evaluated against besides the employment: the date, the UK figures, and how far ahead to warn of
 * lapses. The lookahead of {@code n} days covers {@code [asOf, asOf + n)}: a lapse is warned of when the last day to
 * act ({@code actBefore - 1}) falls in it. Immutable and thread-safe.
 */
public final class RuleContext {

    /** The longest lookahead, in days (ten years). */
    public static final int MAX_LOOKAHEAD_DAYS = 3660;

    private final LocalDate asOf;
    private final UkFigures figures;
    private final int lookaheadDays;
    private final LocalDate lookaheadEnd;

    private RuleContext(LocalDate asOf, UkFigures figures, int lookaheadDays) {
        this.asOf = asOf;
        this.figures = figures;
        this.lookaheadDays = lookaheadDays;
        LocalDate end = asOf.plusDays(lookaheadDays);
        LocalDate last = SupportedDates.LAST.plusDays(1);
        this.lookaheadEnd = end.isAfter(last) ? last : end;
    }

    /**
     * Returns a context.
     *
     * @param asOf the date of the evaluation, a supported date, not null
     * @param figures the UK figures, not null
     * @param lookaheadDays how many days ahead to warn of lapses, 0 - {@value #MAX_LOOKAHEAD_DAYS}
     * @return the context, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static RuleContext of(LocalDate asOf, UkFigures figures, int lookaheadDays) {
        Checks.CORE.date(asOf, "asOf");
        Checks.CORE.notNull(figures, "figures");
        Checks.CORE.inRange(lookaheadDays, 0, MAX_LOOKAHEAD_DAYS, "lookaheadDays");
        return new RuleContext(asOf, figures, lookaheadDays);
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
     * Returns the figures row of a kind in force on a date, or null where the table has none (the rule then reports a
     * {@link ComplianceSeverity#NOT_CHECKED} finding).
     *
     * @param <T> the row type
     * @param kind the kind of row, not null
     * @param date the date, a supported date, not null
     * @return the row, or null
     * @throws InvalidValueException if an argument is null or the date unsupported
     */
    public <T extends DatedFigures> @Nullable T find(Class<T> kind, LocalDate date) {
        return figures.find(kind, date);
    }

    /**
     * Returns how many days ahead lapses are warned of.
     *
     * @return 0 - {@value #MAX_LOOKAHEAD_DAYS}
     */
    public int lookaheadDays() {
        return lookaheadDays;
    }

    /**
     * Returns the first day after the lookahead window, {@code asOf + lookaheadDays}, or the day after the last
     * supported date if that is sooner.
     *
     * @return the date, not null
     */
    public LocalDate lookaheadEnd() {
        return lookaheadEnd;
    }

    /**
     * Returns whether a lapse falls due within the lookahead window: it is not yet late, and its last day to act is
     * in the window.
     *
     * @param actBefore the first day on which acting is late, not null
     * @return true when {@code asOf < actBefore <= lookaheadEnd}
     * @throws InvalidValueException if {@code actBefore} is null
     */
    public boolean dueWithinLookahead(LocalDate actBefore) {
        Checks.CORE.notNull(actBefore, "actBefore");
        return actBefore.isAfter(asOf) && !actBefore.isAfter(lookaheadEnd);
    }

    /**
     * Returns the day after a date: the {@code actBefore} of something due on or before it.
     *
     * @param date a supported date, not null
     * @return the next day, at most the day after {@link SupportedDates#LAST}
     * @throws InvalidValueException if {@code date} is null or unsupported
     */
    public static LocalDate dayAfter(LocalDate date) {
        return Checks.CORE.date(date, "date").plusDays(1);
    }
}
