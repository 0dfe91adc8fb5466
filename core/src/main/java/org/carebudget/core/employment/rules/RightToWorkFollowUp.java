package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.RightToWorkCheck;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.time.DateRange;

/**
 * Where the latest right-to-work check shows time-limited permission, a follow-up check must be made before the
 * permission ends: {@code actBefore} is the first day without permission. Blocking once the permission has ended
 * with no later check; a warning while that day is within the lookahead window. Immutable and thread-safe.
 */
public final class RightToWorkFollowUp extends AbstractRule {

    /** The rule id. */
    public static final String ID = "right-to-work.follow-up";

    /** Creates the rule, in force from 29 February 2008. */
    public RightToWorkFollowUp() {
        super(ID, "A follow-up right-to-work check is made before time-limited permission to work ends.",
                ComplianceSeverity.BLOCKING, RightToWorkBeforeFirstDay.SOURCE,
                DateRange.startingOn(LocalDate.of(2008, 2, 29)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        LocalDate asOf = context.asOf();
        if (!employment.continuesOn(asOf)) {
            return;
        }
        RightToWorkCheck latest = null;
        for (RightToWorkCheck check : employment.rightToWorkChecks()) {
            if (!check.checkedOn().isAfter(asOf)) {
                latest = check;
            }
        }
        LocalDate ends = latest == null ? null : latest.permissionEnds();
        if (ends == null) {
            return;
        }
        LocalDate lastDay = ends.minusDays(1);
        if (!asOf.isBefore(ends)) {
            findings.accept(breach("Permission to work ended after " + lastDay + " and no follow-up right-to-work "
                    + "check is recorded since the check of " + latest.checkedOn() + ".", List.of(latest), ends, null,
                    null));
        } else if (context.dueWithinLookahead(ends)) {
            findings.accept(lapse("Follow-up right-to-work check due by " + lastDay + ", the last day of time-limited "
                    + "permission seen on " + latest.checkedOn() + ".", List.of(latest), ends));
        }
    }
}
