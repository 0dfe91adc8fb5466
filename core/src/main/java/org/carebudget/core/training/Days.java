package org.carebudget.core.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import org.carebudget.core.Checks;
import org.carebudget.core.time.LondonTime;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * Dates as epoch days in an int, within {@link SupportedDates}, and the UK date of an instant without a time-zone
 * lookup per call. Stateless and thread-safe.
 */
final class Days {

    /** Epoch day standing for "never lapses". */
    static final int NEVER = Integer.MAX_VALUE;

    /**
     * The UTC offset changes of {@code Europe/London} from the first supported date to twelve years after the last
     * (a lapse day may fall up to ten years after it): {@code TRANSITIONS[i]} is the epoch second from which
     * {@code OFFSETS[i + 1]} applies; {@code OFFSETS[0]} applies before the first.
     */
    private static final long[] TRANSITIONS;
    private static final int[] OFFSETS;

    static {
        ZoneRules rules = LondonTime.ZONE.getRules();
        long[] at = new long[1024];
        int[] offsets = new int[1025];
        int count = 0;
        offsets[0] = rules.getOffset(SupportedDates.FIRST_INSTANT).getTotalSeconds();
        Instant end = SupportedDates.LAST.plusYears(12).atStartOfDay(LondonTime.ZONE).toInstant();
        ZoneOffsetTransition next = rules.nextTransition(SupportedDates.FIRST_INSTANT);
        while (next != null && next.getInstant().isBefore(end)) {
            if (count == at.length) {
                at = Arrays.copyOf(at, count * 2);
                offsets = Arrays.copyOf(offsets, count * 2 + 1);
            }
            at[count] = next.toEpochSecond();
            offsets[++count] = next.getOffsetAfter().getTotalSeconds();
            next = rules.nextTransition(next.getInstant());
        }
        TRANSITIONS = Arrays.copyOf(at, count);
        OFFSETS = Arrays.copyOf(offsets, count + 1);
    }

    private Days() {
    }

    /** Returns the epoch day of a date, refusing null and dates outside {@link SupportedDates}. */
    static int of(@Nullable LocalDate date, String field) {
        return (int) Checks.CORE.date(date, field).toEpochDay();
    }

    /** Returns the date of an epoch day, or null for {@link #NEVER}. */
    static @Nullable LocalDate date(int day) {
        return day == NEVER ? null : LocalDate.ofEpochDay(day);
    }

    /**
     * Returns the epoch day a whole number of months after a supported date: at most 2200-12-31 plus ten years, so
     * always a valid date (it may lie after {@link SupportedDates#LAST}).
     */
    static int plusMonths(LocalDate date, int months) {
        return (int) date.plusMonths(months).toEpochDay();
    }

    /**
     * Returns the UK (Europe/London) epoch day of an instant within the supported dates: the same answer as
     * {@code LocalDate.ofInstant(instant, LondonTime.ZONE)}, from a binary search of the zone's offset changes.
     */
    static int londonDay(Instant instant) {
        return londonDayOfSecond(instant.getEpochSecond());
    }

    /**
     * Returns the UK epoch day on which a period ending at {@code end} (exclusive) last runs: the day of the last
     * nanosecond before {@code end}, so a shift ending at midnight ends on the day before.
     */
    static int londonLastDay(Instant end) {
        long second = end.getEpochSecond();
        return londonDayOfSecond(end.getNano() == 0 ? second - 1 : second);
    }

    private static int londonDayOfSecond(long epochSecond) {
        return (int) Math.floorDiv(epochSecond + offsetAt(epochSecond), 86_400L);
    }

    /** Returns the UTC offset of {@code Europe/London}, in seconds, at an epoch second. */
    private static int offsetAt(long epochSecond) {
        int index = Arrays.binarySearch(TRANSITIONS, epochSecond);
        return OFFSETS[index >= 0 ? index + 1 : -index - 1];
    }

    /**
     * Returns the epoch second at which a UK day starts: the same answer as
     * {@code LocalDate.ofEpochDay(day).atStartOfDay(LondonTime.ZONE).toEpochSecond()} (UK clocks never skip or repeat
     * midnight), for a day within the supported dates or up to eleven years after them.
     */
    static long londonStartSecond(int epochDay) {
        long localMidnight = epochDay * 86_400L;
        long guess = localMidnight - offsetAt(localMidnight);
        long start = localMidnight - offsetAt(guess);
        if (start + offsetAt(start) == localMidnight) {
            return start;
        }
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(LondonTime.ZONE).toEpochSecond();
    }
}
