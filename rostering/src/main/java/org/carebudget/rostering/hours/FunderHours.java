package org.carebudget.rostering.hours;

import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.jspecify.annotations.Nullable;

/**
 * A package's use of one funder's hours over a report's period: budgeted, planned and delivered staff minutes in
 * all and week by week, the variance, the trend of recent completed weeks and the forecast at the period's end at
 * the recent rate. Elapsed minutes. Immutable and thread-safe.
 */
public final class FunderHours {

    private final CarePackageId carePackage;
    private final FunderId funder;
    private final long budgeted;
    private final long budgetedToDate;
    private final long planned;
    private final long delivered;
    private final List<WeekHours> weeks;
    private final long trend;
    private final long forecast;

    FunderHours(CarePackageId carePackage, FunderId funder, long budgeted, long budgetedToDate, long planned,
            long delivered, List<WeekHours> weeks, long trend, long forecast) {
        this.carePackage = carePackage;
        this.funder = funder;
        this.budgeted = budgeted;
        this.budgetedToDate = budgetedToDate;
        this.planned = planned;
        this.delivered = delivered;
        this.weeks = List.copyOf(weeks);
        this.trend = trend;
        this.forecast = forecast;
    }

    /**
     * Returns the package.
     *
     * @return the package, not null
     */
    public CarePackageId carePackage() {
        return carePackage;
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
     * Returns the staff minutes budgeted over the period.
     *
     * @return the minutes
     */
    public long budgetedMinutes() {
        return budgeted;
    }

    /**
     * Returns the staff minutes on the rota over the period.
     *
     * @return the minutes
     */
    public long plannedMinutes() {
        return planned;
    }

    /**
     * Returns the minutes delivered so far (to the report's {@code asOf}).
     *
     * @return the minutes
     */
    public long deliveredMinutes() {
        return delivered;
    }

    /**
     * Returns the staff minutes budgeted for the period's days before {@code asOf}.
     *
     * @return the minutes
     */
    public long budgetedToDateMinutes() {
        return budgetedToDate;
    }

    /**
     * Returns delivered minus the minutes budgeted for the days before {@code asOf}: negative when under-used.
     *
     * @return the variance in minutes
     */
    public long varianceToDateMinutes() {
        return delivered - budgetedToDate;
    }

    /**
     * Returns the week-by-week figures, by Monday.
     *
     * @return the weeks, not null
     */
    public List<WeekHours> weeks() {
        return weeks;
    }

    /**
     * Returns the trend: the change in delivered minutes per week, per week, fitted over the recent completed weeks
     * (least squares); positive when rising.
     *
     * @return the minutes per week per week
     */
    public long trendMinutesPerWeek() {
        return trend;
    }

    /**
     * Returns the forecast of minutes delivered by the period's end: delivered so far plus the recent completed
     * weeks' daily rate over the days left.
     *
     * @return the minutes
     */
    public long forecastMinutes() {
        return forecast;
    }

    /**
     * Returns the forecast position at the period's end: forecast minus budget.
     *
     * @return the minutes, positive when over budget
     */
    public long forecastVarianceMinutes() {
        return forecast - budgeted;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FunderHours f && f.carePackage.equals(carePackage) && f.funder.equals(funder)
                && f.budgeted == budgeted && f.planned == planned && f.delivered == delivered
                && f.weeks.equals(weeks) && f.trend == trend && f.forecast == forecast;
    }

    @Override
    public int hashCode() {
        return carePackage.hashCode() * 31 + funder.hashCode();
    }

    @Override
    public String toString() {
        return "FunderHours[" + carePackage + " " + funder + " budgeted=" + budgeted + " planned=" + planned
                + " delivered=" + delivered + " forecast=" + forecast + "]";
    }
}
