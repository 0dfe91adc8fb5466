package org.carebudget.core.employment;

import java.util.function.Consumer;
import org.carebudget.core.figures.Source;
import org.carebudget.core.time.DateRange;

/**
 * One employment compliance rule. A rule reads an {@link Employment} as of a date and reports what it finds;
 * a compliant PA gives no finding, a non-compliant one gives findings, never an exception. Implementations are
 * immutable and thread-safe; vendors may write their own and add them to a {@link RuleSet}.
 */
public interface ComplianceRule {

    /**
     * Returns the rule's id, unique in a rule set, such as {@code "dbs.enhanced-check"}.
     *
     * @return the id, not blank
     */
    String id();

    /**
     * Returns what the rule checks, in plain English.
     *
     * @return the description, not blank
     */
    String description();

    /**
     * Returns the severity of a breach of this rule (a lapse still ahead is reported as a warning).
     *
     * @return the severity, not null
     */
    Severity severity();

    /**
     * Returns the law or policy the rule implements.
     *
     * @return the source, not null
     */
    Source source();

    /**
     * Returns the dates the rule is in force: it is not evaluated on other dates, and rules over pay periods
     * skip periods that start before it.
     *
     * @return the dates, not null
     */
    DateRange inForce();

    /**
     * Evaluates the rule.
     *
     * @param employment the employment, not null
     * @param context the date, figures and lookahead, not null
     * @param findings receives each finding, not null
     * @throws org.carebudget.core.InvalidValueException only if the figures hold no row for a date the rule needs
     */
    void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings);
}
