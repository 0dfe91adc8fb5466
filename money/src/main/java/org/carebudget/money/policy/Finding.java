package org.carebudget.money.policy;

import org.carebudget.core.figures.Source;
import org.carebudget.money.LedgerException;

/**
 * One reason a spend is held or rejected: which rule found it, in plain English, how severe, and the source the
 * rule implements. Immutable and thread-safe.
 *
 * @param ruleId the rule's id, such as {@code new-payee}, not blank
 * @param message what was found, in plain English with the figures involved, not blank
 * @param severity what it does to the spend, not null
 * @param source the legal or policy source of the rule, not null
 */
public record Finding(String ruleId, String message, Severity severity, Source source) {

    /**
     * Validates the finding.
     *
     * @param ruleId the rule's id, not blank
     * @param message what was found, not blank
     * @param severity the severity, not null
     * @param source the source, not null
     * @throws LedgerException if a value is null or blank
     */
    public Finding {
        Texts.notBlank(ruleId, "ruleId");
        Texts.notBlank(message, "message");
        LedgerException.notNull(severity, "severity");
        LedgerException.notNull(source, "source");
    }
}
