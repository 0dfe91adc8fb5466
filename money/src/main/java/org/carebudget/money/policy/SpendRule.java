package org.carebudget.money.policy;

import java.util.Optional;
import org.carebudget.core.rule.CitedRule;

/**
 * One rule of a spend policy: an id, a plain-English description, a severity, the source it implements and the
 * dates it is in force. Vendors add their own by implementing it (or extending {@link AbstractSpendRule}).
 * Implementations must be immutable and thread-safe and must not change the history they read.
 */
public interface SpendRule extends CitedRule<SpendSeverity> {

    /**
     * Checks a spend.
     *
     * @param request the spend, not null
     * @param history the budget's past spending, not null
     * @return a finding if the rule objects to the spend, else empty; never null
     */
    Optional<SpendFinding> evaluate(SpendRequest request, SpendHistory history);
}
