package org.carebudget.examples;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.LondonTime;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.core.training.TrainingRecord;
import org.carebudget.core.training.TrainingRegister;
import org.carebudget.rostering.Absence;
import org.carebudget.rostering.AbsenceKind;
import org.carebudget.rostering.BankHolidays;
import org.carebudget.rostering.BudgetLine;
import org.carebudget.rostering.CarePackagePlan;
import org.carebudget.rostering.Caseload;
import org.carebudget.rostering.DeclaredHours;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.EmploymentTerms;
import org.carebudget.rostering.HoursBudget;
import org.carebudget.rostering.Nation;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.RotaTemplate;
import org.carebudget.rostering.Shift;
import org.carebudget.rostering.ShiftKind;
import org.carebudget.rostering.TemplateShift;
import org.carebudget.rostering.TimeSpan;
import org.carebudget.rostering.TimesheetEntry;
import org.carebudget.rostering.Timesheets;
import org.carebudget.rostering.WorkerProfile;
import org.carebudget.rostering.cover.Competence;
import org.carebudget.rostering.cover.CoverFinding;
import org.carebudget.rostering.cover.CoverLookAhead;
import org.carebudget.rostering.cover.CoverReport;
import org.carebudget.rostering.hours.FunderHours;
import org.carebudget.rostering.hours.HoursFinding;
import org.carebudget.rostering.hours.HoursMonitor;
import org.carebudget.rostering.hours.HoursReport;
import org.carebudget.rostering.workingtime.WorkingTimeCheck;
import org.carebudget.rostering.workingtime.WorkingTimeFinding;
import org.carebudget.rostering.workingtime.WorkingTimeHistory;
import org.carebudget.rostering.workingtime.WorkingTimeReport;

/**
 * A rota checked before it is published (seed 000: "personal assistants' visits for 3 weeks ahead are monitored").
 * Sam's integrated budget pays for day support from the council and sleep-ins from the ICB. Three PAs: Anna, who also
 * works for Jo's family (a second employer) and declares 10 hours a week with an agency; Ben, who is 17; Cara, whose
 * moving-and-handling training lapses in the look-ahead. A two-week pattern generates the three weeks from Monday
 * 19 October 2026, across the night the clocks go back; two weeks of timesheets precede it. The coordinator sees the
 * working-time breaches across employers, each gap with who could fill it, and the hours against budget.
 */
public final class RotaExample {

    static final LocalDate PUBLISH_FROM = LocalDate.of(2026, 10, 19);
    static final PersonalAssistantId ANNA = PersonalAssistantId.of("pa-anna");
    static final PersonalAssistantId BEN = PersonalAssistantId.of("pa-ben");
    static final PersonalAssistantId CARA = PersonalAssistantId.of("pa-cara");
    static final CarePackageId SAM = CarePackageId.of("pkg-sam");
    static final CarePackageId JO = CarePackageId.of("pkg-jo");
    static final EmployerId SAMS_FAMILY = EmployerId.of("emp-sam-family");
    static final EmployerId JOS_FAMILY = EmployerId.of("emp-jo-family");
    static final FunderId COUNCIL = FunderId.of("council");
    static final FunderId ICB = FunderId.of("icb");
    static final CompetencyCode MOVING = CompetencyCode.of("moving-and-handling-people");
    static final TaskRequirement CARE = TaskRequirement.of("personal care", 1, MOVING);

    private RotaExample() {
    }

