package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.WrittenStatement;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * The written statement of employment particulars must be given on or before the first day, for employments
 * starting from 6 April 2020 (before then the law allowed two months; those employments are outside this rule).
 * Blocking from the first day while none is given; a warning before it; a warning once one is given late.
 * Immutable and thread-safe.
 */
public final class WrittenStatementByFirstDay extends AbstractRule {

    /** The rule id. */
    public static final String ID = "written-statement.by-first-day";

    /** Creates the rule, in force from 6 April 2020 (day-one written statements). */
    public WrittenStatementByFirstDay() {
        super(ID, "A written statement of employment particulars is given on or before the first day.",
                ComplianceSeverity.BLOCKING, Source.of("Employment Rights Act 1996 s. 1, as amended from 6 April 2020 "
                        + "(gov.uk/employment-contracts-and-conditions)", Status.SECONDARY),
                DateRange.startingOn(LocalDate.of(2020, 4, 6)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        if (employment.firstDay().isBefore(inForce().start())) {
            return;
        }
        recordedByFirstDay(employment, context, employment.writtenStatements(), WrittenStatement::givenOn,
                "written statement of employment particulars", findings);
    }
}
