package org.carebudget.rostering.workingtime;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.rostering.RosteringException;
import org.carebudget.rostering.ShiftId;
import org.jspecify.annotations.Nullable;

/**
 * The working-time findings of a rota check: every limit the rota would break, by PA, window start, rule and
 * employer. Immutable and thread-safe.
 */
public final class WorkingTimeReport {

    private final LocalDate from;
    private final int days;
    private final List<WorkingTimeFinding> findings;

    WorkingTimeReport(LocalDate from, int days, List<WorkingTimeFinding> findings) {
        this.from = from;
        this.days = days;
        this.findings = List.copyOf(findings);
    }

    /**
     * Returns the first day checked.
     *
     * @return the date, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns how many days were checked.
     *
     * @return the days, 1 or more
     */
    public int days() {
        return days;
    }

    /**
     * Returns every finding, by PA, window start, rule and employer.
     *
     * @return the findings, not null, unmodifiable
     */
    public List<WorkingTimeFinding> findings() {
        return findings;
    }

    /**
     * Returns the findings about a PA.
     *
     * @param pa the PA, not null
     * @return the findings, not null
     * @throws RosteringException if {@code pa} is null
     */
    public List<WorkingTimeFinding> findings(@Nullable PersonalAssistantId pa) {
        RosteringException.CHECKS.notNull(pa, "personalAssistant");
        return findings.stream().filter(f -> f.personalAssistant().equals(pa)).toList();
    }

    /**
     * Returns the findings that involve a shift.
     *
     * @param shift the shift, not null
     * @return the findings, not null
     * @throws RosteringException if {@code shift} is null
     */
    public List<WorkingTimeFinding> involving(@Nullable ShiftId shift) {
        RosteringException.CHECKS.notNull(shift, "shift");
        return findings.stream().filter(f -> f.shifts().contains(shift)).toList();
    }

    /**
     * Returns whether the rota breaks no limit.
     *
     * @return true if there are no findings
     */
    public boolean isClean() {
        return findings.isEmpty();
    }

    @Override
    public String toString() {
        return "WorkingTimeReport[from " + from + ", " + days + " days, " + findings.size() + " findings]";
    }
}
