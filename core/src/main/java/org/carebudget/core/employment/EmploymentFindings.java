package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * The findings for one employment as of a date, in rule-set order. Immutable and thread-safe.
 *
 * @param employer the employer, not null
 * @param personalAssistant the PA, not null
 * @param firstDay the employment's first day, not null
 * @param asOf the date of the evaluation, not null
 * @param findings the findings, unmodifiable, empty when compliant, not null
 */
public record EmploymentFindings(EmployerId employer, PersonalAssistantId personalAssistant, LocalDate firstDay,
        LocalDate asOf, List<Finding> findings) {

    /**
     * Validates and copies.
     *
     * @param employer the employer, not null
     * @param personalAssistant the PA, not null
     * @param firstDay the employment's first day, not null
     * @param asOf the date of the evaluation, not null
     * @param findings the findings, not null, none null
     * @throws InvalidValueException if a component is null
     */
    public EmploymentFindings {
        InvalidValueException.requireNonNull(employer, "employer");
        InvalidValueException.requireNonNull(personalAssistant, "personalAssistant");
        InvalidValueException.requireNonNull(firstDay, "firstDay");
        InvalidValueException.requireNonNull(asOf, "asOf");
        findings = List.copyOf(InvalidValueException.requireNonNull(findings, "findings"));
    }

    /**
     * Returns whether any finding is blocking.
     *
     * @return true when at least one finding has severity {@link Severity#BLOCKING}
     */
    public boolean blocked() {
        for (Finding f : findings) {
            if (f.severity() == Severity.BLOCKING) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the findings from one rule.
     *
     * @param ruleId the rule id, not null
     * @return the findings, unmodifiable, not null
     */
    public List<Finding> from(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
