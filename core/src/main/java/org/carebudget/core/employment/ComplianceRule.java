package org.carebudget.core.employment;

import java.util.function.Consumer;
import org.carebudget.core.rule.CitedRule;

/**
 * One employment compliance rule. A rule reads an {@link Employment} as of a date and reports what it finds: a
 * compliant PA gives no finding, a non-compliant one gives findings, never an exception. A breach is reported at the
 * rule's {@link #severity()}, a lapse still ahead as a warning, and a date the figures table has no row for as a
 * {@link ComplianceSeverity#NOT_CHECKED} finding naming the missing figures. A rule is not evaluated on dates outside
 * its {@link #inForce()} dates, and rules over pay periods skip periods that start before them. Implementations are
 * immutable and thread-safe; vendors may write their own (extending
 * {@link org.carebudget.core.employment.rules.AbstractRule}) and add them to a {@link RuleSet}.
 */
public interface ComplianceRule extends CitedRule<ComplianceSeverity> {

    /**
     * Evaluates the rule.
     *
     * @param employment the employment, not null
     * @param context the date, figures and lookahead, not null
     * @param findings receives each finding, not null
     */
    void evaluate(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings);
}
