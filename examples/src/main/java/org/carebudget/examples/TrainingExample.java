package org.carebudget.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.LondonTime;
import org.carebudget.core.training.Assessor;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.CompetencyCheck;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.CompetentPeriod;
import org.carebudget.core.training.CoverReport;
import org.carebudget.core.training.Delegation;
import org.carebudget.core.training.Expiry;
import org.carebudget.core.training.OverrideScope;
import org.carebudget.core.training.PackageRequirements;
import org.carebudget.core.training.PlanItem;
import org.carebudget.core.training.ProfessionalRegistration;
import org.carebudget.core.training.RefreshOverride;
import org.carebudget.core.training.RefreshPeriod;
import org.carebudget.core.training.Regulator;
import org.carebudget.core.training.Supervision;
import org.carebudget.core.training.SupervisionSchedule;
import org.carebudget.core.training.TaskCompetence;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.core.training.TrainingRecord;
import org.carebudget.core.training.TrainingRegister;

/**
 * Training and competency tracking for one person's PA team (seed 000): a tracheostomy sign-off by a community
 * nurse for Sam's care only, a support plan change on 1 September that invalidates the sign-offs before it, a
 * funder's stricter safeguarding period, then the questions: what expires soon, is a PA competent for next month's
 * shift (by date, and through a night shift's end), where is cover short, what to book first, and why (the basis
 * of moving and handling for each kind of employer: Sam employs his PAs himself).
 */
public final class TrainingExample {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final PersonId SAM = PersonId.of("person-sam");
    private static final PersonalAssistantId ANNA = PersonalAssistantId.of("pa-anna");
    private static final PersonalAssistantId BEN = PersonalAssistantId.of("pa-ben");
    private static final PersonalAssistantId CARA = PersonalAssistantId.of("pa-cara");
    private static final CompetencyCode TRACHY = CompetencyCode.TRACHEOSTOMY_CARE;
    private static final CompetencyCode SUCTION = CompetencyCode.SUCTION;
    private static final CompetencyCode MOVING = CompetencyCode.MOVING_AND_HANDLING_PEOPLE;
    private static final CompetencyCode SAFEGUARDING = CompetencyCode.SAFEGUARDING_ADULTS;

