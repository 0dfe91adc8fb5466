package org.carebudget.money.policy;

import java.util.Optional;

/**
 * Holds the first payment to a payee who has never been paid from this budget. Immutable and thread-safe.
 */
public final class NewPayeeRule extends AbstractSpendRule {

    /** The rule's id. */
    public static final String ID = "new-payee";

    /** Creates the rule. */
    public NewPayeeRule() {
        super(ID, "The first payment to a new payee is held for the funder's review", SpendSeverity.HOLD,
                Sources.TRANSACTION_MONITORING, Sources.CARE_ACT);
    }

    @Override
    public Optional<SpendFinding> evaluate(SpendRequest request, SpendHistory history) {
        if (history.paymentsTo(request.payee()) > 0) {
            return Optional.empty();
        }
        return finding("first payment to payee " + request.payee() + " (" + request.amount() + ")");
    }
}
