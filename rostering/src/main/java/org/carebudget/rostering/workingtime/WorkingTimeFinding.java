package org.carebudget.rostering.workingtime;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.rule.CitedFinding;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * A working-time limit the rota would break for one personal assistant: which rule (and regulation), the window it
 * was measured over, the planned shifts in that window, the employers whose duty it is, and the figures, typed:
 * what was measured, the limit, and by how much it is broken (hours over a limit, or rest short of a minimum).
 *
 * <p>For an average ({@link WeeklyLimitRule}, {@link NightLimitRule}) the measured and limit minutes are totals over
 * {@link #referenceDays()} days and {@link #averageMinutesPerWeek()} gives the weekly average; for a rest rule the
 * measured minutes are the longest rest found. Immutable and thread-safe.
 */
public final class WorkingTimeFinding implements CitedFinding<Severity> {

    private final String ruleId;
    private final Severity severity;
    private final String message;
    private final Source source;
    private final @Nullable LocalDate actBefore;
    private final PersonalAssistantId personalAssistant;
    private final TimeSpan window;
    private final List<ShiftId> shifts;
    private final List<EmployerId> employers;
    private final long measuredMinutes;
    private final long limitMinutes;
    private final long differenceMinutes;
    private final int referenceDays;

    WorkingTimeFinding(WorkingTimeRule rule, Source source, @Nullable LocalDate actBefore,
            PersonalAssistantId personalAssistant, TimeSpan window, List<ShiftId> shifts, List<EmployerId> employers,
            long measuredMinutes, long limitMinutes, long differenceMinutes, int referenceDays) {
        this.ruleId = rule.id();
        this.severity = rule.severity();
        this.source = source;
        this.actBefore = actBefore;
        this.personalAssistant = personalAssistant;
        this.window = window;
        this.shifts = List.copyOf(shifts);
        this.employers = List.copyOf(employers);
        this.measuredMinutes = measuredMinutes;
        this.limitMinutes = limitMinutes;
        this.differenceMinutes = differenceMinutes;
        this.referenceDays = referenceDays;
        this.message = rule.message(this);
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String message() {
        return message;
    }

    @Override
    public Source source() {
        return source;
    }

    /**
     * Returns the day the first planned shift involved starts: re-rostering on or after it is late.
     *
     * @return the day, or null when no planned shift is involved
     */
    @Override
    public @Nullable LocalDate actBefore() {
        return actBefore;
    }

    /**
     * Returns the PA.
     *
     * @return the PA, not null
     */
    public PersonalAssistantId personalAssistant() {
        return personalAssistant;
    }

    /**
     * Returns the window the limit was measured over: a reference period, a day, a week, a 24-hour rest period, a
     * working day, or a shift.
     *
     * @return the window, not null
     */
    public TimeSpan window() {
        return window;
    }

    /**
     * Returns the planned shifts in the window (of every package), by id.
     *
     * @return the shift ids, sorted, not null
     */
    public List<ShiftId> shifts() {
        return shifts;
    }

    /**
     * Returns the employers whose duty the limit is: those of the shifts involved to whom the rule applies (for the
     * 48-hour, night and young-worker hour limits, not an employer for whom the PA is a domestic servant in a private
     * household, nor, for the 48-hour average, one the PA has opted out with).
     *
     * @return the employers, sorted, not null
     */
    public List<EmployerId> employers() {
        return employers;
    }

    /**
     * Returns what was measured: minutes worked (a total over the reference days for an average), or the longest rest
     * or break found.
     *
     * @return the minutes, 0 or more
     */
    public long measuredMinutes() {
        return measuredMinutes;
    }

    /**
     * Returns the limit in the same terms: the most minutes allowed, or the least rest required.
     *
     * @return the minutes, 0 or more
     */
    public long limitMinutes() {
        return limitMinutes;
    }

    /**
     * Returns by how much the limit is broken: minutes over a maximum, or rest short of a minimum.
     *
     * @return the minutes, 1 or more
     */
    public long differenceMinutes() {
        return differenceMinutes;
    }

    /**
     * Returns the days an average was taken over.
     *
     * @return the days (a multiple of 7), or 0 for a finding that is not an average
     */
    public int referenceDays() {
        return referenceDays;
    }

    /**
     * Returns the weekly average, for an average over a reference period.
     *
     * @return measured minutes times 7 over the reference days, rounded up; 0 when not an average
     */
    public long averageMinutesPerWeek() {
        return referenceDays == 0 ? 0 : (measuredMinutes * 7 + referenceDays - 1) / referenceDays;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WorkingTimeFinding f && f.ruleId.equals(ruleId)
                && f.personalAssistant.equals(personalAssistant) && f.window.equals(window)
                && f.shifts.equals(shifts) && f.employers.equals(employers) && f.measuredMinutes == measuredMinutes
                && f.limitMinutes == limitMinutes && f.differenceMinutes == differenceMinutes
                && f.referenceDays == referenceDays && f.severity == severity && f.source.equals(source);
    }

    @Override
    public int hashCode() {
        return (ruleId.hashCode() * 31 + personalAssistant.hashCode()) * 31 + window.hashCode();
    }

    @Override
    public String toString() {
        return ruleId + " " + personalAssistant + " " + window + ": " + message;
    }
}
