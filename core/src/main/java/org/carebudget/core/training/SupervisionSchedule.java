package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonalAssistantId;
import org.jspecify.annotations.Nullable;

/**
 * The supervision settings of a caseload's PAs, one per PA, answering which supervisions are overdue on a date.
 * Immutable and thread-safe.
 */
public final class SupervisionSchedule {

    /** The most settings a schedule holds. */
    public static final int MAX_SETTINGS = 10_000_000;

    private final List<Supervision> settings;

    private SupervisionSchedule(List<Supervision> supervisions) {
        this.settings = supervisions;
    }

    /**
     * Returns a schedule.
     *
     * @param supervisions the settings, not null, no null element, at most one per PA and
     *     {@value #MAX_SETTINGS} in all
     * @return the schedule, not null
     * @throws InvalidValueException if {@code supervisions} or an element is null, or a PA appears twice
     */
    public static SupervisionSchedule of(Collection<Supervision> supervisions) {
        List<Supervision> copy = Checks.CORE.list(supervisions, MAX_SETTINGS, "supervisions");
        Set<PersonalAssistantId> seen = new HashSet<>();
        for (Supervision supervision : copy) {
            if (!seen.add(supervision.personalAssistant())) {
                throw Checks.CORE.invalid("supervisions", "at most one per PA", supervision.personalAssistant());
            }
        }
        return new SupervisionSchedule(copy.stream()
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
     * @param asOf the date, not null, within the supported dates, on or after every last supervision date
     * @return the overdue settings, not null, unmodifiable
     * @throws InvalidValueException if {@code asOf} is null, unsupported, or before a last supervision date (the
     *     schedule does not know what was due then)
     */
    public List<Supervision> overdue(LocalDate asOf) {
        LocalDate day = Checks.CORE.date(asOf, "asOf");
        LocalDate latest = settings.stream().map(Supervision::lastSupervisedOn).max(Comparator.naturalOrder())
                .orElse(day);
        if (day.isBefore(latest)) {
            throw Checks.CORE.invalid("asOf", "on or after the latest supervision date " + latest, day);
        }
        return settings.stream().filter(s -> s.isOverdueOn(day))
                .sorted(Comparator.comparing(Supervision::dueBefore)).toList();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SupervisionSchedule that && that.settings.equals(settings);
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
