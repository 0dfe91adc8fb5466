package org.carebudget.rostering;

import java.time.LocalDate;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * Hours a personal assistant declares working for an employer outside this caseload (a care agency, a shop): they
 * count with the rostered hours towards the 48-hour average and a young worker's 40-hour week, which apply across
 * all of a worker's jobs. Declared as minutes a week, spread evenly over the days of each week. Immutable and
 * thread-safe.
 */
public final class DeclaredHours {

    /** The most minutes a week a declaration may give: 168 hours. */
    public static final int MAX_MINUTES_PER_WEEK = 7 * 24 * 60;

    private final PersonalAssistantId personalAssistant;
    private final EmployerId employer;
    private final int minutesPerWeek;
    private final DateRange days;

    private DeclaredHours(PersonalAssistantId personalAssistant, EmployerId employer, int minutesPerWeek,
            DateRange days) {
        this.personalAssistant = personalAssistant;
        this.employer = employer;
        this.minutesPerWeek = minutesPerWeek;
        this.days = days;
    }

    /**
     * Returns the declaration.
     *
     * @param personalAssistant the PA, not null
     * @param employer the other employer, not null
     * @param minutesPerWeek the minutes worked there each week, 1 - {@value #MAX_MINUTES_PER_WEEK}
     * @param days the days it applies, not null, not empty, starting on a supported date; open-ended while it
     *     continues
     * @return the declaration, not null
     * @throws RosteringException if an argument is null or out of range
     */
    public static DeclaredHours of(@Nullable PersonalAssistantId personalAssistant, @Nullable EmployerId employer,
            int minutesPerWeek, @Nullable DateRange days) {
        RosteringException.CHECKS.notNull(personalAssistant, "personalAssistant");
        RosteringException.CHECKS.notNull(employer, "employer");
        RosteringException.CHECKS.inRange(minutesPerWeek, 1, MAX_MINUTES_PER_WEEK, "minutesPerWeek");
        RosteringException.CHECKS.notNull(days, "days");
        LocalDate end = days.end().orElse(null);
        if (!SupportedDates.contains(days.start()) || (end != null && (!end.isAfter(days.start())
                || end.isAfter(SupportedDates.LAST.plusDays(1))))) {
            throw new RosteringException("days", "at least one day, starting within " + SupportedDates.FIRST + " - "
                    + SupportedDates.LAST, days);
        }
        return new DeclaredHours(personalAssistant, employer, minutesPerWeek, days);
    }

    /**
     * Returns the PA.
     *
     * @return the PA, not null
     */
    public PersonalAssistantId personalAssistant() {
        return personalAssistant;
    }

    /**
     * Returns the other employer.
     *
     * @return the employer, not null
     */
    public EmployerId employer() {
        return employer;
    }

    /**
     * Returns the minutes worked there each week.
     *
     * @return the minutes, 1 - {@value #MAX_MINUTES_PER_WEEK}
     */
    public int minutesPerWeek() {
        return minutesPerWeek;
    }

    /**
     * Returns the days the declaration applies.
     *
     * @return the days, not null; open-ended while it continues
     */
    public DateRange days() {
        return days;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DeclaredHours d && d.personalAssistant.equals(personalAssistant)
                && d.employer.equals(employer) && d.minutesPerWeek == minutesPerWeek && d.days.equals(days);
    }

    @Override
    public int hashCode() {
        return ((personalAssistant.hashCode() * 31 + employer.hashCode()) * 31 + minutesPerWeek) * 31
                + days.hashCode();
    }

    @Override
    public String toString() {
        return "DeclaredHours[" + personalAssistant + " at " + employer + " " + minutesPerWeek + " min/week " + days
                + "]";
    }
}
