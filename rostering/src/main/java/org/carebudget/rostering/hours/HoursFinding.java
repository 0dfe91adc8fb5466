package org.carebudget.rostering.hours;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.figures.Source;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.rule.CitedFinding;
import org.carebudget.rostering.Severity;
import org.jspecify.annotations.Nullable;

/**
 * A package's hours of one funder against budget: under-used or over-used in a week, or forecast to end the period
 * over or under budget. Typed figures: the minutes budgeted, the minutes measured (delivered, planned or forecast)
 * and the threshold in percent. Immutable and thread-safe.
 */
public final class HoursFinding implements CitedFinding<Severity> {

    private final HoursSignal signal;
    private final String message;
    private final @Nullable LocalDate actBefore;
    private final CarePackageId carePackage;
    private final FunderId funder;
    private final @Nullable LocalDate week;
    private final long budgetedMinutes;
    private final long measuredMinutes;
    private final int thresholdPercent;

    HoursFinding(HoursSignal signal, String message, @Nullable LocalDate actBefore, CarePackageId carePackage,
            FunderId funder, @Nullable LocalDate week, long budgetedMinutes, long measuredMinutes,
            int thresholdPercent) {
        this.signal = signal;
        this.message = message;
        this.actBefore = actBefore;
        this.carePackage = carePackage;
        this.funder = funder;
        this.week = week;
        this.budgetedMinutes = budgetedMinutes;
        this.measuredMinutes = measuredMinutes;
        this.thresholdPercent = thresholdPercent;
    }

    @Override
    public String ruleId() {
        return signal.ruleId();
    }

    @Override
    public Severity severity() {
        return signal.severity();
    }

    @Override
    public String message() {
        return message;
    }

    @Override
    public Source source() {
        return signal.source();
    }

    /**
     * Returns the day acting is late: for hours planned over budget in a week ahead, its Monday.
     *
     * @return the day, or null when nothing is due by a date
     */
    @Override
    public @Nullable LocalDate actBefore() {
        return actBefore;
    }

    /**
     * Returns what was found.
     *
     * @return the signal, not null
     */
    public HoursSignal signal() {
        return signal;
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
     * Returns the Monday of the week concerned.
     *
     * @return the date, or null for a forecast over the period
     */
    public @Nullable LocalDate week() {
        return week;
    }

    /**
     * Returns the staff minutes budgeted (for the week or the period).
     *
     * @return the minutes
     */
    public long budgetedMinutes() {
        return budgetedMinutes;
    }

    /**
     * Returns the minutes measured: delivered in a completed week, planned in a week ahead, or forecast.
     *
     * @return the minutes
     */
    public long measuredMinutes() {
        return measuredMinutes;
    }

    /**
     * Returns the threshold that was crossed, in percent of the budget.
     *
     * @return the percent, 0 - 100
     */
    public int thresholdPercent() {
        return thresholdPercent;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HoursFinding f && f.signal == signal && f.carePackage.equals(carePackage)
                && f.funder.equals(funder) && Objects.equals(f.week, week) && f.budgetedMinutes == budgetedMinutes
                && f.measuredMinutes == measuredMinutes && f.thresholdPercent == thresholdPercent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(signal, carePackage, funder, week);
    }

    @Override
    public String toString() {
        return ruleId() + " " + carePackage + " " + funder + ": " + message;
    }
}
