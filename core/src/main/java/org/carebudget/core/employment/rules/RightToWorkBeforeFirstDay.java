package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.RightToWorkCheck;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * A right-to-work check must be made before work starts: a check dated on or before the first day (a check on the
 * first day is taken as made before work began), so {@code actBefore} is the day after the first day. Without one
 * the employer has no statutory excuse (penalty up to £45,000 per worker): blocking. A check made late gives an
 * excuse only from its date: a warning that the days before it were not covered. Immutable and thread-safe.
 */
public final class RightToWorkBeforeFirstDay extends AbstractRule {

    /** The rule id. */
    public static final String ID = "right-to-work.before-first-day";

    static final Source SOURCE = Source.of("Immigration, Asylum and Nationality Act 2006 s. 15; Home Office, "
            + "An employer's guide to right to work checks", Status.SECONDARY);

    /** Creates the rule, in force from 29 February 2008 (section 15 in force). */
    public RightToWorkBeforeFirstDay() {
        super(ID, "A right-to-work check is made on or before the first day of work.", ComplianceSeverity.BLOCKING,
                SOURCE, DateRange.startingOn(LocalDate.of(2008, 2, 29)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        recordedByFirstDay(employment, context, employment.rightToWorkChecks(), RightToWorkCheck::checkedOn,
                "right-to-work check", findings);
    }
}
