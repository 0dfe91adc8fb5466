package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.WrittenStatement;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.WrittenStatementContent;
import org.carebudget.core.time.DateRange;

/**
 * For an employment starting on a date whose {@link WrittenStatementContent} row requires it (from October 2026 in
 * the standard figures), the written statement given on or before the first day must include a statement of the
 * right to join a trade union (Employment Rights Act 2025). The date and form are not confirmed (status U), so the
 * finding is a warning citing the row's unconfirmed source; a vendor replaces the row once confirmed. Only
 * statements given are checked: a missing statement is {@link WrittenStatementByFirstDay}'s finding. Immutable and
 * thread-safe.
 */
public final class WrittenStatementTradeUnionRight extends AbstractRule {

    /** The rule id. */
    public static final String ID = "written-statement.trade-union-right";

    /** Creates the rule, in force from 6 April 2020 (the figures decide from when the statement is needed). */
    public WrittenStatementTradeUnionRight() {
        super(ID, "The written statement includes a statement of the right to join a trade union where required.",
                ComplianceSeverity.WARNING, Source.of("Employment Rights Act 2025 (statement of the right to join a "
                        + "trade union); not confirmed", Status.UNCONFIRMED),
                DateRange.startingOn(LocalDate.of(2020, 4, 6)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        LocalDate first = employment.firstDay();
        if (first.isBefore(inForce().start()) || employment.writtenStatements().isEmpty()) {
            return;
        }
        Missing missing = new Missing();
        WrittenStatementContent content = rowOrNote(context, WrittenStatementContent.class, first, null, missing);
        missing.report(this, "the content of the written statement", findings);
        if (content == null || !content.tradeUnionRightStatement()) {
            return;
        }
        WrittenStatement latest = null;
        for (WrittenStatement statement : employment.writtenStatements()) {
            if (!statement.givenOn().isAfter(context.asOf())) {
                if (statement.tradeUnionRightStatement()) {
                    return;
                }
                latest = statement;
            }
        }
        if (latest != null) {
            findings.accept(breach("The written statement given on " + latest.givenOn() + " does not include the "
                    + "statement of the right to join a trade union, required for employments starting from "
                    + content.inForce().start() + " (not confirmed).", List.of(latest),
                    RuleContext.dayAfter(first), null, null, content));
        }
    }
}
