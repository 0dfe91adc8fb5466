package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.Checks;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * The package-level questions of a {@link TrainingRegister}: cover per task per day, missing competencies and the
 * training plan. One instance answers for one package, start date and look-ahead; its constructor checks every
 * argument before any is used. Not shared; thread-confined.
 */
final class PackagePlanner {

    private static final Comparator<PlanItem> BY_URGENCY = Comparator.comparing(PlanItem::urgency)
            .thenComparing(PlanItem::bookBefore)
            .thenComparing(i -> i.personalAssistant().value())
            .thenComparing(PlanItem::competency)
            .thenComparing(i -> i.person() == null ? "" : i.person().value())
            .thenComparing(i -> i.source().citation());

    private final TrainingRegister register;
    private final PackageRequirements requirements;
    private final LocalDate from;
    private final int fromDay;
    private final int days;

    PackagePlanner(TrainingRegister register, @Nullable PackageRequirements requirements, @Nullable LocalDate from,
            int days) {
        this.register = register;
        this.requirements = Checks.CORE.notNull(requirements, "requirements");
        this.fromDay = Days.of(from, "asOf");
        this.from = from;
        this.days = Checks.CORE.inRange(days, 1, TrainingRegister.MAX_COVER_DAYS, "days");
        if (from.plusDays(days).isAfter(SupportedDates.LAST.plusDays(1))) {
            throw Checks.CORE.invalid("days", "1 - " + TrainingRegister.MAX_COVER_DAYS + ", ending by "
                    + SupportedDates.LAST, days);
        }
        requirements.requiredCompetencies().forEach(c -> register.catalogue().require(c));
    }

    CoverReport cover() {
        List<TaskCover> tasks = new ArrayList<>();
        for (TaskRequirement task : requirements.tasks()) {
            List<DayCover> perDay = new ArrayList<>(days);
            for (int d = 0; d < days; d++) {
                int count = 0;
                for (PersonalAssistantId pa : requirements.team()) {
                    count += register.isCompetent(pa, task, requirements.person(), fromDay + d) ? 1 : 0;
                }
                perDay.add(DayCover.of(from.plusDays(d), count));
            }
            tasks.add(TaskCover.of(task.task(), task.minimumCompetentPas(), perDay));
        }
        return CoverReport.of(requirements.carePackage(), from, tasks);
    }

    List<MissingCompetency> missing() {
        List<MissingCompetency> result = new ArrayList<>();
        for (PersonalAssistantId pa : requirements.team()) {
            for (CompetencyCode code : requirements.requiredCompetencies()) {
                CompetencyCheck check = register.check(pa, code, requirements.person(), fromDay, fromDay);
                if (check.status() == CompetencyStatus.MISSING) {
                    result.add(MissingCompetency.of(pa, code, personFor(code)));
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns the plan: an item for every competency missing or lapsed on the first day, and for every one whose
     * last valid day falls in the look-ahead (lapse day on or before {@code from + days}).
     */
    List<PlanItem> plan() {
        CoverReport cover = cover();
        int lastLapseDay = fromDay + days;
        EmployerKind kind = requirements.employerKind();
        List<PlanItem> result = new ArrayList<>();
        for (PersonalAssistantId pa : requirements.team()) {
            for (CompetencyCode code : requirements.requiredCompetencies()) {
                CompetencyCheck check = register.check(pa, code, requirements.person(), fromDay, fromDay);
                Competency entry = register.catalogue().require(code);
                TrainingBasis basis = kind == null ? null : entry.basis(kind);
                PlanItem.Builder item = PlanItem.builder(pa, code).person(personFor(code))
                        .source(basis == null ? entry.source() : basis.source(), basis);
                Expiry expiry = check.expiry();
                if (expiry == null) {
                    result.add(item.status(CompetencyStatus.MISSING, null).bookBefore(from).urgency(Urgency.OVERDUE)
                            .message("no record of " + code).build());
                } else if (!check.isValid()) {
                    result.add(item.status(CompetencyStatus.EXPIRED, expiry).bookBefore(expiry.lapsesOn())
                            .urgency(Urgency.OVERDUE)
                            .message("lapsed on " + expiry.lapsesOn() + " (" + describe(expiry.cause()) + ")")
                            .build());
                } else if (expiry.lapsesOn() != null && expiry.lapsesOn().toEpochDay() <= lastLapseDay) {
                    Urgency urgency = coverAtRisk(cover, code, expiry.lapsesOn()) ? Urgency.COVER_AT_RISK : Urgency.DUE;
                    result.add(item.status(CompetencyStatus.LAPSES_BEFORE_DATE, expiry)
                            .bookBefore(expiry.lapsesOn()).urgency(urgency)
                            .message("lapses on " + expiry.lapsesOn() + " (" + describe(expiry.cause()) + ")")
                            .build());
                }
            }
        }
        result.sort(BY_URGENCY);
        return List.copyOf(result);
    }

    /**
     * Merges the plans of several packages: one item per PA, competency and person, the most urgent (then earliest)
     * of those the packages give, ordered as a single package's plan is.
     */
    static List<PlanItem> merge(List<List<PlanItem>> plans) {
        Map<List<Object>, PlanItem> byKey = new HashMap<>();
        for (List<PlanItem> plan : plans) {
            for (PlanItem item : plan) {
                byKey.merge(Arrays.asList(item.personalAssistant(), item.competency(), item.person()), item,
                        (a, b) -> BY_URGENCY.compare(a, b) <= 0 ? a : b);
            }
        }
        List<PlanItem> result = new ArrayList<>(byKey.values());
        result.sort(BY_URGENCY);
        return List.copyOf(result);
    }

    private boolean coverAtRisk(CoverReport cover, CompetencyCode code, LocalDate lapsesOn) {
        for (int t = 0; t < requirements.tasks().size(); t++) {
            if (requirements.tasks().get(t).competencies().contains(code)) {
                for (DayCover day : cover.tasks().get(t).shortDays()) {
                    if (!day.date().isBefore(lapsesOn)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private @Nullable PersonId personFor(CompetencyCode code) {
        return register.catalogue().require(code).isDelegatedClinical() ? requirements.person() : null;
    }

    private static String describe(@Nullable LapseCause cause) {
        return cause == null ? "never lapses" : switch (cause) {
            case SUPPORT_PLAN_CHANGED -> "support plan changed since sign-off";
            case NEW_RISK -> "new risk identified since training";
            case REFRESH_DUE -> "refresh due";
        };
    }
}
