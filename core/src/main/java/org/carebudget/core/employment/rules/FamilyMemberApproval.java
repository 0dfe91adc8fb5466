package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.FunderApproval;
import org.carebudget.core.employment.FunderKind;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * Paying a family member who lives in the same household from the budget needs the funder's recorded approval: the
 * council's for a direct payment, the integrated care board's for a personal health budget, both for an integrated
 * budget. Blocking from the first day; a warning before it; and where the approval came after the first day, a
 * warning that the pay before it was not approved. Immutable and thread-safe.
 */
public final class FamilyMemberApproval extends AbstractRule {

    /** The rule id. */
    public static final String ID = "family.funder-approval";

    /** Creates the rule, in force from 1 April 2015 (Care Act 2014 direct payments). */
    public FamilyMemberApproval() {
        super(ID, "A family member living in the same household is paid only with the funder's recorded approval.",
                ComplianceSeverity.BLOCKING, Source.of("Care and Support (Direct Payments) Regulations 2014 reg. 3; "
                        + "National Health Service (Direct Payments) Regulations 2013", Status.SECONDARY),
                DateRange.startingOn(LocalDate.of(2015, 4, 1)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        if (!employment.relationship().needsFunderApproval()) {
            return;
        }
        if (employment.fundingRegime().includesCouncil()) {
            check(employment, context, FunderKind.COUNCIL, "the council", findings);
        }
        if (employment.fundingRegime().includesNhs()) {
            check(employment, context, FunderKind.INTEGRATED_CARE_BOARD, "the integrated care board", findings);
        }
    }

    private void check(Employment employment, RuleContext context, FunderKind kind, String who,
            Consumer<ComplianceFinding> findings) {
        List<FunderApproval> theirs = new ArrayList<>(2);
        for (FunderApproval approval : employment.funderApprovals()) {
            if (approval.funderKind() == kind) {
                theirs.add(approval);
            }
        }
        recordedByFirstDay(employment, context, theirs, FunderApproval::approvedOn, "approval from " + who
                + " to pay a " + Format.words(employment.relationship().relation()) + " living in the same household",
                findings);
    }
}
