package org.carebudget.rostering.hours;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One week's staff minutes for a package and funder, Monday to Sunday (clipped to the report's period): budgeted,
 * planned on the rota and delivered on timesheets. Elapsed minutes. Immutable and thread-safe.
 */
public final class WeekHours {

    private final LocalDate monday;
    private final int days;
    private final long budgeted;
    private final long planned;
    private final long delivered;

    WeekHours(LocalDate monday, int days, long budgeted, long planned, long delivered) {
        this.monday = monday;
        this.days = days;
        this.budgeted = budgeted;
        this.planned = planned;
        this.delivered = delivered;
    }

    /**
     * Returns the Monday the week starts.
     *
     * @return the date, not null
     */
    public LocalDate monday() {
        return monday;
    }

    /**
     * Returns how many of the week's days are in the report's period.
     *
     * @return 1 - 7
     */
    public int days() {
        return days;
    }

    /**
     * Returns the staff minutes budgeted for the week's days in the period.
     *
     * @return the minutes
     */
    public long budgetedMinutes() {
        return budgeted;
    }

    /**
     * Returns the staff minutes on the rota (unfilled places included).
     *
     * @return the minutes
     */
    public long plannedMinutes() {
        return planned;
    }

    /**
     * Returns the minutes worked on timesheets.
     *
     * @return the minutes
     */
    public long deliveredMinutes() {
        return delivered;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WeekHours w && w.monday.equals(monday) && w.days == days && w.budgeted == budgeted
                && w.planned == planned && w.delivered == delivered;
    }

    @Override
    public int hashCode() {
        return monday.hashCode() * 31 + Long.hashCode(budgeted * 7 + planned * 3 + delivered);
    }

    @Override
    public String toString() {
        return "WeekHours[" + monday + " budgeted=" + budgeted + " planned=" + planned + " delivered=" + delivered
                + "]";
    }
}
