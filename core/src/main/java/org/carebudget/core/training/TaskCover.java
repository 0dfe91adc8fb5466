package org.carebudget.core.training;

import java.util.List;
import org.carebudget.core.InvalidValueException;

/**
 * The cover for one task of a package over a look-ahead: how many PAs are competent on each day, against the
 * minimum. Immutable and thread-safe.
 *
 * @param task the task, not null
 * @param minimumCompetentPas the minimum, 1 or more
 * @param days the cover on each day of the look-ahead, in date order, not null
 */
public record TaskCover(String task, int minimumCompetentPas, List<DayCover> days) {

    /**
     * Validates the cover.
     *
     * @param task the task, not null
     * @param minimumCompetentPas the minimum, 1 or more
     * @param days the cover per day, not null, no null element
     * @throws InvalidValueException if a component is null or the minimum is below 1
     */
    public TaskCover {
        InvalidValueException.requireNonNull(task, "task");
        InvalidValueException.requireInRange(minimumCompetentPas, 1, Integer.MAX_VALUE, "minimumCompetentPas");
        days = List.copyOf(InvalidValueException.requireNonNull(days, "days"));
    }

    /**
     * Returns the days on which fewer PAs than the minimum are competent.
     *
     * @return the short days, in date order, not null, unmodifiable
     */
    public List<DayCover> shortDays() {
        return days.stream().filter(d -> d.competentPas() < minimumCompetentPas).toList();
    }
}
