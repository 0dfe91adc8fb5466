/**
 * Budget accounts: a {@link org.carebudget.money.budget.BudgetLedger} per care package holding one ring-fenced
 * stream per funder, spends through the spend policy, funder holds, contingency, surplus and clawback, splitting a
 * spend across funders, and a {@link org.carebudget.money.budget.LedgerRegistry} routing care packages to their
 * ledgers so different packages post in parallel.
 */
package org.carebudget.money.budget;
