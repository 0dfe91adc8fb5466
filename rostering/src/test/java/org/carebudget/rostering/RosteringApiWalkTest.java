package org.carebudget.rostering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.testing.ApiWalk;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.core.training.TrainingRegister;
import org.carebudget.rostering.cover.Competence;
import org.carebudget.rostering.cover.CoverLookAhead;
import org.carebudget.rostering.cover.CoverLookAheadTest;
import org.carebudget.rostering.cover.CoverReport;
import org.carebudget.rostering.hours.HoursMonitor;
import org.carebudget.rostering.workingtime.DailyRestRule;
import org.carebudget.rostering.workingtime.WorkingTimeCheck;
import org.carebudget.rostering.workingtime.WorkingTimeHistory;
import org.carebudget.rostering.workingtime.WorkingTimeLaw;
import org.carebudget.rostering.workingtime.WorkingTimeReport;
import org.carebudget.rostering.workingtime.WorkingTimeRule;
import org.junit.jupiter.api.Test;

/**
 * Rostering's public API walked with hostile arguments: only {@link RosteringException} may come out, messages stay
 * short, and refused calls on builders change nothing.
 */
class RosteringApiWalkTest {

    @Test
    void givenHostileArguments_thenOnlyTheModuleExceptionEscapes() {
        Scenario s = Scenario.from("2026-05-04").pa("pa-1").pa("pa-2").carePackage("pkg-1", Scenario.EMP_1, "pa-1",
                "pa-2")
                .shift("pkg-1", "pa-1", "2026-05-05T08:00", "2026-05-05T20:00")
                .shift("pkg-1", null, "2026-05-06T08:00", "2026-05-06T12:00")
                .worked("pa-1", "2026-05-03T08:00", "2026-05-03T16:00");
        Rota rota = s.rota();
        Caseload caseload = rota.caseload();
        WorkingTimeHistory history = s.history(rota);
        TrainingRegister register = CoverLookAheadTest.register();
        Shift shift = rota.shift(0);
        TimeSpan span = shift.span();
        Timesheets timesheets = Timesheets.builder(rota).add(TimesheetEntry.worked(shift.id(),
                PersonalAssistantId.of("pa-1"), span)).build();
        DateRange may = DateRange.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 1));
        WorkingTimeReport wt = WorkingTimeCheck.standard().check(rota, history, 21);
        CoverReport cover = CoverLookAhead.standard().run(rota, history, Competence.of(register));

        org.carebudget.rostering.hours.HoursReport hours = HoursMonitor.standard().report(timesheets, may,
                LocalDate.of(2026, 5, 11));
        ApiWalk.Result result = ApiWalk.of(RosteringException.class, Rota.class, "org.carebudget.rostering",
                        "org.carebudget.rostering.holidays", "org.carebudget.rostering.workingtime",
                        "org.carebudget.rostering.cover", "org.carebudget.rostering.hours",
                        "org.carebudget.rostering.jackson")
                .sample(CarePackageId.class, CarePackageId.of("pkg-1"))
                .sample(PersonalAssistantId.class, PersonalAssistantId.of("pa-1"))
                .sample(EmployerId.class, Scenario.EMP_1)
                .sample(FunderId.class, Scenario.ICB)
                .sample(PersonId.class, PersonId.of("person-pkg-1"))
                .sample(DateRange.class, may)
                .sample(LocalTime.class, LocalTime.of(9, 0))
                .sample(DayOfWeek.class, DayOfWeek.MONDAY)
                .sample(Source.class, Source.of("a source", Status.CONFIRMED))
                .sample(TaskRequirement.class, Scenario.PERSONAL_CARE)
                .sample(TrainingRegister.class, register)
                .sample(CompetencyCatalogue.class, CompetencyCatalogue.standard())
                .sample(ShiftId.class, ShiftId.of(1))
                .sample(TimeSpan.class, span)
                .sample(Shift.class, shift)
                .sample(Rota.class, rota)
                .sample(Caseload.class, caseload)
                .sample(Timesheets.class, timesheets)
                .sample(TimesheetEntry.class, TimesheetEntry.missed(shift.id(), PersonalAssistantId.of("pa-1")))
                .sample(Absence.class, Absence.of(PersonalAssistantId.of("pa-1"), AbsenceKind.SICKNESS, may))
                .sample(DeclaredHours.class, DeclaredHours.of(PersonalAssistantId.of("pa-1"), Scenario.EMP_2, 60, may))
                .sample(BudgetLine.class, BudgetLine.of(Scenario.ICB, ShiftKind.DAY, 60, may))
                .sample(HoursBudget.class, HoursBudget.NONE)
                .sample(EmploymentTerms.class, Scenario.employment(Scenario.EMP_1, DomesticService.NOT_DOMESTIC_SERVICE))
                .sample(OptOut.class, OptOut.of(Scenario.EMP_1, may))
                .sample(NightTime.class, NightTime.DEFAULT)
                .sample(ReferencePeriod.class, ReferencePeriod.ROLLING)
                .sample(WorkerProfile.class, caseload.workers().get(0))
                .sample(CarePackagePlan.class, caseload.packages().get(0))
                .sample(TemplateShift.class, TemplateShift.of(1, DayOfWeek.MONDAY, LocalTime.of(9, 0),
                        LocalTime.of(12, 0), Scenario.ICB))
                .sample(RotaTemplate.class, RotaTemplate.of(CarePackageId.of("pkg-1"), 1, LocalDate.of(2026, 5, 4),
                        List.of()))
                .sample(BankHolidays.class, BankHolidays.none())
                .sample(WorkingTimeHistory.class, history)
                .sample(WorkingTimeCheck.class, WorkingTimeCheck.standard())
                .sample(WorkingTimeRule.class, new DailyRestRule())
                .sample(WorkingTimeLaw.class, WorkingTimeLaw.GREAT_BRITAIN)
                .sample(WorkingTimeReport.class, wt)
                .sample(Competence.class, Competence.of(register))
                .sample(CoverLookAhead.class, CoverLookAhead.standard())
                .sample(CoverReport.class, cover)
                .sample(HoursMonitor.class, HoursMonitor.standard())
                .sample(org.carebudget.rostering.hours.HoursReport.class, hours)
                .sample(org.carebudget.rostering.hours.FunderHours.class, hours.funderHours().get(0))
                .sample(org.carebudget.rostering.hours.WeekHours.class, hours.funderHours().get(0).weeks().get(0))
                .sample(org.carebudget.rostering.hours.HoursFinding.class, hours.findings().get(0))
                .sample(org.carebudget.rostering.cover.CoverFinding.class, cover.findings().get(0))
                .sample(org.carebudget.rostering.workingtime.WorkingTimeFinding.class, wt.findings().get(0))
                .sample(long[].class, new long[1])
                .sample(org.carebudget.rostering.workingtime.DailyRestRule.class, new DailyRestRule())
                .sample(org.carebudget.rostering.workingtime.WeeklyLimitRule.class,
                        new org.carebudget.rostering.workingtime.WeeklyLimitRule())
                .sample(org.carebudget.rostering.workingtime.NightLimitRule.class,
                        new org.carebudget.rostering.workingtime.NightLimitRule())
                .sample(org.carebudget.rostering.workingtime.RestBreakRule.class,
                        new org.carebudget.rostering.workingtime.RestBreakRule())
                .sample(org.carebudget.rostering.workingtime.WeeklyRestRule.class,
                        new org.carebudget.rostering.workingtime.WeeklyRestRule())
                .sample(org.carebudget.rostering.workingtime.YoungDailyLimitRule.class,
                        new org.carebudget.rostering.workingtime.YoungDailyLimitRule())
                .sample(org.carebudget.rostering.workingtime.YoungWeeklyLimitRule.class,
                        new org.carebudget.rostering.workingtime.YoungWeeklyLimitRule())
                .sample(org.carebudget.rostering.workingtime.YoungNightWorkRule.class,
                        new org.carebudget.rostering.workingtime.YoungNightWorkRule())
                .instance(WorkingTimeCheck.Session.class, () -> WorkingTimeCheck.standard().session(rota, history, 21),
                        null)
                .sample(java.util.Map.class, java.util.Map.of(Nation.ENGLAND, List.of(LocalDate.of(2026, 5, 4))))
                .skip("org.carebudget.core.InvalidValueException.", "the kernel's statics, inherited by "
                        + "RosteringException; walked by core's KernelApiWalkTest")
                .skip("org.carebudget.rostering.holidays.JollydayBankHolidays.", "loads jollyday's calendar files; "
                        + "its argument checks are tested in JollydayBankHolidaysTest")
                .skip("org.carebudget.rostering.workingtime.WorkerTimeline.", "made only by a session, inside a "
                        + "check; read through the rules' tests")
                .run();

        assertTrue(result.calls() > 1000, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
    }
}
