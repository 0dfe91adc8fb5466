package org.carebudget.rostering.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.TrainingRecord;
import org.carebudget.core.training.TrainingRegister;
import org.carebudget.rostering.AbsenceKind;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.Scenario;
import org.carebudget.rostering.Shift;
import org.carebudget.rostering.workingtime.WorkingTimeHistory;

/**
 * Invariants of the cover look-ahead over random rotas of four PAs (one in two packages) across the October 2026
 * change: adding a PA to the team never reduces cover and never adds a finding; the order shifts are added in
 * changes nothing.
 */
class CoverProperties {

    static final String[] PAS = {"pa-a", "pa-b", "pa-c", "pa-d"};

    record Plan(List<int[]> shifts, int[] trainedDaysAgo, int sickPa, int sickDay) {
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<int[]> shift = Combinators.combine(Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 23), Arbitraries.integers().between(2, 12),
                Arbitraries.integers().between(-1, 3), Arbitraries.integers().between(0, 1))
                .as((day, hour, hours, pa, pkg) -> new int[] {day, hour, hours, pa, pkg});
        Arbitrary<int[]> trained = Arbitraries.integers().between(-1, 400).array(int[].class).ofSize(PAS.length);
        return Combinators.combine(shift.list().ofMinSize(3).ofMaxSize(30), trained,
                Arbitraries.integers().between(-1, 3), Arbitraries.integers().between(0, 13)).as(Plan::new);
    }

    static Scenario scenario(Plan plan, boolean extraPa) {
        Scenario s = Scenario.from("2026-10-19");
        for (String pa : PAS) {
            if (pa.equals("pa-d")) {
                s.pa(pa, b -> b.adultThroughout()
                        .employment(Scenario.employment(Scenario.EMP_1, "2024-01-01"))
                        .employment(Scenario.employment(Scenario.EMP_2, "2024-01-01")));
            } else {
                s.pa(pa);
            }
        }
        if (extraPa) {
            s.pa("pa-new");
        }
        List<String> team1 = new ArrayList<>(List.of("pa-a", "pa-b", "pa-d"));
        if (extraPa) {
            team1.add("pa-new");
        }
        s.carePackage("pkg-1", Scenario.EMP_1, team1.toArray(String[]::new));
        s.carePackage("pkg-2", Scenario.EMP_2, "pa-d");
        LocalDate start = LocalDate.of(2026, 10, 19);
        for (int[] x : plan.shifts) {
            String pkg = x[4] == 0 ? "pkg-1" : "pkg-2";
            String pa = x[3] < 0 ? null : pkg.equals("pkg-2") ? "pa-d" : PAS[x[3]].equals("pa-c") ? null : PAS[x[3]];
            var from = start.plusDays(x[0]).atTime(x[1], 0);
            var to = from.plusHours(x[2]);
            s.shift(pkg, pa, text(from), text(to));
        }
        if (plan.sickPa >= 0) {
            s.absence(PAS[plan.sickPa], AbsenceKind.SICKNESS, start.plusDays(plan.sickDay).toString(),
                    start.plusDays(plan.sickDay + 2).toString());
        }
        return s;
    }

    /** A local time naming one moment (the October overlap hour is shifted to its second occurrence). */
    private static String text(java.time.LocalDateTime t) {
        if (t.toLocalDate().equals(LocalDate.of(2026, 10, 25)) && t.getHour() == 1) {
            return t + "+00:00";
        }
        return t.toString();
    }

    static TrainingRegister register(Plan plan, boolean extraPa) {
        LocalDate today = LocalDate.of(2026, 10, 19);
        TrainingRegister.Builder b = TrainingRegister.builder(CompetencyCatalogue.standard());
        for (int i = 0; i < PAS.length; i++) {
            if (plan.trainedDaysAgo[i] >= 0) {
                b.record(TrainingRecord.completed(PersonalAssistantId.of(PAS[i]), CoverLookAheadTest.MOVING,
                        today.minusDays(plan.trainedDaysAgo[i]), "trainer", "cert-" + i), today);
            }
        }
        if (extraPa) {
            b.record(TrainingRecord.completed(PersonalAssistantId.of("pa-new"), CoverLookAheadTest.MOVING,
                    today.minusDays(10), "trainer", "cert-new"), today);
        }
        return b.build();
    }

    /** A finding without its candidates: what must not change when a PA joins the team. */
    private static String withoutCandidates(CoverFinding f) {
        return f.ruleId() + " " + f.carePackage() + " " + f.shift() + " " + f.personalAssistant() + " "
                + f.competencies() + " " + f.workingTimeRules() + " " + f.otherShift() + " " + f.distinctPas();
    }

    @Property
    void givenAnotherPaInTheTeam_thenNoFindingIsAddedAndNoCandidateLost(@ForAll("plans") Plan plan) {
        List<CoverFinding> before = scenario(plan, false).cover(register(plan, false), 14).findings();
        List<CoverFinding> after = scenario(plan, true).cover(register(plan, true), 14).findings();

        assertEquals(before.stream().map(CoverProperties::withoutCandidates).toList(),
                after.stream().map(CoverProperties::withoutCandidates).toList());
        for (int i = 0; i < before.size(); i++) {
            assertTrue(after.get(i).candidates().containsAll(before.get(i).candidates()),
                    () -> before + " then " + after);
        }
    }

    @Property
    void givenShiftsAddedInAnyOrder_thenTheSameReport(@ForAll("plans") Plan plan, @ForAll long seed) {
        Scenario s = scenario(plan, false);
        Rota ordered = s.rota();
        List<Shift> shuffled = new ArrayList<>(s.shifts());
        Collections.shuffle(shuffled, new Random(seed));
        Rota.Builder b = Rota.builder(ordered.caseload());
        shuffled.forEach(b::add);
        Rota other = b.build();
        WorkingTimeHistory history = s.history(ordered);
        Competence competence = Competence.of(register(plan, false));

        assertEquals(CoverLookAhead.standard().withDays(14).run(ordered, history, competence).findings(),
                CoverLookAhead.standard().withDays(14).run(other, history, competence).findings());
    }
}
