package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * The package-level questions of a {@link TrainingRegister}: cover per task per day, missing competencies and the
 * training plan. One instance answers for one package, start date and look-ahead. Not shared; thread-confined.
 */
final class PackagePlanner {

    private static final Comparator<PlanItem> BY_URGENCY = Comparator.comparing(PlanItem::urgency)
            .thenComparing(PlanItem::bookBy)
            .thenComparing(i -> i.personalAssistant().value())
            .thenComparing(PlanItem::competency);

    private final TrainingRegister register;
    private final PackageRequirements requirements;
    private final LocalDate from;
    private final int fromDay;
    private final int days;

    PackagePlanner(TrainingRegister register, PackageRequirements requirements, LocalDate from, int days) {
        this.register = register;
        this.requirements = InvalidValueException.requireNonNull(requirements, "requirements");
        this.fromDay = Days.of(from, "asOf");
        this.from = from;
        this.days = (int) InvalidValueException.requireInRange(days, 1, 366, "days");
        requirements.requiredCompetencies().forEach(c -> register.catalogue().require(c));
        Days.of(from.plusDays(days), "asOf");
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
                perDay.add(new DayCover(from.plusDays(d), count));
            }
            tasks.add(new TaskCover(task.task(), task.minimumCompetentPas(), perDay));
        }
        return new CoverReport(requirements.carePackage(), from, tasks);
    }

    List<MissingCompetency> missing() {
        List<MissingCompetency> result = new ArrayList<>();
        for (PersonalAssistantId pa : requirements.team()) {
            for (CompetencyCode code : requirements.requiredCompetencies()) {
                CompetencyCheck check = register.check(pa, code, requirements.person(), fromDay, fromDay);
                if (check.status() == CompetencyStatus.MISSING) {
                    result.add(new MissingCompetency(pa, code, personFor(code)));
                }
            }
        }
        return List.copyOf(result);
    }

    List<PlanItem> plan() {
        CoverReport cover = cover();
        int endDay = fromDay + days;
        List<PlanItem> result = new ArrayList<>();
        for (PersonalAssistantId pa : requirements.team()) {
            for (CompetencyCode code : requirements.requiredCompetencies()) {
                CompetencyCheck check = register.check(pa, code, requirements.person(), fromDay, fromDay);
                PersonId person = personFor(code);
                Source source = register.catalogue().require(code).source();
                if (check.status() == CompetencyStatus.MISSING) {
                    result.add(new PlanItem(pa, code, person, from, Urgency.OVERDUE, "no record of " + code,
                            source));
                    continue;
                }
                Expiry expiry = check.expiry();
                if (!check.isValid()) {
                    result.add(new PlanItem(pa, code, person, from, Urgency.OVERDUE, "lapsed on "
                            + expiry.lapsesOn() + " (" + describe(expiry.cause()) + ")", source));
                } else if (expiry.lapsesOn() != null && expiry.lapsesOn().toEpochDay() < endDay) {
                    Urgency urgency = coverAtRisk(cover, code, expiry.lapsesOn()) ? Urgency.COVER_AT_RISK : Urgency.DUE;
                    result.add(new PlanItem(pa, code, person, expiry.lastValidDay().orElseThrow(), urgency,
                            "lapses on " + expiry.lapsesOn() + " (" + describe(expiry.cause()) + ")", source));
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

    private PersonId personFor(CompetencyCode code) {
        return register.catalogue().require(code).isDelegatedClinical() ? requirements.person() : null;
    }

    private static String describe(LapseCause cause) {
        return switch (cause) {
            case SUPPORT_PLAN_CHANGED -> "support plan changed since sign-off";
            case NEW_RISK -> "new risk identified since training";
            case REFRESH_DUE -> "refresh due";
        };
    }
}
