package org.carebudget.core.hours;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.junit.jupiter.api.Test;

class HoursSummaryTest {

    static final DateRange APRIL = DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
    static final CarePackageId PKG = CarePackageId.of("pkg-1");
    static final FunderId ICB = FunderId.of("icb");
    static final FunderId COUNCIL = FunderId.of("council");
    static final PersonalAssistantId ANNA = PersonalAssistantId.of("pa-anna");
    static final PersonalAssistantId BEN = PersonalAssistantId.of("pa-ben");

    static HoursKey key(FunderId funder, PersonalAssistantId pa, HoursKind kind) {
        return HoursKey.of(PKG, funder, pa, kind);
    }

    @Test
    void givenMinutesAddedTwiceForOneKey_thenOneLineWithTheSum() {
        HoursSummary summary = HoursSummary.builder(APRIL)
                .add(key(ICB, ANNA, HoursKind.NIGHT), 540, 540)
                .add(key(ICB, ANNA, HoursKind.NIGHT), 420, 360)
                .build();

        assertEquals(List.of(HoursLine.of(key(ICB, ANNA, HoursKind.NIGHT), 960, 900)), summary.lines());
        assertEquals(960, summary.plannedMinutes());
        assertEquals(900, summary.deliveredMinutes());
        assertEquals(-60, summary.varianceMinutes());
    }

    @Test
    void givenLinesInAnyOrder_thenSortedByPackageFunderPaAndKindAndEqual() {
        HoursSummary a = HoursSummary.builder(APRIL).add(key(ICB, BEN, HoursKind.DAY), 60, 60)
                .add(key(COUNCIL, ANNA, HoursKind.WEEKEND), 30, 0).add(key(ICB, ANNA, HoursKind.DAY), 10, 10).build();
        HoursSummary b = HoursSummary.builder(APRIL).add(key(ICB, ANNA, HoursKind.DAY), 10, 10)
                .add(key(ICB, BEN, HoursKind.DAY), 60, 60).add(key(COUNCIL, ANNA, HoursKind.WEEKEND), 30, 0).build();

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(List.of(key(COUNCIL, ANNA, HoursKind.WEEKEND), key(ICB, ANNA, HoursKind.DAY),
                key(ICB, BEN, HoursKind.DAY)), a.lines().stream().map(HoursLine::key).toList());
    }

    @Test
    void givenSelection_thenOnlyMatchingLinesAndTheirTotals() {
        HoursSummary summary = HoursSummary.builder(APRIL).add(key(ICB, ANNA, HoursKind.DAY), 100, 90)
                .add(key(COUNCIL, ANNA, HoursKind.DAY), 50, 50).add(key(ICB, BEN, HoursKind.SLEEP_IN_ASLEEP), 420, 420)
                .build();

        HoursSummary icb = summary.select(null, ICB, null, null);
        assertEquals(520, icb.plannedMinutes());
        assertEquals(510, icb.deliveredMinutes());
        assertEquals(2, icb.lines().size());
        assertEquals(90, summary.select(PKG, ICB, ANNA, HoursKind.DAY).deliveredMinutes());
        assertTrue(summary.select(null, null, null, HoursKind.BANK_HOLIDAY).isEmpty());
        assertSame(summary, summary.select(null, null, null, null));
        assertEquals(50, summary.line(key(COUNCIL, ANNA, HoursKind.DAY)).orElseThrow().plannedMinutes());
        assertFalse(summary.line(key(COUNCIL, BEN, HoursKind.DAY)).isPresent());
    }

    @Test
    void givenTwoSummariesOfOnePeriod_thenPlusAddsLineByLine() {
        HoursSummary a = HoursSummary.builder(APRIL).add(key(ICB, ANNA, HoursKind.DAY), 100, 90).build();
        HoursSummary b = HoursSummary.builder(APRIL).add(key(ICB, ANNA, HoursKind.DAY), 5, 5)
                .add(key(ICB, BEN, HoursKind.DAY), 1, 1).build();

        HoursSummary sum = a.plus(b);

        assertEquals(106, sum.plannedMinutes());
        assertEquals(HoursLine.of(key(ICB, ANNA, HoursKind.DAY), 105, 95), sum.lines().get(0));
        assertInvalid(() -> a.plus(HoursSummary.empty(DateRange.of(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 1)))), "other", "a summary of 2026-04-01/2026-05-01");
    }

    @Test
    void givenSumsBeyondTheLimit_thenRefusedAndNothingAdded() {
        HoursSummary.Builder builder = HoursSummary.builder(APRIL).add(key(ICB, ANNA, HoursKind.DAY),
                HoursSummary.MAX_MINUTES, 0);

        assertInvalid(() -> builder.add(key(ICB, ANNA, HoursKind.DAY), 1, 0), "plannedMinutes[pkg-1/icb/pa-anna/DAY]",
                "at most 1000000000000");
        assertInvalid(() -> builder.add(key(ICB, BEN, HoursKind.DAY), 1, 0), "plannedMinutes (total)");
        assertInvalid(() -> builder.add(key(ICB, BEN, HoursKind.DAY), -1, 0), "plannedMinutes", "0 - 1000000000000");
        builder.add(key(ICB, BEN, HoursKind.DAY), 0, HoursSummary.MAX_MINUTES);
        HoursSummary built = builder.build();
        assertEquals(HoursSummary.MAX_MINUTES, built.plannedMinutes());
        assertEquals(HoursSummary.MAX_MINUTES, built.deliveredMinutes());
        assertInvalid(() -> built.plus(built), "plannedMinutes (total)");
    }

    @Test
    void givenBadPeriodsAndNulls_thenRefused() {
        assertInvalid(() -> HoursSummary.builder(DateRange.startingOn(LocalDate.of(2026, 4, 1))), "period",
                "a range with an end");
        // a period outside the supported dates cannot be built: DateRange itself refuses it
        assertInvalid(() -> DateRange.of(LocalDate.of(1800, 1, 1), LocalDate.of(1800, 2, 1)), "start",
                "1900-01-01 - 2200-12-31");
        assertInvalid(() -> HoursSummary.builder(null), "period", "not null");
        assertInvalid(() -> HoursKey.of(PKG, null, ANNA, HoursKind.DAY), "funder", "not null");
        assertInvalid(() -> HoursLine.of(key(ICB, ANNA, HoursKind.DAY), 0, -5), "deliveredMinutes");
    }

    @Test
    void givenKinds_thenOnlySleepInAsleepIsOutsideMinimumWageTime() {
        for (HoursKind kind : HoursKind.values()) {
            assertEquals(kind != HoursKind.SLEEP_IN_ASLEEP, kind.countsForMinimumWage(), kind::name);
        }
    }
}
