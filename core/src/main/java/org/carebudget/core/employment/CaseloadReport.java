package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;

/**
 * The findings for a caseload of employments as of a date, ordered by employer, PA and first day (then by
 * findings), so the same caseload in any order gives an equal report. Made by {@link RuleSet}; immutable and
 * thread-safe.
 *
 * @param asOf the date of the evaluation, not null
 * @param employments the findings per employment, unmodifiable, not null
 */
public record CaseloadReport(LocalDate asOf, List<EmploymentFindings> employments) {

    /**
     * Validates and copies.
     *
     * @param asOf the date of the evaluation, not null
     * @param employments the findings per employment, not null, none null
     * @throws InvalidValueException if a component is null
     */
    public CaseloadReport {
        Checks.CORE.notNull(asOf, "asOf");
        Checks.CORE.notNull(employments, "employments");
        for (EmploymentFindings each : employments) {
            Checks.CORE.notNull(each, "employments[]");
        }
        employments = List.copyOf(employments);
    }

    /**
     * Returns how many employments have at least one blocking finding.
     *
     * @return the count, zero or more
     */
    public long blockedCount() {
        return employments.stream().filter(EmploymentFindings::blocked).count();
    }

    /**
     * Returns how many findings there are in all.
     *
     * @return the count, zero or more
     */
    public long findingCount() {
        return employments.stream().mapToLong(e -> e.findings().size()).sum();
    }

    /**
     * Returns how many findings could not be checked for want of figures.
     *
     * @return the count, zero or more
     */
    public long notCheckedCount() {
        return employments.stream().mapToLong(e -> e.withSeverity(ComplianceSeverity.NOT_CHECKED).size()).sum();
    }
}
