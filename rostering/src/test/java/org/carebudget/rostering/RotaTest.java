package org.carebudget.rostering;

import static org.carebudget.rostering.Rejected.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** The rota, timesheets and caseload refuse what does not fit, naming it, and change nothing when they do. */
class RotaTest {

    static Scenario team() {
        return Scenario.from("2026-05-04").pa("pa-a").pa("pa-b").carePackage("pkg-1", Scenario.EMP_1, "pa-a", "pa-b");
    }

    static Shift shift(long id, String pkg, String pa, String task) {
        Shift.Builder b = Shift.builder(ShiftId.of(id), CarePackageId.of(pkg), Scenario.ICB,
                Scenario.instant("2026-05-05T09:00"), Scenario.instant("2026-05-05T12:00")).task(task);
        if (pa != null) {
            b.personalAssistant(PersonalAssistantId.of(pa));
        }
        return b.build();
    }

    @Test
    void givenShiftsThatDoNotFitTheCaseload_thenRefusedAndNothingAdded() {
        Caseload c = team().caseload();
        Rota.Builder r = Rota.builder(c).add(shift(1, "pkg-1", "pa-a", "personal care"));

        assertRejected("carePackage", () -> r.add(shift(2, "pkg-9", "pa-a", "personal care")), "in the caseload");
        assertRejected("personalAssistant", () -> r.add(shift(2, "pkg-1", "pa-x", "personal care")),
                "profile is in the caseload");
        assertRejected("tasks", () -> r.add(shift(2, "pkg-1", "pa-a", "gardening")), "tasks of the support plan");
        assertRejected("shiftId", () -> r.add(shift(1, "pkg-1", "pa-b", "personal care")), "not already");
        assertRejected("carePackage", () -> r.addAll(List.of(shift(5, "pkg-1", "pa-b", "personal care"),
                shift(6, "pkg-9", null, "personal care"))), "pkg-9 on shift 6");
        assertEquals(1, r.build().size());
    }

    @Test
    void givenIdsOutOfOrderWithADuplicate_thenBuildRefusesIt() {
        Caseload c = team().caseload();
        Rota.Builder r = Rota.builder(c).add(shift(5, "pkg-1", "pa-a", "personal care"))
                .add(shift(3, "pkg-1", "pa-a", "personal care")).add(shift(5, "pkg-1", "pa-b", "personal care"));

        assertRejected("shiftId", r::build, "ids used once", "5");
    }

    @Test
    void givenAPaNotEmployedByThePackagesEmployerThatDay_thenRefused() {
        Caseload c = Scenario.from("2026-05-04").pa("pa-a")
                .pa("pa-new", b -> b.adultThroughout().employment(Scenario.employment(Scenario.EMP_1, "2026-06-01")))
                .carePackage("pkg-1", Scenario.EMP_1, "pa-a", "pa-new").caseload();

        assertRejected("personalAssistant", () -> Rota.builder(c).add(shift(1, "pkg-1", "pa-new", "personal care")),
                "employed by emp-1 on 2026-05-05");
    }

    @Test
    void givenShiftsAdded_thenReadBackEqualByIdAndByIndex() {
        Caseload c = team().caseload();
        Shift s = Shift.builder(ShiftId.of(7), CarePackageId.of("pkg-1"), Scenario.ICB,
                Scenario.instant("2026-05-05T22:00"), Scenario.instant("2026-05-06T07:00")).kind(ShiftKind.SLEEP_IN)
                .doubleUp().personalAssistant(PersonalAssistantId.of("pa-b")).task("personal care")
                .awake(TimeSpan.of(Scenario.instant("2026-05-06T02:00"), Scenario.instant("2026-05-06T02:30")))
                .restBreak(TimeSpan.of(Scenario.instant("2026-05-06T06:00"), Scenario.instant("2026-05-06T06:20")))
                .build();
        Rota rota = Rota.builder(c).add(s).build();

        assertEquals(s, rota.shift(0));
        assertEquals(s, rota.shift(ShiftId.of(7)).orElseThrow());
        assertEquals(20, rota.breakMinutes(0));
        assertEquals(30, rota.awakeMinutes(0));
        assertEquals(1, rota.workerShiftCount(c.workerIndex(PersonalAssistantId.of("pa-b"))));
        assertRejected("shift", () -> rota.startMinute(1), "0 - 0");
    }

    @Test
    void givenTimesheetsThatDoNotFitTheRota_thenRefused() {
        Rota rota = Rota.builder(team().caseload()).add(shift(1, "pkg-1", "pa-a", "personal care")).build();
        TimeSpan worked = TimeSpan.of(Scenario.instant("2026-05-05T09:00"), Scenario.instant("2026-05-05T12:00"));
        Timesheets.Builder t = Timesheets.builder(rota)
                .add(TimesheetEntry.worked(ShiftId.of(1), PersonalAssistantId.of("pa-a"), worked));

        assertRejected("shift", () -> t.add(TimesheetEntry.worked(ShiftId.of(2), PersonalAssistantId.of("pa-a"),
                worked)), "a shift in the rota", "2");
        assertRejected("personalAssistant", () -> t.add(TimesheetEntry.missed(ShiftId.of(1),
                PersonalAssistantId.of("pa-a"))), "one entry per PA");
        assertRejected("shift", () -> t.add(TimesheetEntry.missed(ShiftId.of(1), PersonalAssistantId.of("pa-b"))),
                "at most 1 entries");
        assertRejected("shift", () -> t.add(TimesheetEntry.cancelled(ShiftId.of(1))), "no other entry");
        assertRejected("personalAssistant", () -> t.add(TimesheetEntry.missed(ShiftId.of(1),
                PersonalAssistantId.of("pa-x"))), "in the caseload");
        assertEquals(1, t.build().size());
        assertEquals(Attendance.DELIVERED, t.build().attendance(ShiftId.of(1), PersonalAssistantId.of("pa-a")));
    }

