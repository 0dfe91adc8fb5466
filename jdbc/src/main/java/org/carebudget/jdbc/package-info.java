/**
 * Durable budget ledgers on a database, through plain JDBC.
 *
 * <ul>
 *   <li>{@link org.carebudget.jdbc.JdbcJournalStore}: the {@code org.carebudget.money.store.JournalStore} (and
 *       {@code SnapshotStore}) on PostgreSQL or H2: one row per event, the primary key (package, sequence) giving
 *       optimistic concurrency, the schema a versioned SQL resource ({@link org.carebudget.jdbc.Dialect}).</li>
 *   <li>{@link org.carebudget.jdbc.DurableBudgets}: the facade a vendor calls: load a package (replaying it and
 *       checking its hash chain), apply an operation through its {@code BudgetLedger}, append the new events in one
 *       transaction, retry on conflict, evict on failure; optional snapshots.</li>
 *   <li>{@link org.carebudget.jdbc.LedgerEventCodec}: the one class that knows the ledger's events (their JSON and
 *       snapshot forms) and the few {@code BudgetLedger} calls the facade makes.</li>
 * </ul>
 *
 * <p>Every invalid input, corrupt journal and database failure is a {@link org.carebudget.jdbc.JournalStoreException};
 * a conflict between writers is a value ({@code AppendResult.Conflict}, {@link org.carebudget.jdbc.Applied.Conflicted}).
 */
package org.carebudget.jdbc;
