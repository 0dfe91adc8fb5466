package org.carebudget.rostering.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.LondonTime;
import org.carebudget.rostering.Caseload;
import org.carebudget.rostering.Nation;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.Shift;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.ShiftKind;
import org.carebudget.rostering.Timesheets;

/**
 * Invariants of hour monitoring over random shifts through October 2026: hours are additive over disjoint sets of
 * shifts; splitting a shift at midnight changes no total; the order of shifts changes nothing.
 */
class HoursProperties {

    static final DateRange OCTOBER = DateRange.of(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 2));

    @Provide
    Arbitrary<List<long[]>> spans() {
        return Combinators.combine(Arbitraries.integers().between(0, 26), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(30, 16 * 60), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1))
                .as((day, hour, minutes, kind, funder) -> {
                    Instant start = LocalDate.of(2026, 10, 5).plusDays(day).atTime(hour, 0)
                            .atZone(LondonTime.ZONE).toInstant();
                    long s = start.getEpochSecond() / 60;
                    return new long[] {s, s + minutes, kind, funder};
                }).list().ofMaxSize(40);
    }

    static Shift shift(long id, long start, long end, long kind, long funder) {
        return Shift.builder(ShiftId.of(id), HoursMonitorTest.PKG, funder == 0 ? HoursMonitorTest.ICB
                : HoursMonitorTest.COUNCIL, Instant.ofEpochSecond(start * 60), Instant.ofEpochSecond(end * 60))
                .kind(ShiftKind.values()[(int) kind]).personalAssistant(HoursMonitorTest.ANNA).build();
    }

    static HoursSummary summary(List<Shift> shifts) {
        Caseload c = HoursMonitorTest.caseload(Nation.ENGLAND);
        Rota.Builder r = Rota.builder(c);
        shifts.forEach(r::add);
        return HoursMonitor.standard().report(Timesheets.builder(r.build()).build(), OCTOBER,
                LocalDate.of(2026, 10, 5)).summary();
    }

    static List<Shift> shifts(List<long[]> spans, int from, int to) {
        List<Shift> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            long[] x = spans.get(i);
            out.add(shift(i + 1, x[0], x[1], x[2], x[3]));
        }
        return out;
    }

    @Property
    void givenDisjointSetsOfShifts_thenTheirHoursAddUp(@ForAll("spans") List<long[]> spans, @ForAll int cut) {
        int at = spans.isEmpty() ? 0 : Math.floorMod(cut, spans.size() + 1);

        assertEquals(summary(shifts(spans, 0, spans.size())),
                summary(shifts(spans, 0, at)).plus(summary(shifts(spans, at, spans.size()))));
    }

    @Property
    void givenShiftsSplitAtMidnight_thenNoTotalChanges(@ForAll("spans") List<long[]> spans) {
        List<Shift> whole = shifts(spans, 0, spans.size());
        List<Shift> split = new ArrayList<>();
        long id = 1000;
        for (long[] x : spans) {
            if (x[2] == ShiftKind.SLEEP_IN.ordinal()) {
                split.add(shift(id++, x[0], x[1], x[2], x[3]));
                continue;
            }
            long midnight = LondonTime.startOfDay(LondonTime.localDateTime(Instant.ofEpochSecond(x[0] * 60))
                    .toLocalDate().plusDays(1)).getEpochSecond() / 60;
            if (midnight < x[1]) {
                split.add(shift(id++, x[0], midnight, x[2], x[3]));
                split.add(shift(id++, midnight, x[1], x[2], x[3]));
            } else {
                split.add(shift(id++, x[0], x[1], x[2], x[3]));
            }
        }

        assertEquals(summary(whole), summary(split));
    }

    @Property
    void givenShiftsInAnyOrder_thenTheSameSummary(@ForAll("spans") List<long[]> spans, @ForAll long seed) {
        List<Shift> shuffled = new ArrayList<>(shifts(spans, 0, spans.size()));
        Collections.shuffle(shuffled, new Random(seed));

        assertEquals(summary(shifts(spans, 0, spans.size())), summary(shuffled));
    }
}
