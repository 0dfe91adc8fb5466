/**
 * Period returns per funder: what a managed-account service sends a funder every quarter (or for any date range)
 * and what an external audit asks for on request: opening balance, receipts, spend by category, refunds, reversals,
 * returns and clawbacks, closing balance, the spends still held for the funder's review with the rules that held
 * them, contingency and surplus, and the hours budgeted (rostered) against the hours used (delivered).
 *
 * <p>A return is derived from a budget's journal, never stored beside it: {@link
 * org.carebudget.money.returns.PeriodReturns#of} reads the journal up to a cut ("known through" a number of journal
 * entries), so the same cut gives the same return for ever, whatever is recorded later. Entries recorded after a
 * return was issued but dated within its period (a back-dated refund, a reversal) never rewrite it: they appear in
 * the next return, built {@linkplain org.carebudget.money.returns.ReturnRequest#after after} the previous one, as
 * prior-period adjustments ({@link org.carebudget.money.returns.PriorPeriodAdjustment}). Meaning is read from the
 * journal's typed fields (account codes, transfer codes through {@code BudgetLedger.purposeOf}, hold reasons in user
 * data), never from text.
 *
 * <p>A caseload's returns ({@link org.carebudget.money.returns.PeriodReturns#caseload(java.util.Collection,
 * org.carebudget.core.time.DateRange, org.carebudget.core.hours.HoursSummary)}) are sorted by package and funder and
 * independent of the order the budgets are given in; for a very large caseload the streaming form hands each return
 * to a consumer as it is made and keeps none.
 *
 * <p>Every return balances: {@code opening + money in - money out = closing}, or it is not produced (a
 * {@link org.carebudget.money.LedgerException} naming the figures). Values are immutable and thread-safe; JSON goes
 * through {@link org.carebudget.money.returns.ReturnsJacksonModule}, CSV through {@code csvLines()}.
 */
package org.carebudget.money.returns;
