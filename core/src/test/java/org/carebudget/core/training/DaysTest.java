package org.carebudget.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.carebudget.core.time.LondonTime;
import org.carebudget.core.time.SupportedDates;
import org.junit.jupiter.api.Test;

/** The register's own UK-date arithmetic agrees with {@code java.time} wherever it is used. */
class DaysTest {

    private static final LocalDate LAST_LAPSE = SupportedDates.LAST.plusYears(11);

    @Test
    void givenEveryDayFrom1900To2211_thenTheStartOfTheUkDayIsJavaTimes() {
        for (LocalDate day = SupportedDates.FIRST; !day.isAfter(LAST_LAPSE); day = day.plusDays(1)) {
            assertEquals(day.atStartOfDay(LondonTime.ZONE).toEpochSecond(),
                    Days.londonStartSecond((int) day.toEpochDay()), day::toString);
        }
    }

    @Test
    void givenEveryClockChangeInTheSupportedDates_thenTheUkDayEitherSideIsJavaTimes() {
        ZoneOffsetTransition next = LondonTime.ZONE.getRules().nextTransition(SupportedDates.FIRST_INSTANT);
        int checked = 0;
        while (next != null && next.getInstant().isBefore(SupportedDates.END_INSTANT)) {
            for (long delta : new long[] {-3601, -1, 0, 1, 3599, 3600}) {
                Instant at = next.getInstant().plusSeconds(delta);
                assertEquals(LocalDate.ofInstant(at, LondonTime.ZONE).toEpochDay(), Days.londonDay(at), at::toString);
            }
            checked++;
            next = LondonTime.ZONE.getRules().nextTransition(next.getInstant());
        }
        assertEquals(true, checked > 500, "clock changes checked: " + checked);
    }

    @Property
    void anInstantInTheSupportedDatesFallsOnJavaTimesUkDay(
            @ForAll @LongRange(min = -2_208_988_800L, max = 7_289_654_399L) long epochSecond,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        Instant at = Instant.ofEpochSecond(epochSecond, nanos);
        assertEquals(LocalDate.ofInstant(at, LondonTime.ZONE).toEpochDay(), Days.londonDay(at));
        assertEquals(LocalDate.ofInstant(at.minusNanos(1), LondonTime.ZONE).toEpochDay(), Days.londonLastDay(at));
    }
}
