package org.carebudget.core.hours;

import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Minutes planned and delivered for one {@link HoursKey} in a period: elapsed minutes in {@code Europe/London}, so
 * a night over the October clock change counts 60 more than its wall-clock span. Planned minutes are the rota's;
 * delivered minutes are the timesheets' (work actually done, late starts and early finishes counted as worked).
 * Immutable and thread-safe.
 */
public final class HoursLine {

    private final HoursKey key;
    private final long plannedMinutes;
    private final long deliveredMinutes;

    private HoursLine(HoursKey key, long plannedMinutes, long deliveredMinutes) {
        this.key = key;
        this.plannedMinutes = plannedMinutes;
        this.deliveredMinutes = deliveredMinutes;
    }

    /**
     * Returns the line.
     *
     * @param key what the minutes are for, not null
     * @param plannedMinutes the minutes rostered, 0 - {@value HoursSummary#MAX_MINUTES}
     * @param deliveredMinutes the minutes worked, 0 - {@value HoursSummary#MAX_MINUTES}
     * @return the line, not null
     * @throws InvalidValueException if {@code key} is null or a count is out of range
     */
    public static HoursLine of(HoursKey key, long plannedMinutes, long deliveredMinutes) {
        Checks.CORE.notNull(key, "key");
        Checks.CORE.inRange(plannedMinutes, 0, HoursSummary.MAX_MINUTES, "plannedMinutes");
        Checks.CORE.inRange(deliveredMinutes, 0, HoursSummary.MAX_MINUTES, "deliveredMinutes");
        return new HoursLine(key, plannedMinutes, deliveredMinutes);
    }

    /**
     * Returns what the minutes are for.
     *
     * @return the key, not null
     */
    public HoursKey key() {
        return key;
    }

    /**
     * Returns the minutes rostered.
     *
     * @return the minutes, 0 - {@value HoursSummary#MAX_MINUTES}
     */
    public long plannedMinutes() {
        return plannedMinutes;
    }

    /**
     * Returns the minutes worked.
     *
     * @return the minutes, 0 - {@value HoursSummary#MAX_MINUTES}
     */
    public long deliveredMinutes() {
        return deliveredMinutes;
    }

    /**
     * Returns delivered minus planned: negative when less was worked than rostered.
     *
     * @return the variance in minutes
     */
    public long varianceMinutes() {
        return deliveredMinutes - plannedMinutes;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HoursLine l && l.key.equals(key) && l.plannedMinutes == plannedMinutes
                && l.deliveredMinutes == deliveredMinutes;
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Long.hashCode(plannedMinutes * 1_000_003L + deliveredMinutes);
    }

    /**
     * Returns {@code key planned=N delivered=M} in minutes.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return key + " planned=" + plannedMinutes + " delivered=" + deliveredMinutes;
    }
}
