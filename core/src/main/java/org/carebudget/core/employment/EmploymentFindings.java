package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * The findings for one employment as of a date, in rule-set order, with the lookahead used, so a caller sees how far
 * ahead lapses were looked for. Made by {@link RuleSet}; immutable and thread-safe.
 *
 * @param employer the employer, not null
 * @param personalAssistant the PA, not null
 * @param firstDay the employment's first day, not null
 * @param asOf the date of the evaluation, not null
 * @param lookaheadDays how many days ahead lapses were warned of, 0 - 3660
 * @param findings the findings, unmodifiable, empty when compliant, not null
 */
public record EmploymentFindings(EmployerId employer, PersonalAssistantId personalAssistant, LocalDate firstDay,
        LocalDate asOf, int lookaheadDays, List<ComplianceFinding> findings) {

    /**
     * Validates and copies.
     *
     * @param employer the employer, not null
     * @param personalAssistant the PA, not null
     * @param firstDay the employment's first day, not null
     * @param asOf the date of the evaluation, not null
     * @param lookaheadDays how many days ahead lapses were warned of, 0 - 3660
     * @param findings the findings, not null, none null
     * @throws InvalidValueException if a component is null or out of range
     */
    public EmploymentFindings {
        Checks.CORE.notNull(employer, "employer");
        Checks.CORE.notNull(personalAssistant, "personalAssistant");
        Checks.CORE.notNull(firstDay, "firstDay");
        Checks.CORE.notNull(asOf, "asOf");
        Checks.CORE.inRange(lookaheadDays, 0, RuleContext.MAX_LOOKAHEAD_DAYS, "lookaheadDays");
        Checks.CORE.notNull(findings, "findings");
        for (ComplianceFinding each : findings) {
            Checks.CORE.notNull(each, "findings[]");
        }
        findings = List.copyOf(findings);
    }

    /**
     * Returns whether any finding is blocking.
     *
     * @return true when at least one finding has severity {@link ComplianceSeverity#BLOCKING}
     */
    public boolean blocked() {
        for (ComplianceFinding f : findings) {
            if (f.severity() == ComplianceSeverity.BLOCKING) {
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
     * @throws InvalidValueException if {@code ruleId} is null
     */
    public List<ComplianceFinding> from(String ruleId) {
        Checks.CORE.notNull(ruleId, "ruleId");
        List<ComplianceFinding> found = new ArrayList<>();
        for (ComplianceFinding f : findings) {
            if (f.ruleId().equals(ruleId)) {
                found.add(f);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Returns the findings of one severity, such as what could not be checked for want of figures.
     *
     * @param severity the severity, not null
     * @return the findings, unmodifiable, not null
     * @throws InvalidValueException if {@code severity} is null
     */
    public List<ComplianceFinding> withSeverity(ComplianceSeverity severity) {
        Checks.CORE.notNull(severity, "severity");
        List<ComplianceFinding> found = new ArrayList<>();
        for (ComplianceFinding f : findings) {
            if (f.severity() == severity) {
                found.add(f);
            }
        }
        return List.copyOf(found);
    }
}
