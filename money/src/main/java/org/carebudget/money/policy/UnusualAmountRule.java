package org.carebudget.money.policy;

import java.math.RoundingMode;
import java.util.Optional;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;

/**
 * Holds a payment far above what this payee is usually paid: more than {@code multiple} times the mean of their
 * past payments, once there are at least {@code minimumPayments} of them. Immutable and thread-safe.
 */
public final class UnusualAmountRule extends AbstractSpendRule {

    /** The rule's id. */
    public static final String ID = "unusual-amount";

    private final int multiple;
    private final int minimumPayments;

    /**
     * Creates the rule.
     *
     * @param multiple how many times the usual amount is too much, 2 - 100
     * @param minimumPayments how many past payments make a usual amount, 1 - 1000
     * @throws LedgerException if a value is out of range
     */
    public UnusualAmountRule(int multiple, int minimumPayments) {
        super(ID, "A payment far above the payee's usual amount is held for the funder's review", SpendSeverity.HOLD,
                Sources.TRANSACTION_MONITORING, Sources.CARE_ACT);
        this.multiple = (int) LedgerException.inRange(multiple, 2, 100, "multiple");
        this.minimumPayments = (int) LedgerException.inRange(minimumPayments, 1, 1000, "minimumPayments");
    }

    @Override
    public Optional<SpendFinding> evaluate(SpendRequest request, SpendHistory history) {
        long payments = history.paymentsTo(request.payee());
        if (payments < minimumPayments) {
            return Optional.empty();
        }
        Gbp paid = history.paidTo(request.payee());
        // amount * payments <= paid * multiple, without overflow: paid is at most Gbp.MAX_PENCE (10^15) and multiple
        // at most 100, so paid * multiple fits a long, and for positive whole numbers a * n <= b iff a <= b / n.
        long allowed = Math.max(0, paid.pence()) * multiple;
        if (request.amount().pence() <= allowed / payments) {
            return Optional.empty();
        }
        Gbp usual = Gbp.ofPence(Math.max(0, paid.pence())).timesRatio(1, payments, RoundingMode.HALF_UP);
        return finding(request.amount() + " to payee " + request.payee() + " is more than " + multiple
                + " times the usual " + usual + " (mean of " + payments + " payments)", request.amount(), usual);
    }
}
