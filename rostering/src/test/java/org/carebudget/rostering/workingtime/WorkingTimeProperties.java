package org.carebudget.rostering.workingtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.LondonTime;
import org.carebudget.rostering.AbsenceKind;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.Scenario;
import org.carebudget.rostering.Shift;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.TimeSpan;

/**
 * Invariants of the working-time check: the rolling 48-hour average worked out from day totals and prefix sums
 * equals a naive recomputation of every period from the raw shifts; splitting a shift at midnight changes no figure;
 * the order shifts are added in changes nothing. Scenarios span both 2026 clock changes.
 */
class WorkingTimeProperties {

    /** A PA's work: shifts of 1 to 14 hours starting on random days in 17 weeks before and 3 weeks after asOf. */
    record Work(LocalDate asOf, List<long[]> history, List<long[]> planned, int sickFrom, int sickDays) {
    }

    @Provide
    Arbitrary<Work> work() {
        Arbitrary<LocalDate> asOf = Arbitraries.of(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 10, 19), LocalDate.of(2026, 3, 23));
        Arbitrary<long[]> shift = Combinators.combine(Arbitraries.integers().between(0, 139),
                Arbitraries.integers().between(0, 23), Arbitraries.integers().between(60, 14 * 60))
                .as((day, hour, minutes) -> new long[] {day, hour, minutes});
        return Combinators.combine(asOf, shift.list().ofMinSize(20).ofMaxSize(150),
                Arbitraries.integers().between(0, 139), Arbitraries.integers().between(0, 10))
                .as((a, shifts, sickFrom, sickDays) -> split(a, shifts, sickFrom, sickDays));
    }

    private static Work split(LocalDate asOf, List<long[]> shifts, int sickFrom, int sickDays) {
        List<long[]> history = new ArrayList<>();
        List<long[]> planned = new ArrayList<>();
        List<long[]> kept = new ArrayList<>();
        shifts.sort((x, y) -> Long.compare(x[0] * 100 + x[1], y[0] * 100 + y[1]));
        long lastEnd = Long.MIN_VALUE;
        for (long[] s : shifts) {
            Instant start = ZonedDateTime.of(asOf.minusDays(119).plusDays(s[0]).atTime((int) s[1], 0),
                    LondonTime.ZONE).toInstant();
            long startMinute = start.getEpochSecond() / 60;
            if (startMinute < lastEnd) {
                continue; // no overlapping work: a PA is never booked twice here
            }
            long endMinute = startMinute + s[2];
            lastEnd = endMinute;
            long[] span = {startMinute, endMinute};
            kept.add(span);
            (s[0] < 119 ? history : planned).add(span);
        }
        return new Work(asOf, history, planned, sickFrom, sickDays);
    }

    private static Scenario scenario(Work w, boolean splitAtMidnight) {
        Scenario s = Scenario.from(w.asOf.toString()).pa("pa-1");
        for (long[] h : w.history) {
            s.worked("pa-1", local(h[0]), local(h[1]));
        }
        for (long[] p : w.planned) {
            long midnight = LondonTime.startOfDay(LondonTime.localDateTime(Instant.ofEpochSecond(p[0] * 60))
                    .toLocalDate().plusDays(1)).getEpochSecond() / 60;
            long checkEnd = LondonTime.startOfDay(w.asOf.plusDays(21)).getEpochSecond() / 60;
            // a part starting at the check's end would fall outside the check: split only inside it
            if (splitAtMidnight && midnight < p[1] && midnight != checkEnd) {
                s.shift("pkg-1", "pa-1", local(p[0]), local(midnight));
                s.shift("pkg-1", "pa-1", local(midnight), local(p[1]));
            } else {
                s.shift("pkg-1", "pa-1", local(p[0]), local(p[1]));
            }
        }
        if (w.sickDays > 0) {
            LocalDate from = w.asOf.minusDays(119).plusDays(w.sickFrom);
            s.absence("pa-1", AbsenceKind.SICKNESS, from.toString(), from.plusDays(w.sickDays).toString());
        }
        return s;
    }

    /** A local date-time, with its offset when it falls in the October overlap. */
    private static String local(long minute) {
        Instant t = Instant.ofEpochSecond(minute * 60);
        ZonedDateTime z = t.atZone(LondonTime.ZONE);
        boolean ambiguous = LondonTime.ZONE.getRules().getValidOffsets(z.toLocalDateTime()).size() > 1;
        return ambiguous ? z.toOffsetDateTime().toString() : z.toLocalDateTime().toString();
    }

    @Property
    void givenAnyWork_thenTheWorstRollingAverageEqualsANaiveRecomputation(@ForAll("work") Work w) {
        List<WorkingTimeFinding> findings = scenario(w, false).check(new WeeklyLimitRule(), 21);
        long[] naive = naiveWorst(w);

        assertEquals(naive[0] > 0, !findings.isEmpty(), () -> findings + " naive " + naive[0] + "/" + naive[1]);
        if (!findings.isEmpty()) {
            WorkingTimeFinding f = findings.get(0);
            assertEquals(naive[1], f.measuredMinutes());
            assertEquals(naive[2], f.window().start().getEpochSecond() / 60);
        }
    }

    /**
     * Every rolling 17-week period ending on a check day, recomputed from the raw spans minute by minute through
     * java.time: returns {breaches, worst total, worst period's start minute}, periods holding no planned shift
     * ignored, as the rule does.
     */
    private static long[] naiveWorst(Work w) {
        List<long[]> all = new ArrayList<>(w.history);
        all.addAll(w.planned);
        long worstTotal = -1;
        long worstStart = 0;
        long breaches = 0;
        LocalDate sickFrom = w.asOf.minusDays(119).plusDays(w.sickFrom);
        for (int e = 0; e < 21; e++) {
            LocalDate last = w.asOf.plusDays(e);
            LocalDate first = last.minusDays(118);
            long from = LondonTime.startOfDay(first).getEpochSecond() / 60;
            long to = LondonTime.startOfDay(last.plusDays(1)).getEpochSecond() / 60;
            boolean planned = w.planned.stream().anyMatch(p -> p[0] < to && from < p[1]);
            if (!planned) {
                continue;
            }
            long total = 0;
            int excluded = 0;
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                boolean sick = w.sickDays > 0 && !d.isBefore(sickFrom) && d.isBefore(sickFrom.plusDays(w.sickDays));
                if (sick) {
                    excluded++;
                } else {
                    total += minutesOn(all, d);
                }
            }
            int taken = 0;
            for (LocalDate d = last.plusDays(1); taken < excluded && d.isBefore(w.asOf.plusDays(21));
                    d = d.plusDays(1)) {
                boolean sick = w.sickDays > 0 && !d.isBefore(sickFrom) && d.isBefore(sickFrom.plusDays(w.sickDays));
                long m = minutesOn(all, d);
                if (!sick && m > 0) {
                    total += m;
                    taken++;
                }
            }
            if (total > 48L * 60 * 17) {
                breaches++;
                if (total > worstTotal) {
                    worstTotal = total;
                    worstStart = from;
                }
            }
        }
        return new long[] {breaches, worstTotal, worstStart};
    }

    private static long minutesOn(List<long[]> spans, LocalDate day) {
        long from = LondonTime.startOfDay(day).getEpochSecond() / 60;
        long to = LondonTime.startOfDay(day.plusDays(1)).getEpochSecond() / 60;
        long total = 0;
        for (long[] s : spans) {
            total += Math.max(0, Math.min(to, s[1]) - Math.max(from, s[0]));
        }
        return total;
    }

    /** A finding's figures without the shift ids, which splitting renumbers. */
    private static List<String> figures(WorkingTimeReport report) {
        List<String> out = new ArrayList<>();
        for (WorkingTimeFinding f : report.findings()) {
            out.add(f.ruleId() + " " + f.window() + " " + f.measuredMinutes() + " " + f.limitMinutes() + " "
                    + f.differenceMinutes() + " " + f.employers());
        }
        Collections.sort(out);
        return out;
    }

    @Property
    void givenShiftsSplitAtMidnight_thenNoFigureChanges(@ForAll("work") Work w) {
        assertEquals(figures(scenario(w, false).checkAll(21)), figures(scenario(w, true).checkAll(21)));
    }

    @Property
    void givenShiftsAddedInAnyOrder_thenTheSameReport(@ForAll("work") Work w, @ForAll long seed) {
        Scenario s = scenario(w, false);
        Rota ordered = s.rota();
        List<Shift> shuffled = new ArrayList<>(s.shifts());
        Collections.shuffle(shuffled, new Random(seed));
        Rota.Builder b = Rota.builder(ordered.caseload());
        shuffled.forEach(b::add);
        Rota other = b.build();
        WorkingTimeHistory history = s.history(ordered);

        assertEquals(WorkingTimeCheck.standard().check(ordered, history, 21).findings(),
                WorkingTimeCheck.standard().check(other, history, 21).findings());
    }
}
