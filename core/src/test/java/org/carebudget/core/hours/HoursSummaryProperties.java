package org.carebudget.core.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;

/** Minutes are neither made nor lost by adding, selecting or merging, and the order of adding does not matter. */
class HoursSummaryProperties {

    @Provide
    Arbitrary<List<HoursLine>> lines() {
        Arbitrary<HoursKey> keys = Combinators.combine(Arbitraries.of("pkg-1", "pkg-2"), Arbitraries.of("icb", "council"),
                Arbitraries.of("pa-1", "pa-2", "pa-3"), Arbitraries.of(HoursKind.class))
                .as((p, f, a, k) -> HoursKey.of(CarePackageId.of(p), FunderId.of(f), PersonalAssistantId.of(a), k));
        return Combinators.combine(keys, Arbitraries.longs().between(0, 100_000), Arbitraries.longs().between(0, 100_000))
                .as(HoursLine::of).list().ofMaxSize(40);
    }

    private static HoursSummary build(List<HoursLine> lines) {
        HoursSummary.Builder builder = HoursSummary.builder(HoursSummaryTest.APRIL);
        lines.forEach(builder::add);
        return builder.build();
    }

    @Property
    void givenAnyOrderOfAdding_thenTheSameSummary(@ForAll("lines") List<HoursLine> lines, @ForAll long seed) {
        List<HoursLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed));

        assertEquals(build(lines), build(shuffled));
    }

    @Property
    void givenLines_thenTotalsEqualTheSumOfEveryMinuteAdded(@ForAll("lines") List<HoursLine> lines) {
        HoursSummary summary = build(lines);

        assertEquals(lines.stream().mapToLong(HoursLine::plannedMinutes).sum(), summary.plannedMinutes());
        assertEquals(lines.stream().mapToLong(HoursLine::deliveredMinutes).sum(), summary.deliveredMinutes());
        assertEquals(summary.plannedMinutes(), summary.lines().stream().mapToLong(HoursLine::plannedMinutes).sum());
    }

    @Property
    void givenFunderSelections_thenTheyPartitionTheTotal(@ForAll("lines") List<HoursLine> lines) {
        HoursSummary summary = build(lines);

        long icb = summary.select(null, FunderId.of("icb"), null, null).deliveredMinutes();
        long council = summary.select(null, FunderId.of("council"), null, null).deliveredMinutes();

        assertEquals(summary.deliveredMinutes(), icb + council);
    }

    @Property
    void givenSplitIntoTwo_thenPlusGivesTheWhole(@ForAll("lines") List<HoursLine> lines, @ForAll int cut) {
        int at = lines.isEmpty() ? 0 : Math.floorMod(cut, lines.size() + 1);

        assertEquals(build(lines), build(lines.subList(0, at)).plus(build(lines.subList(at, lines.size()))));
    }
}