    @Test
    void givenOverlappingLeaveOrAnUnemployedTeamMember_thenTheCaseloadRefuses() {
        Scenario s = team();
        Caseload.Builder b = Caseload.builder().worker(WorkerProfile.builder(PersonalAssistantId.of("pa-a"))
                .adultThroughout().employment(Scenario.employment(Scenario.EMP_1, DomesticService.NOT_DOMESTIC_SERVICE))
                .build());
        Absence first = Absence.of(PersonalAssistantId.of("pa-a"), AbsenceKind.ANNUAL_LEAVE,
                DateRange.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 9)));
        b.absence(first);

        assertRejected("absence", () -> b.absence(Absence.of(PersonalAssistantId.of("pa-a"), AbsenceKind.SICKNESS,
                DateRange.of(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 12)))), "not overlapping");
        assertRejected("absence", () -> b.absence(Absence.of(PersonalAssistantId.of("pa-z"), AbsenceKind.SICKNESS,
                DateRange.of(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 12)))), "profile is in the caseload");
        b.carePackage(CarePackagePlan.builder(CarePackageId.of("pkg-2"), org.carebudget.core.id.PersonId.of("p"),
                EmployerId.of("other")).team(List.of(PersonalAssistantId.of("pa-a"))).build());
        assertRejected("team", b::build, "employed by the package's employer other");
        assertEquals(List.of(first), s.caseload().absences(PersonalAssistantId.of("pa-a")).isEmpty() ? List.of(first)
                : List.of());
    }

    @Test
    void givenASaturdayNightPattern_thenElevenOrNineElapsedHoursOnTheChangeNights() {
        RotaTemplate template = RotaTemplate.of(CarePackageId.of("pkg-1"), 2, LocalDate.of(2026, 10, 19), List.of(
                TemplateShift.of(1, DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(8, 0), Scenario.ICB)
                        .withKind(ShiftKind.SLEEP_IN).withTasks(List.of("personal care")),
                TemplateShift.of(2, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0), Scenario.ICB)));

        List<Shift> october = template.generate(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 16), 100);

        // Saturday 24 October 22:00 to Sunday 08:00 is 11 elapsed hours; Saturday 7 November's 10
        assertEquals(List.of(660L, 240L, 600L, 240L), october.stream().map(Shift::minutes).toList());
        assertEquals(List.of(ShiftId.of(100), ShiftId.of(101), ShiftId.of(102), ShiftId.of(103)),
                october.stream().map(Shift::id).toList());
        // 23 March 2026 is 30 weeks before 19 October 2026: week 1, so Saturday 28 March's night is 9 hours
        List<Shift> march = template.generate(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30), 1);
        assertEquals(List.of(540L), march.stream().map(Shift::minutes).toList());
        List<Shift> twoWeeks = template.generate(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 30), 1);
        assertEquals(List.of(240L, 540L), twoWeeks.stream().map(Shift::minutes).toList());
        assertRejected("firstMonday", () -> RotaTemplate.of(CarePackageId.of("pkg-1"), 1, LocalDate.of(2026, 10, 13),
                List.of()), "a Monday");
    }

    @Test
    void givenProfilesAndBudgetsThatContradictThemselves_thenRefused() {
        assertRejected("dateOfBirth", () -> WorkerProfile.builder(PersonalAssistantId.of("pa-a"))
                .employment(Scenario.employment(Scenario.EMP_1, DomesticService.NOT_DOMESTIC_SERVICE)).build(),
                "neither");
        assertRejected("optOut", () -> WorkerProfile.builder(PersonalAssistantId.of("pa-a")).adultThroughout()
                .employment(Scenario.employment(Scenario.EMP_1, DomesticService.NOT_DOMESTIC_SERVICE))
                .optOut(OptOut.of(Scenario.EMP_2, DateRange.startingOn(LocalDate.of(2026, 1, 1)))).build(),
                "one of the PA's employers");
        assertRejected("end", () -> NightTime.of(LocalTime.of(23, 0), LocalTime.of(5, 0)), "at least 7 hours");
        assertEquals(NightTime.of(LocalTime.MIDNIGHT, LocalTime.of(7, 0)).toString(), "00:00-07:00");
        assertRejected("lines", () -> HoursBudget.of(List.of(
                BudgetLine.of(Scenario.ICB, ShiftKind.DAY, 600, DateRange.startingOn(LocalDate.of(2026, 4, 1))),
                BudgetLine.of(Scenario.ICB, ShiftKind.DAY, 700, DateRange.startingOn(LocalDate.of(2026, 6, 1))))),
                "do not overlap");
        assertRejected("dateOfBirth", () -> WorkerProfile.builder(PersonalAssistantId.of("pa-a"))
                .dateOfBirth(LocalDate.of(1850, 1, 1)), "(not shown)");
    }
}
