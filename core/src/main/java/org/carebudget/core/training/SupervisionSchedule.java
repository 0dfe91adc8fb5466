package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.carebudget.core.InvalidValueException;

/**
 * The supervision settings of a caseload's PAs, one per PA, answering which supervisions are overdue on a date.
 * Immutable and thread-safe.
 */
public final class SupervisionSchedule {

    private final List<Supervision> settings;

    private SupervisionSchedule(List<Supervision> supervisions) {
        this.settings = supervisions;
    }

    /**
     * Returns a schedule.
     *
     * @param supervisions the settings, not null, no null element, at most one per PA
     * @return the schedule, not null
     * @throws InvalidValueException if {@code supervisions} or an element is null, or a PA appears twice
     */
    public static SupervisionSchedule of(Collection<Supervision> supervisions) {
        InvalidValueException.requireNonNull(supervisions, "supervisions");
        supervisions.forEach(s -> InvalidValueException.requireNonNull(s, "supervision"));
        if (supervisions.stream().map(Supervision::personalAssistant).distinct().count() != supervisions.size()) {
            throw new InvalidValueException("supervisions", "at most one per PA", supervisions.size() + " settings");
        }
        return new SupervisionSchedule(supervisions.stream()
                .sorted(Comparator.comparing(s -> s.personalAssistant().value())).toList());
    }

    /**
     * Returns the settings, by PA.
     *
     * @return the settings, not null, unmodifiable
     */
    public List<Supervision> supervisions() {
        return settings;
    }

    /**
     * Returns the supervisions overdue on a date, most overdue first (then by PA).
     *
     * @param asOf the date, not null, on or after every last supervision date
     * @return the overdue settings, not null, unmodifiable
     * @throws InvalidValueException if {@code asOf} is null or before a last supervision date (the schedule does
     *     not know what was due then)
     */
    public List<Supervision> overdue(LocalDate asOf) {
        InvalidValueException.requireNonNull(asOf, "asOf");
        LocalDate latest = settings.stream().map(Supervision::lastSupervisedOn).max(Comparator.naturalOrder())
                .orElse(asOf);
        if (asOf.isBefore(latest)) {
            throw new InvalidValueException("asOf", "on or after the latest supervision date " + latest, asOf);
        }
        return settings.stream().filter(s -> s.isOverdueOn(asOf))
                .sorted(Comparator.comparing(Supervision::dueOn)).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SupervisionSchedule && ((SupervisionSchedule) other).settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return settings.hashCode();
    }

    @Override
    public String toString() {
        return "SupervisionSchedule" + settings;
    }
}
