package org.carebudget.core.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * How long, from a date, a PA stays competent for a set of tasks for one person: competent on every day of
 * {@code [from, until)}, and not on {@code until} (exclusive, as every date that ends something in
 * {@code org.carebudget.core}). Renewals that follow without a gap extend it. When the PA is not competent on
 * {@code from} itself, {@code until} equals {@code from} and the period is empty.
 *
 * <p>From {@link TrainingRegister#competentUntil}: ask once per PA and task set as of the first day of a look-ahead,
 * then answer each shift with {@link #covers(Instant, Instant)}: two comparisons of instants, with no register or
 * time-zone lookup. Days are UK (Europe/London) dates. Immutable and thread-safe.
 */
public final class CompetentPeriod {

    private final PersonalAssistantId personalAssistant;
    private final PersonId person;
    private final LocalDate from;
    private final @Nullable LocalDate until;
    private final @Nullable CompetencyCode limitedBy;
    private final int fromDay;
    private final int untilDay;
    /** The instants the first day starts and the first day without competence starts (none when it never ends). */
    private final Instant fromStart;
    private final @Nullable Instant untilStart;

    /** Creates a period the register has computed; {@code untilDay} is {@link Days#NEVER} when it never ends. */
    CompetentPeriod(PersonalAssistantId personalAssistant, PersonId person, int fromDay, int untilDay,
            @Nullable CompetencyCode limitedBy) {
        this.personalAssistant = personalAssistant;
        this.person = person;
        this.fromDay = fromDay;
        this.untilDay = untilDay;
        this.from = LocalDate.ofEpochDay(fromDay);
        this.until = Days.date(untilDay);
        this.limitedBy = limitedBy;
        this.fromStart = Instant.ofEpochSecond(Days.londonStartSecond(fromDay));
        this.untilStart = untilDay == Days.NEVER ? null : Instant.ofEpochSecond(Days.londonStartSecond(untilDay));
    }

    /**
     * Returns a period.
     *
     * @param personalAssistant the PA, not null
     * @param person the person cared for, not null
     * @param from the first day, not null, within {@link SupportedDates}
     * @param until the first day the PA is not competent, not before {@code from}; null when it never ends
     * @param limitedBy the competency that ends the period (lapsing, expired or missing); null exactly when
     *     {@code until} is null
     * @return the period, not null
     * @throws InvalidValueException if a required argument is null, a date is unsupported or {@code until} is before
     *     {@code from}, or {@code limitedBy} does not match {@code until}
     */
    public static CompetentPeriod of(PersonalAssistantId personalAssistant, PersonId person,
            LocalDate from, @Nullable LocalDate until, @Nullable CompetencyCode limitedBy) {
        Checks.CORE.notNull(personalAssistant, "personalAssistant");
        Checks.CORE.notNull(person, "person");
        int fromDay = Days.of(from, "from");
        if (until != null && (until.isBefore(from) || until.isAfter(SupportedDates.LAST.plusYears(11)))) {
            throw Checks.CORE.invalid("until", "null or from " + from + " to " + SupportedDates.LAST.plusYears(11),
                    until);
        }
        if ((until == null) != (limitedBy == null)) {
            throw Checks.CORE.invalid("limitedBy", "null exactly when until is null", limitedBy);
        }
        return new CompetentPeriod(personalAssistant, person, fromDay,
                until == null ? Days.NEVER : (int) until.toEpochDay(), limitedBy);
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
     * Returns the person cared for.
     *
     * @return the person, not null
     */
    public PersonId person() {
        return person;
    }

    /**
     * Returns the first day of the period, the day asked from.
     *
     * @return the day, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the first day on or after {@link #from()} on which the PA is not competent.
     *
     * @return the day (exclusive end), {@link #from()} when not competent then, or null when the period never ends
     *     (every competency done once)
     */
    public @Nullable LocalDate until() {
        return until;
    }

    /**
     * Returns the competency that ends the period: the first to lapse, or one missing or expired on {@code from}.
     *
     * @return the competency, or null exactly when the period never ends
     */
    public @Nullable CompetencyCode limitedBy() {
        return limitedBy;
    }

    /**
     * Returns whether the PA is competent on {@link #from()}.
     *
     * @return true unless the period is empty
     */
    public boolean isCompetent() {
        return untilDay > fromDay;
    }

    /**
     * Returns whether the PA is competent on a date.
     *
     * @param date the date, not null, within {@link SupportedDates}
     * @return true if {@code from <= date < until}
     * @throws InvalidValueException if {@code date} is null or unsupported
     */
    public boolean isCompetentOn(LocalDate date) {
        int day = Days.of(date, "date");
        return day >= fromDay && day < untilDay;
    }

    /**
     * Returns whether the PA is competent through a shift: on every UK day from the day of {@code start} to the day
     * of the last moment before {@code end} (a shift ending at midnight does not touch the next day).
     *
     * @param start the shift's start, not null, within the supported dates
     * @param end the shift's end, not null, after {@code start}, within the supported dates
     * @return true if the shift lies within the period
     * @throws InvalidValueException if an argument is null or unsupported, or {@code end} is not after {@code start}
     */
    public boolean covers(Instant start, Instant end) {
        Checks.CORE.instant(start, "start");
        Checks.CORE.instant(end, "end");
        if (!end.isAfter(start)) {
            throw Checks.CORE.invalid("end", "after start " + start, end);
        }
        return !start.isBefore(fromStart) && (untilStart == null || !end.isAfter(untilStart));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CompetentPeriod that && that.personalAssistant.equals(personalAssistant)
                && that.person.equals(person) && that.fromDay == fromDay && that.untilDay == untilDay
                && Objects.equals(that.limitedBy, limitedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personalAssistant, person, fromDay, untilDay, limitedBy);
    }

    @Override
    public String toString() {
        return "CompetentPeriod[" + personalAssistant + " for " + person + " from " + from
                + (until == null ? ", never ends" : " until " + until + " (" + limitedBy + ")") + "]";
    }
}
