package org.carebudget.rostering;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.jspecify.annotations.Nullable;

/**
 * One shift of a {@link RotaTemplate}'s repeating pattern, in wall-clock time: week {@code n} of the cycle, a day
 * of the week, a start and an end time (an end at or before the start is on the next day, so 22:00 - 08:00 is an
 * overnight shift and 08:00 - 08:00 a 24-hour one). The generated shifts are elapsed time: a 22:00 - 08:00 night is
 * 11 hours over the October change and 9 over the March one. Immutable and thread-safe; the {@code with*} methods
 * return {@code this} when nothing changes.
 */
public final class TemplateShift {

    private final int week;
    private final DayOfWeek day;
    private final LocalTime start;
    private final LocalTime end;
    private final FunderId funder;
    private final ShiftKind kind;
    private final boolean doubleUp;
    private final List<PersonalAssistantId> personalAssistants;
    private final List<String> tasks;

    private TemplateShift(int week, DayOfWeek day, LocalTime start, LocalTime end, FunderId funder, ShiftKind kind,
            boolean doubleUp, List<PersonalAssistantId> personalAssistants, List<String> tasks) {
        this.week = week;
        this.day = day;
        this.start = start;
        this.end = end;
        this.funder = funder;
        this.kind = kind;
        this.doubleUp = doubleUp;
        this.personalAssistants = personalAssistants;
        this.tasks = tasks;
    }

    /**
     * Returns an unfilled day shift of the pattern.
     *
     * @param week the week of the cycle, 1 - {@value RotaTemplate#MAX_WEEKS}
     * @param day the day of the week, not null
     * @param start the wall-clock start, not null, on a whole minute
     * @param end the wall-clock end, not null, on a whole minute; at or before {@code start} for the next day
     * @param funder the funder whose hours it uses, not null
     * @return the template shift, not null
     * @throws RosteringException if an argument is null or out of range, or a time has seconds
     */
    public static TemplateShift of(int week, @Nullable DayOfWeek day, @Nullable LocalTime start,
            @Nullable LocalTime end, @Nullable FunderId funder) {
        RosteringException.CHECKS.inRange(week, 1, RotaTemplate.MAX_WEEKS, "week");
        RosteringException.CHECKS.notNull(day, "day");
        wholeMinute(start, "start");
        wholeMinute(end, "end");
        RosteringException.CHECKS.notNull(funder, "funder");
        return new TemplateShift(week, day, start, end, funder, ShiftKind.DAY, false, List.of(), List.of());
    }

    private static void wholeMinute(@Nullable LocalTime time, String field) {
        RosteringException.CHECKS.notNull(time, field);
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new RosteringException(field, "a whole minute", time);
        }
    }

    /**
     * Returns this shift of another kind.
     *
     * @param value the kind, not null
     * @return the template shift, not null
     * @throws RosteringException if {@code value} is null
     */
    public TemplateShift withKind(@Nullable ShiftKind value) {
        RosteringException.CHECKS.notNull(value, "kind");
        return value == kind ? this
                : new TemplateShift(week, day, start, end, funder, value, doubleUp, personalAssistants, tasks);
    }

    /**
     * Returns this shift needing two PAs at once, or one.
     *
     * @param value true for a double-up
     * @return the template shift, not null
     */
    public TemplateShift withDoubleUp(boolean value) {
        return value == doubleUp ? this
                : new TemplateShift(week, day, start, end, funder, kind, value, personalAssistants, tasks);
    }

    /**
     * Returns this shift with PAs booked.
     *
     * @param value the PAs, not null, no null element, at most 2
     * @return the template shift, not null
     * @throws RosteringException if {@code value} or an element is null, or there are more than 2
     */
    public TemplateShift withPersonalAssistants(@Nullable Collection<PersonalAssistantId> value) {
        List<PersonalAssistantId> copy = RosteringException.CHECKS.list(value, 2, "personalAssistants");
        return copy.equals(personalAssistants) ? this
                : new TemplateShift(week, day, start, end, funder, kind, doubleUp, copy, tasks);
    }

    /**
     * Returns this shift covering support-plan tasks.
     *
     * @param value the task names, not null, each not blank, at most {@value Shift#MAX_TASK_LENGTH} characters
     * @return the template shift, not null
     * @throws RosteringException if {@code value} or a name is null, blank or too long
     */
    public TemplateShift withTasks(@Nullable Collection<String> value) {
        List<String> copy = RosteringException.CHECKS.list(value, Shift.MAX_TASKS, "tasks");
        for (int i = 0; i < copy.size(); i++) {
            RosteringException.CHECKS.text(copy.get(i), Shift.MAX_TASK_LENGTH, "tasks[" + i + "]");
        }
        List<String> sorted = List.copyOf(new TreeSet<>(copy));
        return sorted.equals(tasks) ? this
                : new TemplateShift(week, day, start, end, funder, kind, doubleUp, personalAssistants, sorted);
    }

    /**
     * Returns the week of the cycle.
     *
     * @return the week, 1 or more
     */
    public int week() {
        return week;
    }

    /**
     * Returns the day of the week.
     *
     * @return the day, not null
     */
    public DayOfWeek day() {
        return day;
    }

    /**
     * Returns the wall-clock start.
     *
     * @return the time, not null
     */
    public LocalTime start() {
        return start;
    }

    /**
     * Returns the wall-clock end, on the next day when at or before the start.
     *
     * @return the time, not null
     */
    public LocalTime end() {
        return end;
    }

    /**
     * Returns whether the shift ends on the next day.
     *
     * @return true when the end is at or before the start
     */
    public boolean endsNextDay() {
        return !end.isAfter(start);
    }

    /**
     * Returns the funder.
     *
     * @return the funder, not null
     */
    public FunderId funder() {
        return funder;
    }

    /**
     * Returns the kind.
     *
     * @return the kind, not null
     */
    public ShiftKind kind() {
        return kind;
    }

    /**
     * Returns whether it needs two PAs at once.
     *
     * @return true for a double-up
     */
    public boolean isDoubleUp() {
        return doubleUp;
    }

    /**
     * Returns the PAs booked.
     *
     * @return the PAs, not null, at most 2
     */
    public List<PersonalAssistantId> personalAssistants() {
        return personalAssistants;
    }

    /**
     * Returns the tasks covered.
     *
     * @return the task names, sorted, not null
     */
    public List<String> tasks() {
        return tasks;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TemplateShift t && t.week == week && t.day == day && t.start.equals(start)
                && t.end.equals(end) && t.funder.equals(funder) && t.kind == kind && t.doubleUp == doubleUp
                && t.personalAssistants.equals(personalAssistants) && t.tasks.equals(tasks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(week, day, start, end, funder, kind, doubleUp, personalAssistants, tasks);
    }

    @Override
    public String toString() {
        return "TemplateShift[week " + week + " " + day + " " + start + "-" + end + " " + kind + "]";
    }
}
