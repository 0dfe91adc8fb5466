package org.carebudget.rostering;

import java.time.LocalDate;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * A worker's written agreement with one employer that the 48-hour average should not apply (reg. 4(1), 5), from the
 * day signed to the day it stops after being withdrawn. Days opted out are excluded days for that employer's
 * average (reg. 4(7)). An adult only: a young worker cannot opt out of the 40-hour week. A vendor maps each
 * {@code core.employment.WorkingTimeOptOut} to one of these with its employment's employer. Immutable and
 * thread-safe.
 */
public final class OptOut {

    private final EmployerId employer;
    private final DateRange days;

    private OptOut(EmployerId employer, DateRange days) {
        this.employer = employer;
        this.days = days;
    }

    /**
     * Returns the opt-out.
     *
     * @param employer the employer it was agreed with, not null
     * @param days from the day signed to the day it stops (exclusive), not null, starting on a supported date;
     *     open-ended while not withdrawn
     * @return the opt-out, not null
     * @throws RosteringException if an argument is null or the days unsupported or empty
     */
    public static OptOut of(@Nullable EmployerId employer, @Nullable DateRange days) {
        RosteringException.CHECKS.notNull(employer, "employer");
        RosteringException.CHECKS.notNull(days, "days");
        LocalDate end = days.end().orElse(null);
        if (!SupportedDates.contains(days.start()) || (end != null && (!end.isAfter(days.start())
                || end.isAfter(SupportedDates.LAST.plusDays(1))))) {
            throw new RosteringException("days", "at least one day, starting within " + SupportedDates.FIRST + " - "
                    + SupportedDates.LAST, days);
        }
        return new OptOut(employer, days);
    }

    /**
     * Returns the employer.
     *
     * @return the employer, not null
     */
    public EmployerId employer() {
        return employer;
    }

    /**
     * Returns the days it applies.
     *
     * @return the days, not null
     */
    public DateRange days() {
        return days;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OptOut o && o.employer.equals(employer) && o.days.equals(days);
    }

    @Override
    public int hashCode() {
        return employer.hashCode() * 31 + days.hashCode();
    }

    @Override
    public String toString() {
        return "OptOut[" + employer + " " + days + "]";
    }
}
