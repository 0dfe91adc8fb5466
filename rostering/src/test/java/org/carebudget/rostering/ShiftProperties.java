package org.carebudget.rostering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.zone.ZoneRules;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.LondonTime;

/** Shift length is the real time between its two instants, across clock changes too. */
class ShiftProperties {

    private static final ZoneRules RULES = LondonTime.ZONE.getRules();
    private static final PersonalAssistantId PA = PersonalAssistantId.of("pa-1");
    private static final CarePackageId PACKAGE = CarePackageId.of("pkg-1");

    /** Start instants from 2020 to 2035, half of them within a day of a clock change. */
    @Provide
    Arbitrary<Instant> starts() {
        Instant from = Instant.parse("2020-01-01T00:00:00Z");
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(0, 15L * 365 * 86_400).map(from::plusSeconds);
        Arbitrary<Instant> nearChange = Combinators.combine(Arbitraries.integers().between(2020, 2034),
                Arbitraries.of(true, false), Arbitraries.longs().between(-86_400, 86_400))
                .as((year, march, seconds) -> RULES.nextTransition(Instant.parse(year + (march ? "-03-01" : "-10-01")
                        + "T00:00:00Z")).getInstant().plusSeconds(seconds));
        return Arbitraries.oneOf(anywhere, nearChange);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, LondonTime.ZONE);
    }

    /** True where the local time is read back as this instant (not the second pass through the October hour). */
    private static boolean unambiguous(Instant instant) {
        return RULES.getValidOffsets(local(instant)).size() == 1;
    }

    @Property
    void givenShiftBetweenTwoInstants_thenMinutesAreTheInstantDifference(@ForAll("starts") Instant start,
            @ForAll @LongRange(min = 60, max = 86_400) long seconds) {
        Instant end = start.plusSeconds(seconds);
        Assume.that(unambiguous(start) && unambiguous(end));

        Shift shift = new Shift(PA, PACKAGE, local(start), local(end));

        assertEquals(Duration.between(start, end), shift.elapsed());
        assertEquals(Duration.between(start, end).toMinutes(), shift.minutes());
    }

    @Property
    void givenMoreThan24ElapsedHours_thenRejected(@ForAll("starts") Instant start,
            @ForAll @LongRange(min = 86_401, max = 3 * 86_400) long seconds) {
        Instant end = start.plusSeconds(seconds);
        Assume.that(unambiguous(start) && unambiguous(end));

        RosteringException e = assertThrows(RosteringException.class,
                () -> new Shift(PA, PACKAGE, local(start), local(end)));
        assertEquals("end", e.field());
    }
}
