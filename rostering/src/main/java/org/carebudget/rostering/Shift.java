package org.carebudget.rostering;

import java.time.Duration;
import java.time.LocalDateTime;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.LondonTime;

/**
 * A shift worked, or to be worked, by one personal assistant for one care package, in UK local time.
 * Its length is elapsed time ({@link LondonTime#elapsed}), so clock changes count. Immutable and thread-safe.
 *
 * @param pa the personal assistant, not null
 * @param carePackage the care package, not null
 * @param start the local start, not null
 * @param end the local end, not null, after {@code start} in elapsed time, at most 24 elapsed hours later
 */
public record Shift(PersonalAssistantId pa, CarePackageId carePackage, LocalDateTime start, LocalDateTime end) {

    private static final Duration LONGEST = Duration.ofHours(24);

    /**
     * Validates the shift.
     *
     * @param pa the personal assistant, not null
     * @param carePackage the care package, not null
     * @param start the local start, not null
     * @param end the local end, not null, after {@code start} in elapsed time, at most 24 elapsed hours later
     * @throws RosteringException if a component is null, or the elapsed length is not above zero and at most 24 hours
     */
    public Shift {
        RosteringException.CHECKS.notNull(pa, "pa");
        RosteringException.CHECKS.notNull(carePackage, "carePackage");
        RosteringException.CHECKS.notNull(start, "start");
        RosteringException.CHECKS.notNull(end, "end");
        Duration length = Duration.between(LondonTime.toInstant(start), LondonTime.toInstant(end));
        if (length.isNegative() || length.isZero() || length.compareTo(LONGEST) > 0) {
            throw new RosteringException("end", "after start " + start + " by at most 24 elapsed hours", end);
        }
    }

    /**
     * Returns the elapsed time worked.
     *
     * @return the duration, positive, not null
     */
    public Duration elapsed() {
        return LondonTime.elapsed(start, end);
    }

    /**
     * Returns the elapsed time in whole minutes.
     *
     * @return the minutes, 0 - 1440 (a shift shorter than a minute, which the constructor allows, gives 0)
     */
    public long minutes() {
        return elapsed().toMinutes();
    }
}
