package org.carebudget.money.policy;

import java.time.LocalDate;
import org.carebudget.core.figures.Source;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.rule.CitedFinding;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * One reason a spend is held or rejected: which rule found it, how severe, in plain English, the source the rule
 * implements, and the figures it computed as typed values (so a vendor never reads them out of the message).
 * Immutable and thread-safe.
 *
 * @param ruleId the rule's id, such as {@code new-payee}, not blank, at most 200 characters
 * @param severity what it does to the spend, not null
 * @param message what was found, in plain English with the figures involved, not blank, at most 2,000 characters
 * @param source the legal or policy source of the rule, not null
 * @param actBefore the first day on which acting on it is late (exclusive); null when nothing is due by a date
 * @param amount the figure the rule computed (the total a limit rule counted, the amount asked for); null when none
 * @param threshold the figure it was held against (the limit, the funds available, the usual amount); null when none
 */
public record SpendFinding(String ruleId, SpendSeverity severity, String message, Source source,
        @Nullable LocalDate actBefore, @Nullable Gbp amount, @Nullable Gbp threshold)
        implements CitedFinding<SpendSeverity> {

    /**
     * Validates the finding.
     *
     * @param ruleId the rule's id, not blank
     * @param severity the severity, not null
     * @param message what was found, not blank
     * @param source the source, not null
     * @param actBefore the first day acting is late; may be null
     * @param amount the computed figure; may be null
     * @param threshold the figure held against; may be null
     * @throws LedgerException if a value is null (where not allowed), blank or too long
     */
    public SpendFinding {
        LedgerException.CHECKS.text(ruleId, 200, "ruleId");
        LedgerException.notNull(severity, "severity");
        LedgerException.CHECKS.text(message, 2000, "message");
        LedgerException.notNull(source, "source");
        if (actBefore != null) {
            LedgerException.CHECKS.date(actBefore, "actBefore");
        }
    }

    /**
     * Returns a finding without figures or date.
     *
     * @param ruleId the rule's id, not blank
     * @param severity the severity, not null
     * @param message what was found, not blank
     * @param source the source, not null
     * @return the finding, not null
     * @throws LedgerException if a value is null or blank
     */
    public static SpendFinding of(String ruleId, SpendSeverity severity, String message, Source source) {
        return new SpendFinding(ruleId, severity, message, source, null, null, null);
    }

    /**
     * Returns this finding with the figures the rule computed.
     *
     * @param computed the figure computed, such as the total counted; may be null
     * @param heldAgainst the figure it was held against, such as the limit; may be null
     * @return the finding, not null
     */
    public SpendFinding withFigures(@Nullable Gbp computed, @Nullable Gbp heldAgainst) {
        return new SpendFinding(ruleId, severity, message, source, actBefore, computed, heldAgainst);
    }
}
