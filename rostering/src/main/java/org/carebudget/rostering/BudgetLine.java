package org.carebudget.rostering;

import java.time.LocalDate;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * One line of a support plan's hours budget: so many minutes a week of one kind of shift, funded by one funder,
 * over some dates (a plan reviewed in June has one line to June and another from June). Minutes are staff minutes:
 * a double-up hour uses two. Immutable and thread-safe.
 */
public final class BudgetLine {

    /** The most minutes a week a line may budget: four staff around the clock. */
    public static final int MAX_MINUTES_PER_WEEK = 4 * 7 * 24 * 60;

    private final FunderId funder;
    private final ShiftKind kind;
    private final int minutesPerWeek;
    private final DateRange effective;

    private BudgetLine(FunderId funder, ShiftKind kind, int minutesPerWeek, DateRange effective) {
        this.funder = funder;
        this.kind = kind;
        this.minutesPerWeek = minutesPerWeek;
        this.effective = effective;
    }

    /**
     * Returns the line.
     *
     * @param funder the funder, not null
     * @param kind the kind of shift budgeted, not null
     * @param minutesPerWeek the staff minutes a week, 0 - {@value #MAX_MINUTES_PER_WEEK}
     * @param effective the dates the line applies, not null, starting on a supported date; open-ended until the
     *     plan changes
     * @return the line, not null
     * @throws RosteringException if an argument is null or out of range
     */
    public static BudgetLine of(@Nullable FunderId funder, @Nullable ShiftKind kind, int minutesPerWeek,
            @Nullable DateRange effective) {
        RosteringException.CHECKS.notNull(funder, "funder");
        RosteringException.CHECKS.notNull(kind, "kind");
        RosteringException.CHECKS.inRange(minutesPerWeek, 0, MAX_MINUTES_PER_WEEK, "minutesPerWeek");
        RosteringException.CHECKS.notNull(effective, "effective");
        LocalDate end = effective.end().orElse(null);
        if (!SupportedDates.contains(effective.start()) || (end != null && (!end.isAfter(effective.start())
                || end.isAfter(SupportedDates.LAST.plusDays(1))))) {
            throw new RosteringException("effective", "at least one day, starting within " + SupportedDates.FIRST
                    + " - " + SupportedDates.LAST, effective);
        }
        return new BudgetLine(funder, kind, minutesPerWeek, effective);
    }

    /**
     * Returns the funder.
     *
     * @return the funder, not null
     */
    public FunderId funder() {
        return funder;
    }

    /**
     * Returns the kind of shift budgeted.
     *
     * @return the kind, not null
     */
    public ShiftKind kind() {
        return kind;
    }

    /**
     * Returns the staff minutes a week.
     *
     * @return the minutes, 0 - {@value #MAX_MINUTES_PER_WEEK}
     */
    public int minutesPerWeek() {
        return minutesPerWeek;
    }

    /**
     * Returns the dates the line applies.
     *
     * @return the dates, not null
     */
    public DateRange effective() {
        return effective;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BudgetLine l && l.funder.equals(funder) && l.kind == kind
                && l.minutesPerWeek == minutesPerWeek && l.effective.equals(effective);
    }

    @Override
    public int hashCode() {
        return ((funder.hashCode() * 31 + kind.hashCode()) * 31 + minutesPerWeek) * 31 + effective.hashCode();
    }

    @Override
    public String toString() {
        return "BudgetLine[" + funder + " " + kind + " " + minutesPerWeek + " min/week " + effective + "]";
    }
}
