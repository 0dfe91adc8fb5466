import org.jspecify.annotations.NullMarked;

/**
 * CareBudget JDBC: durable budget ledgers. {@link org.carebudget.jdbc.JdbcJournalStore} keeps each care package's
 * journal in a database (PostgreSQL, or H2 embedded in a file) with plain SQL, one row per event;
 * {@link org.carebudget.jdbc.DurableBudgets} loads a package, applies an operation through its
 * {@code BudgetLedger} and appends the new events in one transaction, retrying when another instance of the service
 * appended first.
 *
 * <p>Nullness is declared: the module is {@code @NullMarked} (JSpecify), so every type is non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
module org.carebudget.jdbc {
    requires transitive org.carebudget.money;
    requires transitive java.sql;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports org.carebudget.jdbc;
}
