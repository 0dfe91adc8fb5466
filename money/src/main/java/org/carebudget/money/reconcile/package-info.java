/**
 * Reconciliation of a budget's bank or prepaid-card account with the ledger.
 *
 * <p>Import: {@link org.carebudget.money.reconcile.StatementProfile} reads a statement CSV (FastCSV) through a
 * profile that is data, with built-in UK profiles in {@link org.carebudget.money.reconcile.StatementProfiles};
 * reading is all or nothing. {@link org.carebudget.money.reconcile.StatementHistory} keeps what was imported for an
 * account and recognises lines seen before by their {@link org.carebudget.money.reconcile.LineFingerprint}, so an
 * overlapping download is never counted twice.
 *
 * <p>Matching: {@link org.carebudget.money.reconcile.Reconciler} pairs statement lines with
 * {@link org.carebudget.money.reconcile.LedgerEntry ledger entries} one to one by a globally optimal assignment
 * (a payroll batch is one unit), confirms only pairs that every optimal assignment makes, reports ambiguous
 * candidates with their scores, lists what is unmatched with its reason, checks the statement's balances against the
 * ledger and flags an account not reconciled for too long; the result is a
 * {@link org.carebudget.money.reconcile.ReconciliationReport}.
 *
 * <p>Everything here is pure: no I/O, no clock, no threads. Values are immutable and thread-safe.
 */
package org.carebudget.money.reconcile;
