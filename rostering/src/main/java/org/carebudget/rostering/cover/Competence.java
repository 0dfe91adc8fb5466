package org.carebudget.rostering.cover;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.training.CompetencyCheck;
import org.carebudget.core.training.TrainingRegister;
import org.carebudget.rostering.CarePackagePlan;
import org.carebudget.rostering.RosteringException;

/**
 * Whether a PA is competent for a package's support-plan tasks on each day of a look-ahead: what the cover look-ahead
 * asks of training records. {@link #of(TrainingRegister)} answers from {@code core.training}; a vendor may answer from
 * its own records. Implementations must be immutable and thread-safe.
 */
public interface Competence {

    /**
     * Marks, for each task of a plan, the days on which a PA is competent in every competency the task needs: bit
     * {@code d} of {@code days[t]} (as in {@link java.util.BitSet#valueOf(long[])}) is set when the PA is competent in
     * task {@code t} on {@code from + d}, as seen from {@code asOf}.
     *
     * @param plan the package's plan, not null
     * @param pa the PA, not null
     * @param from the first day, not null
     * @param dayCount how many days, 1 - 400
     * @param asOf the day the question is asked, not null
     * @param days one array per task of the plan, each of at least {@code (dayCount + 63) / 64} longs, cleared by the
     *     caller; not null
     * @throws RosteringException if an argument is null or out of range
     */
    void competentDays(CarePackagePlan plan, PersonalAssistantId pa, LocalDate from, int dayCount, LocalDate asOf,
            long[][] days);

    /**
     * Returns why a PA is not competent for a task of a plan on a day: the checks that are not valid.
     *
     * @param plan the package's plan, not null
     * @param pa the PA, not null
     * @param task the index of the task in the plan
     * @param date the day, not null
     * @param asOf the day the question is asked, not null
     * @return the failing checks, not null; empty if competent
     * @throws RosteringException if an argument is null or out of range
     */
    List<CompetencyCheck> failing(CarePackagePlan plan, PersonalAssistantId pa, int task, LocalDate date,
            LocalDate asOf);

    /**
     * Returns the answers of a training register.
     *
     * @param register the register, not null, whose catalogue holds every competency the plans' tasks need
     * @return the competence, not null
     * @throws RosteringException if {@code register} is null
     */
    static Competence of(TrainingRegister register) {
        return new TrainingCompetence(RosteringException.CHECKS.notNull(register, "register"));
    }
}
