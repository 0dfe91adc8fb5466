package org.carebudget.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.carebudget.core.InvalidValueException;

/** Round trips of the text forms, and the invariants of ranges, pay periods and elapsed UK time. */
public class TimeProperties {

    private static final long FIRST_DAY = SupportedDates.FIRST.toEpochDay();
    private static final long LAST_DAY = SupportedDates.LAST.toEpochDay();

    /** Every Europe/London clock change from 1996 to 2050. */
    private static final List<Instant> CHANGES = Stream.iterate(
            LondonTime.ZONE.getRules().nextTransition(Instant.parse("1996-01-01T00:00:00Z")),
            t -> t.getInstant().isBefore(Instant.parse("2050-01-01T00:00:00Z")),
            t -> LondonTime.ZONE.getRules().nextTransition(t.getInstant()))
            .map(ZoneOffsetTransition::getInstant).collect(Collectors.toList());

    /** Supported dates: anywhere from 1900 to 2200, and often 2020 to 2030. */
    @Provide
    public Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(Arbitraries.longs().between(FIRST_DAY, LAST_DAY),
                Arbitraries.longs().between(LocalDate.of(2020, 1, 1).toEpochDay(), LocalDate.of(2030, 1, 1).toEpochDay()))
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    public Arbitrary<DateRange> ranges() {
        Arbitrary<Long> lengths = Arbitraries.oneOf(Arbitraries.longs().between(0, 40),
                Arbitraries.longs().between(0, 3000), Arbitraries.just(-1L));
        return Combinators.combine(dates(), lengths)
                .as((start, days) -> days < 0 ? DateRange.startingOn(start)
                        : DateRange.of(start, min(start.plusDays(days), SupportedDates.END)));
    }

