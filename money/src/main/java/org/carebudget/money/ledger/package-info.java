/**
 * The double-entry ledger engine after TigerBeetle:
 * {@link org.carebudget.money.ledger.Ledger} with accounts, transfers, pending transfers, reversals, linked batches, its journal of immutable
 * {@link org.carebudget.money.ledger.LedgerEvent}s and its hash chain.
 */
package org.carebudget.money.ledger;
