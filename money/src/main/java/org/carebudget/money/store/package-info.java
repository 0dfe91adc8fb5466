/**
 * The persistence SPI of the budget ledger: an append-only journal store that knows nothing of the events' shape.
 *
 * <p>A stored event is a {@link org.carebudget.money.store.StoredEvent}: the care package it belongs to, its
 * sequence number in that package's journal (1, 2, 3 ...), a kind, a payload (JSON text) and the
 * {@link org.carebudget.money.store.JournalChain chain hash} after it. A writer appends a package's new events with
 * the sequence number it last saw ({@link org.carebudget.money.store.JournalStore#append}); when another writer
 * appended first, the store answers {@link org.carebudget.money.store.AppendResult.Conflict}, a value, and writes
 * nothing, so the writer reloads and tries again. Snapshots ({@link org.carebudget.money.store.SnapshotStore}) are
 * optional derived data that let a long journal load fast.
 *
 * <p>This package does no I/O: {@code carebudget-jdbc} implements it on a database, and
 * {@link org.carebudget.money.store.InMemoryJournalStore} is the reference implementation for tests.
 */
package org.carebudget.money.store;