    /**
     * Runs the example and prints what it finds.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, printing to {@code out}.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        DateRange employed = DateRange.startingOn(LocalDate.of(2025, 1, 6));
        Caseload caseload = Caseload.builder()
                .worker(WorkerProfile.builder(ANNA).adultThroughout()
                        .employment(EmploymentTerms.of(SAMS_FAMILY, employed, DomesticService.NOT_DOMESTIC_SERVICE))
                        .employment(EmploymentTerms.of(JOS_FAMILY, employed,
                                DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD)).build())
                .worker(WorkerProfile.builder(BEN).dateOfBirth(LocalDate.of(2009, 3, 14))
                        .employment(EmploymentTerms.of(SAMS_FAMILY, employed, DomesticService.NOT_DOMESTIC_SERVICE))
                        .build())
                .worker(WorkerProfile.builder(CARA).adultThroughout()
                        .employment(EmploymentTerms.of(SAMS_FAMILY, employed, DomesticService.NOT_DOMESTIC_SERVICE))
                        .build())
                .carePackage(CarePackagePlan.builder(SAM, PersonId.of("person-sam"), SAMS_FAMILY).nation(Nation.ENGLAND)
                        .team(List.of(ANNA, BEN, CARA)).task(CARE).minimumDistinctPas(3)
                        .budget(HoursBudget.of(List.of(
                                BudgetLine.of(COUNCIL, ShiftKind.DAY, 30 * 60, DateRange.startingOn(LocalDate.of(2026,
                                        4, 1))),
                                BudgetLine.of(ICB, ShiftKind.SLEEP_IN, 2 * 10 * 60, DateRange.startingOn(
                                        LocalDate.of(2026, 4, 1)))))).build())
                .carePackage(CarePackagePlan.builder(JO, PersonId.of("person-jo"), JOS_FAMILY).team(List.of(ANNA))
                        .task(CARE).build())
                .declaredHours(DeclaredHours.of(ANNA, EmployerId.of("agency"), 10 * 60, employed))
                .absence(Absence.of(CARA, AbsenceKind.ANNUAL_LEAVE, DateRange.of(LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 4))))
                .bankHolidays(BankHolidays.of(Map.of(Nation.ENGLAND, List.of(LocalDate.of(2026, 12, 25)))))
                .build();

        // a two-week pattern: mornings and evenings on weekdays, weekend days, a Saturday sleep-in
        List<TemplateShift> pattern = new ArrayList<>();
        for (int week = 1; week <= 2; week++) {
            for (DayOfWeek day : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
                pattern.add(TemplateShift.of(week, day, LocalTime.of(7, 30), LocalTime.of(10, 0), COUNCIL)
                        .withTasks(List.of(CARE.task())).withPersonalAssistants(List.of(week == 1 ? ANNA : CARA)));
                // Ben is 17: the Friday evening of week 1 runs to 22:30, into the young worker's restricted period
                LocalTime end = week == 1 && day == DayOfWeek.FRIDAY ? LocalTime.of(22, 30) : LocalTime.of(21, 0);
                pattern.add(TemplateShift.of(week, day, LocalTime.of(18, 0), end, COUNCIL)
                        .withTasks(List.of(CARE.task())).withPersonalAssistants(List.of(BEN)));
            }
            pattern.add(TemplateShift.of(week, DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), COUNCIL)
                    .withTasks(List.of(CARE.task())).withPersonalAssistants(List.of(CARA)));
            pattern.add(TemplateShift.of(week, DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(8, 0), ICB)
                    .withKind(ShiftKind.SLEEP_IN).withTasks(List.of(CARE.task()))
                    .withPersonalAssistants(week == 1 ? List.of(ANNA) : List.of()));
        }
        RotaTemplate template = RotaTemplate.of(SAM, 2, PUBLISH_FROM, pattern);
        Rota.Builder rota = Rota.builder(caseload);
        List<Shift> past = template.generate(PUBLISH_FROM.minusDays(14), PUBLISH_FROM, 1);
        rota.addAll(past);
        rota.addAll(template.generate(PUBLISH_FROM, PUBLISH_FROM.plusDays(21), 1000));
        // Anna's evenings for Jo, another employer, in the same week as her Saturday sleep-in for Sam
        rota.add(Shift.builder(org.carebudget.rostering.ShiftId.of(5000), JO, COUNCIL,
                LondonTime.instantOf(LocalDate.of(2026, 10, 24).atTime(13, 0)),
                LondonTime.instantOf(LocalDate.of(2026, 10, 24).atTime(21, 30))).personalAssistant(ANNA)
                .task(CARE.task()).build());
        Rota built = rota.build();

        Timesheets.Builder sheets = Timesheets.builder(built);
        for (Shift s : past) {
            for (PersonalAssistantId pa : s.personalAssistants()) {
                sheets.add(TimesheetEntry.worked(s.id(), pa, TimeSpan.of(s.start(), s.end())));
            }
        }
        Timesheets timesheets = sheets.build();
        WorkingTimeHistory history = WorkingTimeHistory.builder(caseload, PUBLISH_FROM).addWorked(timesheets).build();

        TrainingRegister register = TrainingRegister.builder(CompetencyCatalogue.standard())
                .record(TrainingRecord.completed(ANNA, MOVING, LocalDate.of(2026, 2, 1), "Trainer", "mh-114"),
                        PUBLISH_FROM)
                .record(TrainingRecord.completed(BEN, MOVING, LocalDate.of(2026, 6, 1), "Trainer", "mh-201"),
                        PUBLISH_FROM)
                .record(TrainingRecord.completed(CARA, MOVING, LocalDate.of(2025, 10, 30), "Trainer", "mh-077"),
                        PUBLISH_FROM)
                .build();

        out.println("Rota for " + SAM + " from " + PUBLISH_FROM + ", checked before publishing");
        Shift change = built.shifts().stream().filter(s -> s.kind() == ShiftKind.SLEEP_IN
                && LondonTime.localDateTime(s.start()).toLocalDate().equals(LocalDate.of(2026, 10, 24))).findFirst()
                .orElseThrow();
        out.println("  the sleep-in over the October clock change: " + LondonTime.localDateTime(change.start())
                + " to " + LondonTime.localDateTime(change.end()) + " = " + change.minutes() / 60 + " elapsed hours");

        WorkingTimeReport wt = WorkingTimeCheck.standard().check(built, history, CoverLookAhead.DEFAULT_DAYS);
        out.println("Working time (across every employer), " + wt.findings().size() + " findings:");
        for (WorkingTimeFinding f : wt.findings()) {
            out.println("  " + f.ruleId() + " [" + f.severity() + "] " + f.message());
        }

        CoverReport cover = CoverLookAhead.standard().run(built, history, Competence.of(register));
        out.println("Cover for " + cover.days() + " days (" + cover.shiftsChecked() + " shifts), "
                + cover.findings().size() + " findings:");
        for (CoverFinding f : cover.findings(SAM)) {
            out.println("  " + f.ruleId() + " [" + f.severity() + "] " + f.message());
        }

        HoursReport hours = HoursMonitor.standard().report(timesheets, DateRange.of(PUBLISH_FROM.minusDays(14),
                PUBLISH_FROM.plusDays(21)), PUBLISH_FROM);
        out.println("Hours against budget, " + hours.period() + ", as of " + PUBLISH_FROM + ":");
        for (FunderHours f : hours.funderHours(SAM)) {
            out.println("  " + f.funder() + ": budgeted " + f.budgetedMinutes() / 60 + " h, planned "
                    + f.plannedMinutes() / 60 + " h, delivered " + f.deliveredMinutes() / 60 + " h to date");
        }
        for (HoursFinding f : hours.findings()) {
            if (f.carePackage().equals(SAM)) {
                out.println("  " + f.ruleId() + " [" + f.severity() + "] " + f.message());
            }
        }
        out.println("Hours for money to cost: " + hours.summary().lines().size() + " lines, "
                + hours.summary().plannedMinutes() / 60 + " h planned");
    }
}