    private TrainingExample() {
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
        OverrideScope icb = OverrideScope.funder(FunderId.of("icb-north"));
        CompetencyCatalogue catalogue = CompetencyCatalogue.standard()
                .withOverride(RefreshOverride.of(icb, SAFEGUARDING, RefreshPeriod.everyMonths(6),
                        Source.of("ICB North PHB training policy (example)", Status.CONFIRMED)))
                .effectiveFor(List.of(icb));
        Assessor nurse = Assessor.registered("Community nurse assessor",
                ProfessionalRegistration.of(Regulator.NMC, "12A3456E"));
        TrainingRegister register = TrainingRegister.builder(catalogue)
                .record(TrainingRecord.delegated(ANNA, TRACHY, LocalDate.of(2026, 9, 10), "Respiratory team",
                        "signoff-114", nurse, Delegation.of(SAM, 3)), TODAY)
                .record(TrainingRecord.delegated(ANNA, SUCTION, LocalDate.of(2026, 6, 1), "Respiratory team",
                        "signoff-115", nurse, Delegation.of(SAM, 12)), TODAY)
                .record(TrainingRecord.delegated(BEN, TRACHY, LocalDate.of(2026, 3, 2), "Respiratory team",
                        "signoff-087", nurse, Delegation.of(SAM, 12)), TODAY)
                .record(TrainingRecord.delegated(BEN, SUCTION, LocalDate.of(2026, 9, 14), "Respiratory team",
                        "signoff-131", nurse, Delegation.of(SAM, 12)), TODAY)
                .supportPlanChanged(SAM, TRACHY, LocalDate.of(2026, 9, 1))
                .record(TrainingRecord.completed(ANNA, MOVING, LocalDate.of(2025, 12, 10), "Moving Ltd", "mh-2231"),
                        TODAY)
                .record(TrainingRecord.completed(CARA, MOVING, LocalDate.of(2026, 4, 20), "Moving Ltd", "mh-2390"),
                        TODAY)
                .record(TrainingRecord.completed(ANNA, SAFEGUARDING, LocalDate.of(2026, 6, 5), "Council", "sg-77"),
                        TODAY)
                .build();
        TaskRequirement tracheostomy = TaskRequirement.of("tracheostomy care and suction", 2, TRACHY, SUCTION);
        PackageRequirements sam = PackageRequirements.of(CarePackageId.of("pkg-sam"), SAM, EmployerKind.BUDGET_HOLDER,
                List.of(ANNA, BEN, CARA), List.of(tracheostomy, TaskRequirement.of("hoist transfers", 2, MOVING)));

        out.println("Training for " + SAM + "'s team as of " + TODAY);
        out.println("Expiring within 30 days:");
        for (Expiry expiry : register.expiringWithin(TODAY, 30)) {
            out.println("  " + expiry.personalAssistant() + " " + expiry.competency() + ": lapses on "
                    + expiry.lapsesOn() + " (valid through " + expiry.lastValidDay().orElseThrow() + ")");
        }
        out.println("Expired:");
        for (Expiry expiry : register.expired(TODAY)) {
            out.println("  " + expiry.personalAssistant() + " " + expiry.competency() + ": lapsed on "
                    + expiry.lapsesOn() + " (" + expiry.cause() + ")");
        }
        LocalDate shift = LocalDate.of(2026, 12, 14);
        TaskCompetence anna = register.competence(ANNA, tracheostomy, SAM, shift, TODAY);
        out.println("Is " + ANNA + " competent for " + tracheostomy.task() + " on " + shift + "? "
                + (anna.isCompetent() ? "yes" : "no"));
        for (CompetencyCheck finding : anna.findings()) {
            out.println("  " + finding.competency() + ": " + finding.status() + " on "
                    + finding.expiry().lapsesOn());
        }
        Instant nightStart = LondonTime.toInstant(LocalDateTime.of(2026, 12, 9, 20, 0));
        Instant nightEnd = LondonTime.toInstant(LocalDateTime.of(2026, 12, 10, 8, 0));
        out.println("Is " + ANNA + " competent through the night shift 2026-12-09 20:00 - 2026-12-10 08:00? "
                + (register.isCompetent(ANNA, tracheostomy, SAM, nightStart, nightEnd) ? "yes" : "no"));
        CompetentPeriod annaPeriod = register.competentUntil(ANNA, tracheostomy, SAM, TODAY);
        out.println("  competent from " + annaPeriod.from() + " until " + annaPeriod.until() + " ("
                + annaPeriod.limitedBy() + " lapses then)");
        CoverReport cover = register.cover(sam, TODAY, 28);
        cover.shortTasks().forEach(task -> out.println("Short of cover: " + task.task() + " from "
                + task.shortDays().get(0).date() + " (" + task.shortDays().get(0).competentPas() + " of "
                + task.minimumCompetentPas() + " PAs competent)"));
        out.println("Training plan (next 90 days):");
        for (PlanItem item : register.trainingPlan(sam, TODAY, 90)) {
            out.println("  " + item.urgency() + " " + item.personalAssistant() + " " + item.competency()
                    + " before " + item.bookBefore() + ": " + item.message() + " [" + item.ruleId() + ", "
                    + item.basis().obligations() + "]");
        }
        out.println("Why moving and handling, by employer:");
        for (EmployerKind kind : EmployerKind.values()) {
            out.println("  " + kind + ": " + catalogue.require(MOVING).basis(kind).obligations());
        }
        SupervisionSchedule supervision = SupervisionSchedule.of(List.of(
                Supervision.of(ANNA, 6, LocalDate.of(2026, 10, 1)), Supervision.of(BEN, 6, LocalDate.of(2026, 11, 2))));
        supervision.overdue(TODAY).forEach(s -> out.println("Supervision overdue: " + s.personalAssistant()
                + " (overdue from " + s.dueBefore() + ")"));
    }
}
