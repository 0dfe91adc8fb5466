package org.carebudget.benchmarks.rostering;

import java.time.Instant;
import java.time.LocalDate;
import org.carebudget.core.time.LondonTime;

/** Epoch minutes of UK local times, for the generator. */
final class Minute {

    private Minute() {
    }

    /** The epoch minute of local midnight on an epoch day. */
    static int startOfDay(int epochDay) {
        return (int) (LondonTime.startOfDay(LocalDate.ofEpochDay(epochDay)).getEpochSecond() / 60);
    }

    /** The epoch minute of a wall-clock minute of a day, leniently (no pattern time is in a gap). */
    static int at(int epochDay, int minuteOfDay) {
        return (int) (LondonTime.toInstant(LocalDate.ofEpochDay(epochDay).atStartOfDay().plusMinutes(minuteOfDay))
                .getEpochSecond() / 60);
    }

    static Instant instant(int minute) {
        return Instant.ofEpochSecond(minute * 60L);
    }
}