    /** Instants anywhere from 1996 to 2050, half of them within two days of a clock change. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> anywhere = Arbitraries.longs()
                .between(Instant.parse("1996-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2049-12-31T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<Instant> nearChange = Combinators.combine(Arbitraries.of(CHANGES),
                Arbitraries.longs().between(-2 * 86_400, 2 * 86_400)).as(Instant::plusSeconds);
        return Arbitraries.oneOf(anywhere, nearChange);
    }

    @Property
    void givenAnyRange_thenParseOfToStringIsTheSameRange(@ForAll("ranges") DateRange range) {
        assertEquals(range, DateRange.parse(range.toString()));
    }

    @Property
    void givenTwoRangesAndADate_thenIntersectionContainsItExactlyWhenBothDo(@ForAll("ranges") DateRange a,
            @ForAll("ranges") DateRange b, @ForAll @IntRange(min = -50, max = 3100) int offset) {
        LocalDate date = a.start().plusDays(offset);
        net.jqwik.api.Assume.that(SupportedDates.contains(date));
        Optional<DateRange> both = a.intersection(b);

        assertEquals(a.contains(date) && b.contains(date), both.map(r -> r.contains(date)).orElse(false));
        assertEquals(both, b.intersection(a));
        assertEquals(both.isPresent(), a.overlaps(b));
    }

    @Property
    void givenBoundedRange_thenDaysIsTheCountOfDatesItContains(@ForAll("ranges") DateRange range) {
        if (!range.isOpenEnded()) {
            assertEquals(ChronoUnit.DAYS.between(range.start(), range.end().orElseThrow()), range.days());
            assertTrue(range.days() == 0 || range.contains(range.end().orElseThrow().minusDays(1)));
        }
    }

    @Property
    void givenAnyTaxYear_thenParseOfToStringIsTheSameYear(@ForAll @IntRange(min = 1900, max = 2199) int startYear) {
        TaxYear year = TaxYear.startingIn(startYear);

        assertEquals(year, TaxYear.parse(year.toString()));
        assertEquals(year, TaxYear.containing(year.start()));
        assertEquals(year, TaxYear.containing(year.end().minusDays(1)));
    }

    @Property
    void givenDate_thenItsTaxYearContainsIt(@ForAll("dates") LocalDate date) {
        if (!date.isBefore(LocalDate.of(1900, 4, 6)) && date.isBefore(LocalDate.of(2200, 4, 6))) {
            TaxYear year = TaxYear.containing(date);

            assertTrue(year.range().contains(date));
            assertEquals(LocalDate.of(year.startYear(), 4, 6), year.start());
        }
    }

    @Property
    void givenScheduleAndDate_thenThePeriodContainsItAndTheNextFollowsOn(@ForAll PayFrequency frequency,
            @ForAll("dates") LocalDate anchor, @ForAll @IntRange(min = -3000, max = 3000) int offset) {
        LocalDate date = anchor.plusDays(offset);
        Assumptions.periodAndNextSupported(date);
        Assumptions.periodAndNextSupported(anchor);
        PayReferencePeriod period = PaySchedule.of(frequency, anchor).periodContaining(date);

        assertTrue(period.range().contains(date));
        long days = period.range().days();
        switch (frequency) {
            case WEEKLY -> assertEquals(7, days);
            case FORTNIGHTLY -> assertEquals(14, days);
            case FOUR_WEEKLY -> assertEquals(28, days);
            default -> assertTrue(days >= 28 && days <= 31, period::toString);
        }
        PayReferencePeriod next = period.next();
        assertEquals(period.range().end().orElseThrow(), next.start());
        assertEquals(period, PayReferencePeriod.of(period.schedule(), period.range()));
        assertTrue(PaySchedule.of(frequency, anchor).periodContaining(anchor).start().equals(anchor));
    }

    @Property
    void givenTwoUkInstants_thenElapsedBetweenTheirLocalTimesIsTheInstantDifference(@ForAll("instants") Instant a,
            @ForAll("instants") Instant b) {
        Instant start = a.isBefore(b) ? a : b;
        Instant end = a.isBefore(b) ? b : a;
        LocalDateTime localStart = LocalDateTime.ofInstant(start, LondonTime.ZONE);
        LocalDateTime localEnd = LocalDateTime.ofInstant(end, LondonTime.ZONE);

        // a local time in the October overlap names two instants; the documented reading is the earlier one, which
        // can put the end (second pass, read an hour early) before the start: that is rejected, not negative
        Duration expected = Duration.between(earlierReading(start), earlierReading(end));
        if (expected.isNegative()) {
            assertThrows(InvalidValueException.class, () -> LondonTime.elapsed(localStart, localEnd));
            return;
        }
        assertEquals(expected, LondonTime.elapsed(localStart, localEnd));
        if (!inOverlap(start) && !inOverlap(end)) {
            assertEquals(Duration.between(start, end), LondonTime.elapsed(localStart, localEnd));
        }
    }

    @Property
    void givenLocalTime_thenToInstantReadsBackToTheSameLocalTimeOutsideTheGap(@ForAll("instants") Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, LondonTime.ZONE);

        assertEquals(local, LocalDateTime.ofInstant(LondonTime.toInstant(local), LondonTime.ZONE));
    }

    private static boolean inOverlap(Instant instant) {
        return LondonTime.ZONE.getRules().getValidOffsets(LocalDateTime.ofInstant(instant, LondonTime.ZONE)).size() > 1;
    }

    /** The instant of this instant's local time, read at its earlier occurrence: one hour earlier in the second pass. */
    private static Instant earlierReading(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, LondonTime.ZONE);
        List<java.time.ZoneOffset> offsets = LondonTime.ZONE.getRules().getValidOffsets(local);
        return offsets.size() > 1 ? local.toInstant(offsets.get(0)) : instant;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Keeps a date far enough inside the supported dates that its pay period and the next one are supported. */
    private static final class Assumptions {
        static void periodAndNextSupported(LocalDate date) {
            net.jqwik.api.Assume.that(!date.isBefore(SupportedDates.FIRST.plusDays(31))
                    && !date.isAfter(SupportedDates.LAST.minusDays(62)));
        }
    }
}
