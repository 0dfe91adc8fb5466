package org.carebudget.core.employment;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Minutes worked in a pay reference period, by kind. A sleep-in is split into time awake for the purpose of working,
 * which counts for the minimum wage, and time asleep, which does not (Mencap v Tomlinson-Blake [2021] UKSC 8); both
 * are working time for the Working Time Regulations. Each value is elapsed time, so a night over a clock change
 * counts the hours actually worked. Built by {@link #builder()} or {@link #ofDayMinutes(long)}; immutable and
 * thread-safe.
 */
public final class HoursWorked {

    /** The most minutes of one kind in a period: a leap year, 527,040. */
    public static final long MAX_MINUTES = 366L * 24 * 60;

    /** No time worked. */
    public static final HoursWorked NONE = builder().build();

    private final long dayMinutes;
    private final long nightMinutes;
    private final long weekendMinutes;
    private final long bankHolidayMinutes;
    private final long sleepInAwakeMinutes;
    private final long sleepInAsleepMinutes;

    private HoursWorked(Builder b) {
        this.dayMinutes = b.dayMinutes;
        this.nightMinutes = b.nightMinutes;
        this.weekendMinutes = b.weekendMinutes;
        this.bankHolidayMinutes = b.bankHolidayMinutes;
        this.sleepInAwakeMinutes = b.sleepInAwakeMinutes;
        this.sleepInAsleepMinutes = b.sleepInAsleepMinutes;
    }

    /**
     * Starts hours worked, all kinds zero.
     *
     * @return a builder, not null; not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns weekday daytime minutes only.
     *
     * @param minutes weekday daytime minutes, 0 - {@value #MAX_MINUTES}
     * @return the hours, not null
     * @throws InvalidValueException if out of range
     */
    public static HoursWorked ofDayMinutes(long minutes) {
        return builder().dayMinutes(minutes).build();
    }

    /**
     * Returns weekday daytime minutes.
     *
     * @return 0 - {@value #MAX_MINUTES}
     */
    public long dayMinutes() {
        return dayMinutes;
    }

    /**
     * Returns waking night minutes.
     *
     * @return 0 - {@value #MAX_MINUTES}
     */
    public long nightMinutes() {
        return nightMinutes;
    }

    /**
     * Returns weekend minutes.
     *
     * @return 0 - {@value #MAX_MINUTES}
     */
    public long weekendMinutes() {
        return weekendMinutes;
    }

    /**
     * Returns bank holiday minutes.
     *
     * @return 0 - {@value #MAX_MINUTES}
     */
    public long bankHolidayMinutes() {
        return bankHolidayMinutes;
    }

    /**
     * Returns sleep-in minutes awake for the purpose of working.
     *
     * @return 0 - {@value #MAX_MINUTES}
     */
    public long sleepInAwakeMinutes() {
        return sleepInAwakeMinutes;
    }

    /**
     * Returns sleep-in minutes asleep (or awake for other purposes).
     *
     * @return 0 - {@value #MAX_MINUTES}
     */
    public long sleepInAsleepMinutes() {
        return sleepInAsleepMinutes;
    }

    /**
     * Returns the minutes that count for the minimum wage and holiday accrual: everything but sleep-in time asleep.
     *
     * @return the minutes, zero or more
     */
    public long countedMinutes() {
        return dayMinutes + nightMinutes + weekendMinutes + bankHolidayMinutes + sleepInAwakeMinutes;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HoursWorked h && h.dayMinutes == dayMinutes && h.nightMinutes == nightMinutes
                && h.weekendMinutes == weekendMinutes && h.bankHolidayMinutes == bankHolidayMinutes
                && h.sleepInAwakeMinutes == sleepInAwakeMinutes && h.sleepInAsleepMinutes == sleepInAsleepMinutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayMinutes, nightMinutes, weekendMinutes, bankHolidayMinutes, sleepInAwakeMinutes,
                sleepInAsleepMinutes);
    }

    @Override
    public String toString() {
        return "HoursWorked[day " + dayMinutes + ", night " + nightMinutes + ", weekend " + weekendMinutes
                + ", bank holiday " + bankHolidayMinutes + ", sleep-in awake " + sleepInAwakeMinutes + ", asleep "
                + sleepInAsleepMinutes + " minutes]";
    }

    /** Builds {@link HoursWorked}. Mutable and not thread-safe; each setter checks its range. */
    public static final class Builder {

        private long dayMinutes;
        private long nightMinutes;
        private long weekendMinutes;
        private long bankHolidayMinutes;
        private long sleepInAwakeMinutes;
        private long sleepInAsleepMinutes;

        private Builder() {
        }

        /**
         * Sets weekday daytime minutes.
         *
         * @param minutes 0 - {@value HoursWorked#MAX_MINUTES}
         * @return this builder
         * @throws InvalidValueException if out of range
         */
        public Builder dayMinutes(long minutes) {
            this.dayMinutes = Checks.CORE.inRange(minutes, 0, MAX_MINUTES, "hoursWorked.dayMinutes");
            return this;
        }

        /**
         * Sets waking night minutes.
         *
         * @param minutes 0 - {@value HoursWorked#MAX_MINUTES}
         * @return this builder
         * @throws InvalidValueException if out of range
         */
        public Builder nightMinutes(long minutes) {
            this.nightMinutes = Checks.CORE.inRange(minutes, 0, MAX_MINUTES, "hoursWorked.nightMinutes");
            return this;
        }

        /**
         * Sets weekend minutes.
         *
         * @param minutes 0 - {@value HoursWorked#MAX_MINUTES}
         * @return this builder
         * @throws InvalidValueException if out of range
         */
        public Builder weekendMinutes(long minutes) {
            this.weekendMinutes = Checks.CORE.inRange(minutes, 0, MAX_MINUTES, "hoursWorked.weekendMinutes");
            return this;
        }

        /**
         * Sets bank holiday minutes.
         *
         * @param minutes 0 - {@value HoursWorked#MAX_MINUTES}
         * @return this builder
         * @throws InvalidValueException if out of range
         */
        public Builder bankHolidayMinutes(long minutes) {
            this.bankHolidayMinutes = Checks.CORE.inRange(minutes, 0, MAX_MINUTES, "hoursWorked.bankHolidayMinutes");
            return this;
        }

        /**
         * Sets sleep-in minutes awake for the purpose of working.
         *
         * @param minutes 0 - {@value HoursWorked#MAX_MINUTES}
         * @return this builder
         * @throws InvalidValueException if out of range
         */
        public Builder sleepInAwakeMinutes(long minutes) {
            this.sleepInAwakeMinutes = Checks.CORE.inRange(minutes, 0, MAX_MINUTES, "hoursWorked.sleepInAwakeMinutes");
            return this;
        }

        /**
         * Sets sleep-in minutes asleep.
         *
         * @param minutes 0 - {@value HoursWorked#MAX_MINUTES}
         * @return this builder
         * @throws InvalidValueException if out of range
         */
        public Builder sleepInAsleepMinutes(long minutes) {
            this.sleepInAsleepMinutes = Checks.CORE.inRange(minutes, 0, MAX_MINUTES, "hoursWorked.sleepInAsleepMinutes");
            return this;
        }

        /**
         * Builds the hours. The builder is unchanged.
         *
         * @return the hours, not null
         */
        public HoursWorked build() {
            return new HoursWorked(this);
        }
    }
}
