package org.carebudget.rostering.cover;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.training.Competency;
import org.carebudget.core.training.CompetencyCheck;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.Expiry;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.core.training.TrainingRegister;
import org.carebudget.rostering.CarePackagePlan;
import org.carebudget.rostering.RosteringException;
import org.jspecify.annotations.Nullable;

/**
 * The one adapter between the cover look-ahead and {@code core.training}: answers {@link Competence} from a
 * {@link TrainingRegister}, so a faster per-PA query of the register is one change here.
 *
 * <p>A PA's newest record of each competency ({@link TrainingRegister#currentRecords}) decides every day from its
 * completion on: if it was completed on or before the first day asked, the PA is competent on a day exactly when
 * that record has not lapsed by then (its lapse day already brought forward by support-plan changes and new risks).
 * Only when the newest record was completed after the first day does the adapter ask the register day by day
 * ({@link TrainingRegister#competence}). Immutable and thread-safe.
 */
final class TrainingCompetence implements Competence {

    private final TrainingRegister register;
    private final Map<CompetencyCode, TaskRequirement> single = new ConcurrentHashMap<>();

    TrainingCompetence(TrainingRegister register) {
        this.register = register;
    }

    @Override
    public void competentDays(@Nullable CarePackagePlan plan, @Nullable PersonalAssistantId pa,
            @Nullable LocalDate from, int dayCount, @Nullable LocalDate asOf, long @Nullable [][] days) {
        RosteringException.CHECKS.notNull(plan, "plan");
        RosteringException.CHECKS.notNull(pa, "personalAssistant");
        RosteringException.CHECKS.date(from, "from");
        RosteringException.CHECKS.inRange(dayCount, 1, 400, "dayCount");
        RosteringException.CHECKS.date(asOf, "asOf");
        RosteringException.CHECKS.notNull(days, "days");
        if (days.length < plan.tasks().size()) {
            throw new RosteringException("days", "one array per task (" + plan.tasks().size() + ")", days.length);
        }
        int words = (dayCount + 63) / 64;
        try {
            List<Expiry> current = register.currentRecords(pa);
            long first = from.toEpochDay();
            long[] scratch = new long[words];
            for (int t = 0; t < plan.tasks().size(); t++) {
                long[] task = RosteringException.CHECKS.notNull(days[t], "days[" + t + "]");
                if (task.length < words) {
                    throw new RosteringException("days[" + t + "]", "at least " + words + " longs", task.length);
                }
                java.util.Arrays.fill(task, 0, words, -1L);
                for (CompetencyCode code : plan.tasks().get(t).competencies()) {
                    java.util.Arrays.fill(scratch, 0L);
                    valid(code, plan.person(), pa, current, first, dayCount, asOf, scratch);
                    for (int i = 0; i < words; i++) {
                        task[i] &= scratch[i];
                    }
                }
                if (dayCount % 64 != 0) {
                    task[words - 1] &= (1L << (dayCount % 64)) - 1;
                }
            }
        } catch (InvalidValueException e) {
            if (e instanceof RosteringException r) {
                throw r;
            }
            throw new RosteringException(e.field(), e.validValues(), e.givenValue());
        }
    }

    /** Marks the days on which the PA holds a valid record of one competency. */
    private void valid(CompetencyCode code, PersonId person, PersonalAssistantId pa, List<Expiry> current,
            long first, int dayCount, LocalDate asOf, long[] bits) {
        Competency entry = register.catalogue().require(code);
        Expiry newest = null;
        for (Expiry e : current) {
            if (e.competency().equals(code) && (entry.isDelegatedClinical()
                    ? e.record().delegation() != null && e.record().delegation().person().equals(person)
                    : e.record().delegation() == null)) {
                newest = e;
            }
        }
        if (newest == null) {
            return;
        }
        long completed = newest.record().completedOn().toEpochDay();
        if (completed <= first) {
            long lapse = newest.lapsesOn() == null ? Long.MAX_VALUE : newest.lapsesOn().toEpochDay();
            long end = Math.min(first + dayCount, lapse);
            for (long d = first; d < end; d++) {
                int i = (int) (d - first);
                bits[i >>> 6] |= 1L << (i & 63);
            }
            return;
        }
        TaskRequirement one = single.computeIfAbsent(code, c -> TaskRequirement.of(c.value(), 1, c));
        for (int i = 0; i < dayCount; i++) {
            LocalDate day = LocalDate.ofEpochDay(first + i);
            if (register.competence(pa, one, person, day, asOf).isCompetent()) {
                bits[i >>> 6] |= 1L << (i & 63);
            }
        }
    }

    @Override
    public List<CompetencyCheck> failing(@Nullable CarePackagePlan plan, @Nullable PersonalAssistantId pa, int task,
            @Nullable LocalDate date, @Nullable LocalDate asOf) {
        RosteringException.CHECKS.notNull(plan, "plan");
        RosteringException.CHECKS.notNull(pa, "personalAssistant");
        RosteringException.CHECKS.inRange(task, 0, plan.tasks().size() - 1, "task");
        RosteringException.CHECKS.date(date, "date");
        RosteringException.CHECKS.date(asOf, "asOf");
        try {
            return register.competence(pa, plan.tasks().get(task), plan.person(), date, asOf).findings();
        } catch (InvalidValueException e) {
            throw new RosteringException(e.field(), e.validValues(), e.givenValue());
        }
    }

    @Override
    public String toString() {
        return "TrainingCompetence[" + register.size() + " records]";
    }
}
