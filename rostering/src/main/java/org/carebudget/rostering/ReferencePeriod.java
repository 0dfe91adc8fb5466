package org.carebudget.rostering;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a worker's 17-week reference periods run (reg. 4(3), 6(3)): any period of 17 weeks (rolling, the default), or
 * successive 17-week periods from a date where a relevant agreement provides for them. Immutable and thread-safe.
 */
public final class ReferencePeriod {

    /** Any period of 17 weeks: every 119 consecutive days is a reference period. */
    public static final ReferencePeriod ROLLING = new ReferencePeriod(null);

    private final @Nullable LocalDate firstStart;

    private ReferencePeriod(@Nullable LocalDate firstStart) {
        this.firstStart = firstStart;
    }

    /**
     * Returns successive 17-week periods, one of which starts on the date given (the others every 119 days before
     * and after it).
     *
     * @param start the start of one of the periods, not null, supported
     * @return the periods, not null
     * @throws RosteringException if {@code start} is null or unsupported
     */
    public static ReferencePeriod successiveFrom(@Nullable LocalDate start) {
        return new ReferencePeriod(RosteringException.CHECKS.date(start, "start"));
    }

    /**
     * Returns whether the periods roll.
     *
     * @return true for any period of 17 weeks
     */
    public boolean isRolling() {
        return firstStart == null;
    }

    /**
     * Returns the start of one successive period, if the periods are successive.
     *
     * @return the date, or empty when rolling
     */
    public Optional<LocalDate> successiveStart() {
        return Optional.ofNullable(firstStart);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReferencePeriod r && java.util.Objects.equals(r.firstStart, firstStart);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(firstStart);
    }

    @Override
    public String toString() {
        return firstStart == null ? "rolling 17 weeks" : "successive 17 weeks from " + firstStart;
    }
}
