package org.carebudget.rostering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.carebudget.core.id.PersonalAssistantId;
import org.jspecify.annotations.Nullable;

/**
 * What a timesheet records for a planned shift: a PA worked it (when, with any awake periods of a sleep-in and any
 * rest breaks), a PA missed it, or it was cancelled. Linked to the rota by the shift's id, so planned and actual
 * compare ({@link Attendance}). The PA who worked may differ from the one booked (a swap). Immutable and
 * thread-safe.
 */
public final class TimesheetEntry {

    /** What happened. */
    public enum Outcome {
        /** The PA worked the shift. */
        WORKED,
        /** The PA booked did not work it. */
        MISSED,
        /** The shift was cancelled: nobody worked it. */
        CANCELLED
    }

    private final ShiftId shift;
    private final Outcome outcome;
    private final @Nullable PersonalAssistantId personalAssistant;
    private final @Nullable TimeSpan worked;
    private final List<TimeSpan> awakePeriods;
    private final List<TimeSpan> breaks;

    private TimesheetEntry(ShiftId shift, Outcome outcome, @Nullable PersonalAssistantId personalAssistant,
            @Nullable TimeSpan worked, List<TimeSpan> awakePeriods, List<TimeSpan> breaks) {
        this.shift = shift;
        this.outcome = outcome;
        this.personalAssistant = personalAssistant;
        this.worked = worked;
        this.awakePeriods = awakePeriods;
        this.breaks = breaks;
    }

    /**
     * Returns an entry that a PA worked a shift.
     *
     * @param shift the shift, not null
     * @param pa the PA who worked it, not null
     * @param worked when the PA worked, not null, at most 24 hours unless the shift is marked longer
     * @return the entry, not null
     * @throws RosteringException if an argument is null
     */
    public static TimesheetEntry worked(@Nullable ShiftId shift, @Nullable PersonalAssistantId pa,
            @Nullable TimeSpan worked) {
        return worked(shift, pa, worked, List.of(), List.of());
    }

    /**
     * Returns an entry that a PA worked a shift, with the awake periods of a sleep-in and the rest breaks taken.
     *
     * @param shift the shift, not null
     * @param pa the PA who worked it, not null
     * @param worked when the PA worked, not null
     * @param awakePeriods periods awake to give care in a sleep-in, not null, within {@code worked}, not overlapping
     * @param breaks rest breaks taken, not null, within {@code worked}, not overlapping
     * @return the entry, not null
     * @throws RosteringException if an argument or element is null, a period lies outside {@code worked}, or two
     *     periods of a kind overlap
     */
    public static TimesheetEntry worked(@Nullable ShiftId shift, @Nullable PersonalAssistantId pa,
            @Nullable TimeSpan worked, @Nullable Collection<TimeSpan> awakePeriods,
            @Nullable Collection<TimeSpan> breaks) {
        RosteringException.CHECKS.notNull(shift, "shift");
        RosteringException.CHECKS.notNull(pa, "personalAssistant");
        RosteringException.CHECKS.notNull(worked, "worked");
        return new TimesheetEntry(shift, Outcome.WORKED, pa, worked, within(awakePeriods, worked, "awakePeriods"),
                within(breaks, worked, "breaks"));
    }

    private static List<TimeSpan> within(@Nullable Collection<TimeSpan> periods, TimeSpan worked, String field) {
        List<TimeSpan> sorted = new ArrayList<>(RosteringException.CHECKS.list(periods, Shift.MAX_PERIODS, field));
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            if (!worked.encloses(sorted.get(i))) {
                throw new RosteringException(field, "periods within the time worked " + worked, sorted.get(i));
            }
            if (i > 0 && sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new RosteringException(field, "periods that do not overlap", sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    /**
     * Returns an entry that the PA booked did not work a shift.
     *
     * @param shift the shift, not null
     * @param pa the PA who missed it, not null
     * @return the entry, not null
     * @throws RosteringException if an argument is null
     */
    public static TimesheetEntry missed(@Nullable ShiftId shift, @Nullable PersonalAssistantId pa) {
        RosteringException.CHECKS.notNull(shift, "shift");
        RosteringException.CHECKS.notNull(pa, "personalAssistant");
        return new TimesheetEntry(shift, Outcome.MISSED, pa, null, List.of(), List.of());
    }

    /**
     * Returns an entry that a shift was cancelled.
     *
     * @param shift the shift, not null
     * @return the entry, not null
     * @throws RosteringException if {@code shift} is null
     */
    public static TimesheetEntry cancelled(@Nullable ShiftId shift) {
        RosteringException.CHECKS.notNull(shift, "shift");
        return new TimesheetEntry(shift, Outcome.CANCELLED, null, null, List.of(), List.of());
    }

    /**
     * Returns the shift the entry records.
     *
     * @return the shift id, not null
     */
    public ShiftId shift() {
        return shift;
    }

    /**
     * Returns what happened.
     *
     * @return the outcome, not null
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Returns the PA who worked or missed the shift.
     *
     * @return the PA; null for a cancellation
     */
    public @Nullable PersonalAssistantId personalAssistant() {
        return personalAssistant;
    }

    /**
     * Returns when the PA worked.
     *
     * @return the span; null unless {@link Outcome#WORKED}
     */
    public @Nullable TimeSpan worked() {
        return worked;
    }

    /**
     * Returns the periods awake to give care in a sleep-in.
     *
     * @return the periods, sorted, not null
     */
    public List<TimeSpan> awakePeriods() {
        return awakePeriods;
    }

    /**
     * Returns the rest breaks taken.
     *
     * @return the breaks, sorted, not null
     */
    public List<TimeSpan> breaks() {
        return breaks;
    }

    /**
     * Returns the minutes worked: the time worked less its breaks.
     *
     * @return the minutes, 0 unless {@link Outcome#WORKED}
     */
    public long workingMinutes() {
        if (worked == null) {
            return 0;
        }
        long minutes = worked.minutes();
        for (TimeSpan b : breaks) {
            minutes -= b.minutes();
        }
        return minutes;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TimesheetEntry e && e.shift.equals(shift) && e.outcome == outcome
                && Objects.equals(e.personalAssistant, personalAssistant) && Objects.equals(e.worked, worked)
                && e.awakePeriods.equals(awakePeriods) && e.breaks.equals(breaks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shift, outcome, personalAssistant, worked);
    }

    @Override
    public String toString() {
        return "TimesheetEntry[" + shift + " " + outcome + (personalAssistant == null ? "" : " " + personalAssistant)
                + (worked == null ? "" : " " + worked) + "]";
    }
}
