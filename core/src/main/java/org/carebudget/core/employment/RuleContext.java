package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.function.BiFunction;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.EmployerDuties;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.PensionThresholds;
import org.carebudget.core.figures.UkFigures;

/**
 * What a rule is evaluated against besides the employment: the date, the UK figures, and how far ahead to warn
 * of lapses. Immutable and thread-safe.
 */
public final class RuleContext {

    private final LocalDate asOf;
    private final UkFigures figures;
    private final LocalDate horizon;
    private final FigureIndex index;

    private RuleContext(LocalDate asOf, UkFigures figures, LocalDate horizon, FigureIndex index) {
        this.asOf = asOf;
        this.figures = figures;
        this.horizon = horizon;
        this.index = index;
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
        return of(asOf, figures, lookaheadDays, new FigureIndex(figures));
    }

    static RuleContext of(LocalDate asOf, UkFigures figures, int lookaheadDays, FigureIndex index) {
        InvalidValueException.requireNonNull(asOf, "asOf");
        InvalidValueException.requireInRange(lookaheadDays, 0, 3660, "lookaheadDays");
        return new RuleContext(asOf, figures, asOf.plusDays(lookaheadDays + 1L), index);
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
     * Returns the minimum wage rates in force on a date, as {@link UkFigures#minimumWageOn} but without allocation.
     *
     * @param date the date, not null
     * @return the rates, not null
     * @throws InvalidValueException if the figures hold no row for {@code date}
     */
    public MinimumWage minimumWageOn(LocalDate date) {
        return orTable(index.minimumWage.on(date), date, UkFigures::minimumWageOn);
    }

    /**
     * Returns the minimum wage rates in force on a date if the figures hold them, for looking ahead to a date the
     * table may not reach yet.
     *
     * @param date the date, not null
     * @return the rates, or null if the figures hold no row for {@code date}
     * @throws InvalidValueException if {@code date} is null
     */
    public MinimumWage minimumWageIfKnown(LocalDate date) {
        return index.minimumWage.on(InvalidValueException.requireNonNull(date, "date"));
    }

    /**
     * Returns the employer NI and PAYE figures for a date, as {@link UkFigures#employerCostsOn}.
     *
     * @param date the date, not null
     * @return the figures, not null
     * @throws InvalidValueException if the figures hold no row for {@code date}
     */
    public EmployerCosts employerCostsOn(LocalDate date) {
        return orTable(index.employerCosts.on(date), date, UkFigures::employerCostsOn);
    }

    /**
     * Returns the workplace pension thresholds for a date, as {@link UkFigures#pensionOn}.
     *
     * @param date the date, not null
     * @return the thresholds, not null
     * @throws InvalidValueException if the figures hold no row for {@code date}
     */
    public PensionThresholds pensionOn(LocalDate date) {
        return orTable(index.pension.on(date), date, UkFigures::pensionOn);
    }

    /**
     * Returns the holiday figures for a date, as {@link UkFigures#holidayOn}.
     *
     * @param date the date, not null
     * @return the figures, not null
     * @throws InvalidValueException if the figures hold no row for {@code date}
     */
    public HolidayFigures holidayOn(LocalDate date) {
        return orTable(index.holiday.on(date), date, UkFigures::holidayOn);
    }

    /**
     * Returns the employer duties figures for a date, as {@link UkFigures#employerDutiesOn}.
     *
     * @param date the date, not null
     * @return the figures, not null
     * @throws InvalidValueException if the figures hold no row for {@code date}
     */
    public EmployerDuties employerDutiesOn(LocalDate date) {
        return orTable(index.duties.on(date), date, UkFigures::employerDutiesOn);
    }

    private <T> T orTable(T indexed, LocalDate date, BiFunction<UkFigures, LocalDate, T> lookup) {
        return indexed != null ? indexed : lookup.apply(figures, InvalidValueException.requireNonNull(date, "date"));
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
