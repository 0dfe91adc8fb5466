/**
 * Spend policy: a {@link org.carebudget.money.policy.SpendPolicy} of small
 * {@link org.carebudget.money.policy.SpendRule}s that turns a {@link org.carebudget.money.policy.SpendRequest}
 * into a {@link org.carebudget.money.policy.SpendDecision} (approve, hold for the funder's review, or reject),
 * with the built-in rules and the support plan's limits they read.
 */
package org.carebudget.money.policy;
