package org.carebudget.money.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carebudget.money.LedgerException;

/**
 * An ordered set of spend rules, each with a unique id, that decides on a spend: every rule in force on the spend's
 * date is checked, and the findings give the {@link SpendDecision}. Vendors add, replace or remove rules with
 * {@link #with} and {@link #without}. Immutable and thread-safe.
 */
public final class SpendPolicy {

    /** The most rules in a policy: a held spend records which rules held it as bits of one number. */
    public static final int MAX_RULES = 62;

    private static final SpendPolicy NONE = new SpendPolicy(List.of());

    private final List<SpendRule> rules;

    private SpendPolicy(List<SpendRule> rules) {
        this.rules = rules;
    }

    /**
     * Returns a policy of the given rules.
     *
     * @param rules the rules, not null, none null, ids unique, at most {@value #MAX_RULES}
     * @return the policy, not null
     * @throws LedgerException if a rule is null, two share an id or there are too many
     */
    public static SpendPolicy of(List<SpendRule> rules) {
        List<SpendRule> copy = LedgerException.CHECKS.list(rules, MAX_RULES, "rules");
        Set<String> ids = new HashSet<>();
        for (SpendRule rule : copy) {
            if (!ids.add(rule.id())) {
                throw new LedgerException("rules", "rules with unique ids", rule.id() + " twice");
            }
        }
        return new SpendPolicy(copy);
    }

    /**
     * Returns the policy that approves every spend (the ledger still rejects ring-fence breaches and insufficient
     * funds).
     *
     * @return the policy, not null
     */
    public static SpendPolicy none() {
        return NONE;
    }

    /**
     * Returns the built-in policy for a support plan: outside the plan, over a category limit, over the period
     * limit, first payment to a new payee, and more than 3 times the payee's usual amount after 3 payments.
     *
     * @param plan the support plan's budget, not null
     * @return the policy, not null
     * @throws LedgerException if {@code plan} is null
     */
    public static SpendPolicy standard(SupportPlanBudget plan) {
        return of(List.of(new OutsideSupportPlanRule(plan), new CategoryLimitRule(plan), new PeriodLimitRule(plan),
                new NewPayeeRule(), new UnusualAmountRule(3, 3)));
    }

    /**
     * Returns the rules in order.
     *
     * @return the rules, not null, unmodifiable
     */
    public List<SpendRule> rules() {
        return rules;
    }

    /**
     * Returns this policy with a rule added, or replacing the rule with the same id in place.
     *
     * @param rule the rule, not null
     * @return the new policy, not null
     * @throws LedgerException if {@code rule} is null
     */
    public SpendPolicy with(SpendRule rule) {
        LedgerException.notNull(rule, "rule");
        List<SpendRule> next = new ArrayList<>(rules);
        int at = indexOf(rule.id());
        if (at < 0 && rules.size() == MAX_RULES) {
            throw new LedgerException("rule", "a rule replacing one of the " + MAX_RULES + " already in the policy",
                    rule.id());
        }
        if (at < 0) {
            next.add(rule);
        } else {
            next.set(at, rule);
        }
        return new SpendPolicy(List.copyOf(next));
    }

    /**
     * Returns this policy without the rule with the given id; {@code this} if there is none.
     *
     * @param ruleId the rule's id, not null
     * @return the policy, not null
     * @throws LedgerException if {@code ruleId} is null
     */
    public SpendPolicy without(String ruleId) {
        LedgerException.notNull(ruleId, "ruleId");
        int at = indexOf(ruleId);
        if (at < 0) {
            return this;
        }
        List<SpendRule> next = new ArrayList<>(rules);
        next.remove(at);
        return new SpendPolicy(List.copyOf(next));
    }

    private int indexOf(String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Decides on a spend with every rule in force on its date.
     *
     * @param request the spend, not null
     * @param history the budget's past spending, not null
     * @return the decision, not null
     * @throws LedgerException if a value is null
     */
    public SpendDecision evaluate(SpendRequest request, SpendHistory history) {
        LedgerException.notNull(request, "request");
        LedgerException.notNull(history, "history");
        List<SpendFinding> findings = new ArrayList<>();
        for (SpendRule rule : rules) {
            if (rule.inForceOn(request.date())) {
                rule.evaluate(request, history).ifPresent(findings::add);
            }
        }
        return SpendDecision.of(findings);
    }
}
