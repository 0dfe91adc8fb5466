package org.carebudget.rostering.cover;

import static org.carebudget.rostering.Scenario.EMP_1;
import static org.carebudget.rostering.Scenario.EMP_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.TrainingRecord;
import org.carebudget.core.training.TrainingRegister;
import org.carebudget.rostering.AbsenceKind;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.Scenario;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.workingtime.DailyRestRule;
import org.junit.jupiter.api.Test;

/**
 * The cover look-ahead from Monday 4 May 2026 for a package whose team is pa-a (moving and handling valid to 2027),
 * pa-b (lapsing on 20 May 2026) and pa-c (no record): each reason alone, given/then, with who could fill.
 */
public class CoverLookAheadTest {

    static final CompetencyCode MOVING = CompetencyCode.of("moving-and-handling-people");
    static final PersonalAssistantId A = PersonalAssistantId.of("pa-a");
    static final PersonalAssistantId B = PersonalAssistantId.of("pa-b");
    static final PersonalAssistantId C = PersonalAssistantId.of("pa-c");

    public static TrainingRegister register() {
        LocalDate today = LocalDate.of(2026, 5, 4);
        return TrainingRegister.builder(CompetencyCatalogue.standard())
                .record(TrainingRecord.completed(A, MOVING, LocalDate.of(2026, 1, 10), "trainer", "cert-a"), today)
                .record(TrainingRecord.completed(B, MOVING, LocalDate.of(2025, 5, 20), "trainer", "cert-b"), today)
                .build();
    }

    static Scenario team() {
        return Scenario.from("2026-05-04").pa("pa-a").pa("pa-b").pa("pa-c")
                .carePackage("pkg-1", EMP_1, "pa-a", "pa-b", "pa-c");
    }

    @Test
    void givenAnUnfilledShift_thenReportedWithTheCompetentFreePasWhoCouldFillIt() {
        CoverReport report = team().shift("pkg-1", null, "2026-05-05T08:00", "2026-05-05T14:00")
                .cover(register(), 21);

        List<CoverFinding> findings = report.findings(ShiftId.of(1));
        assertEquals(1, findings.size(), findings::toString);
        CoverFinding f = findings.get(0);
        assertEquals(CoverReason.UNFILLED, f.reason());
        assertEquals("cover.unfilled", f.ruleId());
        assertEquals(Severity.BLOCKING, f.severity());
        assertEquals(List.of(A, B), f.candidates());
        assertEquals(LocalDate.of(2026, 5, 5), f.actBefore());
        assertTrue(f.message().contains("Could fill: pa-a, pa-b."), f.message());
    }

    @Test
    void givenAShiftAfterPaBsTrainingLapses_thenOnlyPaACouldFillIt() {
        CoverFinding f = team().shift("pkg-1", null, "2026-05-21T08:00", "2026-05-21T14:00")
                .cover(register(), 21).findings(ShiftId.of(1)).get(0);

        assertEquals(List.of(A), f.candidates());
    }

    @Test
    void givenADoubleUpWithOnePa_thenTheSecondPaIsMissing() {
        CoverFinding f = team().doubleUp("pkg-1", "2026-05-05T08:00", "2026-05-05T10:00", "pa-a")
                .cover(register(), 21).findings(ShiftId.of(1)).get(0);

        assertEquals(CoverReason.SECOND_PA_MISSING, f.reason());
        assertEquals(List.of(B), f.candidates());
    }

    @Test
    void givenTheBookedPaIsSick_thenReportedAndTheOthersCouldFill() {
        List<CoverFinding> findings = team().absence("pa-a", AbsenceKind.SICKNESS, "2026-05-05", "2026-05-08")
                .shift("pkg-1", "pa-a", "2026-05-06T08:00", "2026-05-06T14:00")
                .cover(register(), 21).findings(ShiftId.of(1));

        assertEquals(1, findings.size(), findings::toString);
        assertEquals(CoverReason.PA_ABSENT, findings.get(0).reason());
        assertEquals(A, findings.get(0).personalAssistant());
        assertEquals(List.of(B), findings.get(0).candidates());
    }

    @Test
    void givenAPaWithNoRecordOfTheTasksCompetency_thenNotCompetentNamingIt() {
        CoverFinding f = team().shift("pkg-1", "pa-c", "2026-05-05T08:00", "2026-05-05T14:00")
                .cover(register(), 21).findings(ShiftId.of(1)).get(0);

        assertEquals(CoverReason.NOT_COMPETENT, f.reason());
        assertEquals(List.of(MOVING), f.competencies());
        assertEquals(List.of(A, B), f.candidates());
        assertTrue(f.message().contains("moving-and-handling-people MISSING"), f.message());
    }

