package org.carebudget.rostering.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.carebudget.core.time.LondonTime;
import org.carebudget.core.time.SupportedDates;

/**
 * UK days as epoch days, with the epoch minute at which each starts (local midnight) for every supported date,
 * computed once: a day is 24 hours from midnight (Working Time Regulations 1998 reg. 2), so 23 hours on the last
 * Sunday of March and 25 on the last Sunday of October. Lookups are constant time. Thread-safe.
 */
public final class UkDays {

    /** The first supported epoch day. */
    public static final int FIRST_DAY = (int) SupportedDates.FIRST.toEpochDay();
    /** The last supported epoch day. */
    public static final int LAST_DAY = (int) SupportedDates.LAST.toEpochDay();

    private static final int[] START = starts();
    /** For a day that is not 1440 minutes long: the local minute of day from which its clock change applies. */
    private static final short[] CHANGE_AT = changes();

    private UkDays() {
    }

    private static int[] starts() {
        int n = LAST_DAY - FIRST_DAY + 2;
        int[] start = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = (int) (LocalDate.ofEpochDay(FIRST_DAY + i).atStartOfDay(LondonTime.ZONE).toEpochSecond() / 60);
        }
        return start;
    }

    private static short[] changes() {
        short[] at = new short[START.length - 1];
        for (int i = 0; i < at.length; i++) {
            int length = START[i + 1] - START[i];
            if (length != 1440) {
                java.time.zone.ZoneOffsetTransition t = LondonTime.ZONE.getRules().nextTransition(
                        java.time.Instant.ofEpochSecond(START[i] * 60L - 1));
                // the gap's end (spring) or the overlap's end (autumn), in local minutes of the day
                LocalTime local = length < 1440 ? t.getDateTimeAfter().toLocalTime()
                        : t.getDateTimeBefore().toLocalTime();
                at[i] = (short) (local.toSecondOfDay() / 60);
            }
        }
        return at;
    }

    /**
     * Returns the epoch minute at which a day starts (local midnight).
     *
     * @param day an epoch day from {@link #FIRST_DAY} to {@link #LAST_DAY} + 1
     * @return the epoch minute
     */
    public static int start(int day) {
        return START[day - FIRST_DAY];
    }

    /**
     * Returns the day an epoch minute falls on, in UK time.
     *
     * @param minute an epoch minute from {@link Minutes#FIRST} (inclusive) to {@link Minutes#END} (exclusive)
     * @return the epoch day
     */
    public static int dayOf(int minute) {
        int i = (int) Math.floorDiv((long) minute - START[0], 1440L);
        if (i < 0) {
            i = 0;
        } else if (i >= START.length - 1) {
            i = START.length - 2;
        }
        while (i > 0 && START[i] > minute) {
            i--;
        }
        while (i < START.length - 2 && START[i + 1] <= minute) {
            i++;
        }
        return FIRST_DAY + i;
    }

    /**
     * Returns the epoch minute of a local time on a day, leniently (a time in the March gap moves later by the gap,
     * one in the October overlap takes the earlier occurrence). Night-time and restricted-period boundaries (22:00,
     * 23:00, 06:00, 07:00, midnight) are never in a gap or overlap, so for them this is exact.
     *
     * @param day the epoch day, supported
     * @param time the local time
     * @return the epoch minute
     */
    public static int at(int day, LocalTime time) {
        return at(day, time.toSecondOfDay() / 60);
    }

    /**
     * Returns the epoch minute of a local minute of a day, leniently, as {@link #at(int, LocalTime)}.
     *
     * @param day the epoch day, supported
     * @param minuteOfDay the local minute, 0 - 1439
     * @return the epoch minute
     */
    public static int at(int day, int minuteOfDay) {
        int i = day - FIRST_DAY;
        int start = START[i];
        int length = START[i + 1] - start;
        if (length == 1440 || minuteOfDay < CHANGE_AT[i]) {
            return start + minuteOfDay;
        }
        return start + minuteOfDay + (length - 1440);
    }

    /** Checks {@link #at} against java.time for one local time: for tests. */
    static int atByZone(int day, LocalTime time) {
        return (int) (ZonedDateTime.of(LocalDateTime.of(LocalDate.ofEpochDay(day), time), LondonTime.ZONE)
                .toEpochSecond() / 60);
    }

    /**
     * Returns the day of the week of an epoch day.
     *
     * @param day the epoch day
     * @return the day of the week
     */
    public static DayOfWeek dayOfWeek(int day) {
        return DayOfWeek.of((int) Math.floorMod(day + 3L, 7L) + 1);
    }

    /**
     * Returns the Monday on or before an epoch day: the start of its week (a week starts at midnight between Sunday
     * and Monday, reg. 11(6)).
     *
     * @param day the epoch day
     * @return the epoch day of that Monday
     */
    public static int mondayOf(int day) {
        return day - (int) Math.floorMod(day + 3L, 7L);
    }
}