    @Test
    void givenTrainingThatLapsesBeforeTheShift_thenAWarningToBookItBeforeTheLapseDay() {
        CoverFinding f = team().shift("pkg-1", "pa-b", "2026-05-22T08:00", "2026-05-22T14:00")
                .cover(register(), 21).findings(ShiftId.of(1)).get(0);

        assertEquals(CoverReason.COMPETENCE_LAPSES, f.reason());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(LocalDate.of(2026, 5, 20), f.actBefore());
        assertEquals(List.of(A), f.candidates());
    }

    @Test
    void givenAPaBookedInTwoPackagesAtOnce_thenBothShiftsAreReported() {
        CoverReport report = Scenario.from("2026-05-04")
                .pa("pa-a", b -> b.adultThroughout()
                        .employment(Scenario.employment(EMP_1, DomesticService.NOT_DOMESTIC_SERVICE))
                        .employment(Scenario.employment(EMP_2, DomesticService.NOT_DOMESTIC_SERVICE)))
                .pa("pa-b")
                .carePackage("pkg-1", EMP_1, "pa-a", "pa-b").carePackage("pkg-2", EMP_2, "pa-a")
                .shift("pkg-1", "pa-a", "2026-05-05T08:00", "2026-05-05T12:00")
                .shift("pkg-2", "pa-a", "2026-05-05T11:00", "2026-05-05T13:00")
                .cover(register(), 21);

        CoverFinding first = report.findings(ShiftId.of(1)).get(0);
        assertEquals(CoverReason.DOUBLE_BOOKED, first.reason());
        assertEquals(ShiftId.of(2), first.otherShift());
        assertEquals(List.of(B), first.candidates());
        assertEquals(CoverReason.DOUBLE_BOOKED, report.findings(ShiftId.of(2)).get(0).reason());
        assertEquals(List.of(), report.findings(ShiftId.of(2)).get(0).candidates());
    }

    @Test
    void givenAShiftBreakingDailyRest_thenReportedWithTheRuleAndCandidatesWithinTheLaw() {
        CoverReport report = team()
                .shift("pkg-1", "pa-a", "2026-05-05T08:00", "2026-05-05T20:00")
                .shift("pkg-1", "pa-a", "2026-05-06T05:00", "2026-05-06T13:00")
                .shift("pkg-1", "pa-b", "2026-05-05T09:00", "2026-05-05T22:00")
                .cover(register(), 21);

        CoverFinding f = report.findings(ShiftId.of(2)).get(0);
        assertEquals(CoverReason.WORKING_TIME, f.reason());
        assertEquals(List.of(DailyRestRule.ID), f.workingTimeRules());
        // pa-b finished at 22:00 the evening before: 7 hours' rest, so pa-b could not take the 05:00 shift either
        assertEquals(List.of(), f.candidates());
    }

    @Test
    void givenFewerDistinctPasThanThePlansMinimum_thenAPackageWarning() {
        CoverReport report = team().minimumPas("pkg-1", 2)
                .shift("pkg-1", "pa-a", "2026-05-05T08:00", "2026-05-05T12:00")
                .cover(register(), 21);

        CoverFinding f = report.findings().get(0);
        assertEquals(CoverReason.TOO_FEW_PAS, f.reason());
        assertEquals(1, f.distinctPas());
        assertEquals(2, f.minimumPas());
        assertEquals(null, f.shift());
    }

    @Test
    void givenACoveredRota_thenNothing() {
        CoverReport report = team()
                .shift("pkg-1", "pa-a", "2026-05-05T08:00", "2026-05-05T12:00")
                .shift("pkg-1", "pa-b", "2026-05-06T08:00", "2026-05-06T12:00")
                .cover(register(), 21);

        assertTrue(report.isCovered(), report.findings()::toString);
        assertEquals(2, report.shiftsChecked());
    }

    @Test
    void givenAnUnfilledNightOverEachClockChange_thenCandidatesAreCheckedOnElapsedHours() {
        // pa-a worked until 18:00 on Saturday; the 04:00 start on Sunday is 11 elapsed hours later in October, 9 in March
        for (String[] c : new String[][] {{"2026-10-24", "2026-10-25", "true"}, {"2026-03-28", "2026-03-29", "false"},
            {"2025-10-25", "2025-10-26", "true"}, {"2025-03-29", "2025-03-30", "false"}}) {
            TrainingRegister register = TrainingRegister.builder(CompetencyCatalogue.standard())
                    .record(TrainingRecord.completed(A, MOVING, LocalDate.parse(c[0]).minusDays(30), "t", "x"),
                            LocalDate.parse(c[0])).build();
            CoverReport report = Scenario.from(c[0]).pa("pa-a").carePackage("pkg-1", EMP_1, "pa-a")
                    .shift("pkg-1", "pa-a", c[0] + "T08:00", c[0] + "T18:00")
                    .shift("pkg-1", null, c[1] + "T04:00", c[1] + "T09:00")
                    .cover(register, 7);
            CoverFinding f = report.findings(ShiftId.of(2)).get(0);
            assertEquals(Boolean.parseBoolean(c[2]) ? List.of(A) : List.of(), f.candidates(), c[0]);
        }
    }
}
