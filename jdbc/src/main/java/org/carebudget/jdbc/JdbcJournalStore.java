package org.carebudget.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.store.AppendResult;
import org.carebudget.money.store.JournalChain;
import org.carebudget.money.store.JournalHead;
import org.carebudget.money.store.JournalSnapshot;
import org.carebudget.money.store.JournalStore;
import org.carebudget.money.store.SnapshotStore;
import org.carebudget.money.store.StoredEvent;
import org.jspecify.annotations.Nullable;

/**
 * The {@link JournalStore} and {@link SnapshotStore} on a database through plain JDBC: PostgreSQL or H2
 * ({@link Dialect}), one row per event in {@code carebudget_journal}, primary key {@code (package_id, seq)}.
 *
 * <p>An append is one transaction of one batched statement (one round trip, then the commit): each row is inserted
 * only if the row before it exists with the chain hash the new row was linked from, so a writer whose view is stale
 * meets either the primary key (another writer's event {@code n + 1} is there: {@link AppendResult.Conflict}) or an
 * empty guard (a gap or a diverged chain: {@link JournalStoreException}), and writes nothing either way. Every row of
 * an append is checked in memory first: package, numbering, links, kind. The store never reads the payload.
 *
 * <p>Connections come from the {@link DataSource} for each call and go back to it before the call returns; give it
 * a pool (HikariCP or the driver's). Transactions run at the database's default isolation (read committed is
 * enough: the primary key decides). A lock wait that times out (H2) and a serialization failure or deadlock
 * (PostgreSQL) are reported as conflicts, since the writer's view is stale in each case.
 *
 * <p>Thread-safe and stateless beyond its settings: several stores, in one JVM or many, may share one database.
 */
public final class JdbcJournalStore implements JournalStore, SnapshotStore {

    /** The event kinds of the budget ledger ({@code account-opened}, {@code transfer}): the default of {@link Builder#kinds}. */
    public static final Set<String> LEDGER_KINDS = LedgerEventCodec.KINDS;

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Set<String> kinds;
    private final String insertEvent;
    private final String insertSnapshot;

    private JdbcJournalStore(DataSource dataSource, Dialect dialect, Set<String> kinds) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.kinds = kinds;
        this.insertEvent = "INSERT INTO carebudget_journal (package_id, seq, kind, payload, chain_hash, state_hash)"
                + " SELECT ?, ?, ?, " + dialect.jsonParameter() + ", ?, ? WHERE ? = 1 OR EXISTS (SELECT 1 FROM"
                + " carebudget_journal WHERE package_id = ? AND seq = ? AND chain_hash = ?)";
        this.insertSnapshot = "INSERT INTO carebudget_snapshot (package_id, seq, format, chain_hash, state_hash,"
                + " payload) SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM carebudget_journal WHERE"
                + " package_id = ? AND seq = ? AND chain_hash = ? AND state_hash = ?) AND NOT EXISTS (SELECT 1 FROM"
                + " carebudget_snapshot WHERE package_id = ? AND seq = ?)";
    }

    /**
     * Returns a store on a database, creating the schema if the database has none, accepting the budget ledger's
     * event kinds ({@link #LEDGER_KINDS}).
     *
     * @param dataSource the database, not null; a pool is best
     * @return the store, not null
     * @throws JournalStoreException if the data source is null, the database is not PostgreSQL or H2, its schema is
     *     newer than this library's, or the database fails
     */
    public static JdbcJournalStore create(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Returns a builder of a store on a database.
     *
     * @param dataSource the database, not null
     * @return the builder, not null
     * @throws JournalStoreException if the data source is null
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(JournalStoreException.CHECKS.notNull(dataSource, "dataSource"));
    }

    /**
     * Builds a {@link JdbcJournalStore}. Not thread-safe; the store it builds is.
     */
    public static final class Builder {

        private final DataSource dataSource;
        private boolean createSchema = true;
        private Set<String> kinds = LEDGER_KINDS;

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * Sets whether {@link #build()} creates the schema when the database has none (the default, right for an
         * embedded database); a production database whose schema a DBA or a migration tool manages says false, and
         * {@code build()} then only checks the version ({@link Dialect#schemaScript}).
         *
         * @param create true to create a missing schema
         * @return this builder
         */
        public Builder createSchema(boolean create) {
            this.createSchema = create;
            return this;
        }

        /**
         * Sets the event kinds an append may hold; any other is refused (default {@link #LEDGER_KINDS}).
         *
         * @param accepted the kinds, not null, 1 to 100, each a valid kind ({@link StoredEvent#of})
         * @return this builder
         * @throws JournalStoreException if the set is null, empty, too large or holds an invalid kind
         */
        public Builder kinds(Set<String> accepted) {
            Set<String> copy = JournalStoreException.CHECKS.set(accepted, 100, "kinds");
            if (copy.isEmpty()) {
                throw new JournalStoreException("kinds", "1 - 100 event kinds", "none");
            }
            for (String kind : copy) {
                if (!validKind(kind)) {
                    throw new JournalStoreException("kinds", "kinds of 1 - 64 characters of a-z 0-9 . -, starting"
                            + " with a letter", '"' + kind + '"');
                }
            }
            this.kinds = Set.copyOf(copy);
            return this;
        }

        /**
         * Builds the store: detects the dialect, checks (or creates) the schema.
         *
         * @return the store, not null
         * @throws JournalStoreException if the database is not PostgreSQL or H2, has no schema and may not create
         *     one, has a newer schema, or fails
         */
        public JdbcJournalStore build() {
            try (Connection connection = dataSource.getConnection()) {
                Dialect dialect = Dialect.of(connection);
                Schema.ensure(connection, dialect, createSchema);
                return new JdbcJournalStore(dataSource, dialect, kinds);
            } catch (SQLException e) {
                throw JournalStoreException.database("opening the journal store", e);
            }
        }
    }

    private static boolean validKind(String kind) {
        try {
            StoredEvent.of(CarePackageId.of("kind-check"), 1, kind, "{}", JournalChain.GENESIS, null);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * Returns the database's dialect.
     *
     * @return the dialect, not null
     */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Returns the event kinds an append may hold.
     *
     * @return the kinds, not null, unmodifiable, sorted
     */
    public Set<String> kinds() {
        return new TreeSet<>(kinds);
    }

    @Override
    public AppendResult append(JournalHead expected, List<StoredEvent> events) {
        JournalStoreException.CHECKS.notNull(expected, "expected");
        CarePackageId carePackage = expected.carePackage();
        long expectedSequence = expected.sequence();
        List<StoredEvent> batch = JournalStoreException.CHECKS.list(events, MAX_APPEND, "events");
        if (batch.isEmpty()) {
            throw new JournalStoreException("events", "1 - " + MAX_APPEND + " events", "none");
        }
        JournalChain.verify(JournalStoreException.CHECKS, expected, batch, "events");
        for (int i = 0; i < batch.size(); i++) {
            if (!kinds.contains(batch.get(i).kind())) {
                throw new JournalStoreException("events[" + i + "].kind", "one of " + kinds(), batch.get(i).kind());
            }
        }
        String operation = "an append to " + carePackage;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (insert(connection, expected, batch)) {
                    connection.commit();
                    return new AppendResult.Appended(JournalHead.after(batch.get(batch.size() - 1)));
                }
                connection.rollback();
                return refused(connection, expected);
            } catch (SQLException e) {
                rollbackQuietly(connection);
                if (isConflict(e)) {
                    long stored = head(connection, carePackage).sequence();
                    connection.commit();
                    return new AppendResult.Conflict(carePackage, expectedSequence, Math.max(stored,
                            expectedSequence));
                }
                throw e;
            } finally {
                restoreQuietly(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw JournalStoreException.database(operation, e);
        }
    }

    /** Inserts the batch; false when a row's guard found no row before it with the hash it was linked from. */
    private boolean insert(Connection connection, JournalHead expected, List<StoredEvent> batch)
            throws SQLException {
        String id = expected.carePackage().value();
        try (PreparedStatement insert = connection.prepareStatement(insertEvent)) {
            long previous = expected.sequence();
            String previousHash = expected.chainHash();
            for (StoredEvent event : batch) {
                insert.setString(1, id);
                insert.setLong(2, event.sequence());
                insert.setString(3, event.kind());
                insert.setString(4, event.payload());
                insert.setString(5, event.chainHash());
                if (event.stateHash() == null) {
                    insert.setNull(6, Types.CHAR);
                } else {
                    insert.setString(6, event.stateHash());
                }
                insert.setLong(7, event.sequence());
                insert.setString(8, id);
                insert.setLong(9, previous);
                insert.setString(10, previousHash);
                insert.addBatch();
                previous = event.sequence();
                previousHash = event.chainHash();
            }
            for (int count : insert.executeBatch()) {
                if (count == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Works out why a guarded insert wrote nothing, having rolled it back. */
    private AppendResult refused(Connection connection, JournalHead expected) throws SQLException {
        CarePackageId carePackage = expected.carePackage();
        long expectedSequence = expected.sequence();
        JournalHead head = head(connection, carePackage);
        connection.commit();
        if (head.sequence() > expectedSequence) {
            return new AppendResult.Conflict(carePackage, expectedSequence, head.sequence());
        }
        if (head.sequence() < expectedSequence) {
            throw new JournalStoreException("expectedSequence", "0 - " + head.sequence() + ", the stored head of "
                    + carePackage + " (a higher one leaves a gap)", expectedSequence);
        }
        throw new JournalStoreException("expected.chainHash", head.chainHash() + ", the stored head's (the writer's"
                + " view diverged)", expected.chainHash());
    }

    private static JournalHead head(Connection connection, CarePackageId carePackage) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, chain_hash FROM carebudget_journal"
                + " WHERE package_id = ? ORDER BY seq DESC LIMIT 1")) {
            select.setString(1, carePackage.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return JournalHead.empty(carePackage);
                }
                long sequence = rows.getLong(1);
                String hash = rows.getString(2);
                try {
                    return new JournalHead(carePackage, sequence, hash == null ? "" : hash);
                } catch (InvalidValueException e) {
                    throw JournalStoreException.CORRUPT.invalid("journal " + carePackage + " #" + sequence
                            + ".chainHash", e.validValues(), e.givenValue());
                }
            }
        }
    }

    /**
     * Whether a failed append met another writer: a duplicate primary key (23505, both databases), a lock wait that
     * timed out behind another writer's uncommitted row (H2: HYT00), a serialization failure or deadlock (40001,
     * 40P01). The driver may put the cause in the exception's chain or, for a batch, in its next exceptions.
     */
    private static boolean isConflict(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (UNIQUE_VIOLATION.equals(state) || "40001".equals(state) || "40P01".equals(state)
                            || "HYT00".equals(state)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public List<StoredEvent> load(CarePackageId carePackage, long fromSequence) {
        JournalStoreException.CHECKS.notNull(carePackage, "carePackage");
        JournalStoreException.CHECKS.inRange(fromSequence, 1, Long.MAX_VALUE, "fromSequence");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT seq, kind, payload, chain_hash,"
                        + " state_hash FROM carebudget_journal WHERE package_id = ? AND seq >= ? ORDER BY seq")) {
            select.setString(1, carePackage.value());
            select.setLong(2, fromSequence);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(event(carePackage, rows));
                }
            }
            return List.copyOf(events);
        } catch (SQLException e) {
            throw JournalStoreException.database("loading the journal of " + carePackage, e);
        }
    }

    private static StoredEvent event(CarePackageId carePackage, ResultSet rows) throws SQLException {
        long sequence = rows.getLong(1);
        try {
            return StoredEvent.of(carePackage, sequence, nonNull(rows.getString(2)), nonNull(rows.getString(3)),
                    nonNull(rows.getString(4)), rows.getString(5));
        } catch (InvalidValueException e) {
            throw JournalStoreException.CORRUPT.invalid("journal " + carePackage + " #" + sequence + "." + e.field(),
                    e.validValues(), e.givenValue());
        }
    }

    private static String nonNull(@Nullable String column) {
        return column == null ? "" : column;
    }

    @Override
    public List<CarePackageId> carePackages(@Nullable CarePackageId after, int limit) {
        JournalStoreException.CHECKS.inRange(limit, 1, MAX_PAGE, "limit");
        String sql = "SELECT package_id FROM carebudget_journal WHERE seq = 1"
                + (after == null ? "" : " AND package_id > ?") + " ORDER BY package_id LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (after != null) {
                select.setString(parameter++, after.value());
            }
            select.setInt(parameter, limit);
            List<CarePackageId> page = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    try {
                        page.add(CarePackageId.of(id));
                    } catch (InvalidValueException e) {
                        throw JournalStoreException.CORRUPT.invalid("journal package_id", e.validValues(), id);
                    }
                }
            }
            return List.copyOf(page);
        } catch (SQLException e) {
            throw JournalStoreException.database("listing care packages", e);
        }
    }

    @Override
    public void saveSnapshot(JournalSnapshot snapshot) {
        JournalStoreException.CHECKS.notNull(snapshot, "snapshot");
        String id = snapshot.carePackage().value();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int inserted;
                try (PreparedStatement insert = connection.prepareStatement(insertSnapshot)) {
                    insert.setString(1, id);
                    insert.setLong(2, snapshot.sequence());
                    insert.setString(3, snapshot.format());
                    insert.setString(4, snapshot.chainHash());
                    insert.setString(5, snapshot.stateHash());
                    insert.setBytes(6, snapshot.payload());
                    insert.setString(7, id);
                    insert.setLong(8, snapshot.sequence());
                    insert.setString(9, snapshot.chainHash());
                    insert.setString(10, snapshot.stateHash());
                    insert.setString(11, id);
                    insert.setLong(12, snapshot.sequence());
                    inserted = insert.executeUpdate();
                }
                if (inserted == 0 && latest(connection, snapshot.carePackage(), snapshot.sequence()) == null) {
                    connection.rollback();
                    throw new JournalStoreException("snapshot", "a snapshot of stored event " + snapshot.sequence()
                            + " of " + id + ", with that event's chain and state hash", snapshot);
                }
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM carebudget_snapshot WHERE package_id = ? AND seq < ?")) {
                    delete.setString(1, id);
                    delete.setLong(2, snapshot.sequence());
                    delete.executeUpdate();
                }
                connection.commit();
            } catch (SQLException e) {
                rollbackQuietly(connection);
                if (!isConflict(e)) {
                    throw e;
                }
                // another instance saved the same snapshot at the same moment: it is there
            } finally {
                restoreQuietly(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw JournalStoreException.database("saving a snapshot of " + id, e);
        }
    }

    @Override
    public Optional<JournalSnapshot> latestSnapshot(CarePackageId carePackage) {
        JournalStoreException.CHECKS.notNull(carePackage, "carePackage");
        try (Connection connection = dataSource.getConnection()) {
            return Optional.ofNullable(latest(connection, carePackage, Long.MAX_VALUE));
        } catch (SQLException e) {
            throw JournalStoreException.database("reading the latest snapshot of " + carePackage, e);
        }
    }

    /** The latest snapshot at or below a sequence number, or null. */
    private static @Nullable JournalSnapshot latest(Connection connection, CarePackageId carePackage, long atMost)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, chain_hash, state_hash, format,"
                + " payload FROM carebudget_snapshot WHERE package_id = ? AND seq <= ? ORDER BY seq DESC LIMIT 1")) {
            select.setString(1, carePackage.value());
            select.setLong(2, atMost);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                long sequence = rows.getLong(1);
                byte[] payload = rows.getBytes(5);
                try {
                    return JournalSnapshot.of(carePackage, sequence, nonNull(rows.getString(2)),
                            nonNull(rows.getString(3)), nonNull(rows.getString(4)),
                            payload == null ? new byte[0] : payload);
                } catch (InvalidValueException e) {
                    throw JournalStoreException.CORRUPT.invalid("snapshot " + carePackage + " #" + sequence + "."
                            + e.field(), e.validValues(), e.givenValue());
                }
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the database rolls the transaction back itself
        }
    }

    private static void restoreQuietly(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // a broken connection; the pool discards it
        }
    }

    /** Creates or checks the schema. */
    private static final class Schema {

        private Schema() {
        }

        static void ensure(Connection connection, Dialect dialect, boolean create) throws SQLException {
            int version = version(connection);
            if (version == 0 && create) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    for (String sql : dialect.statements(1)) {
                        statement.execute(sql);
                    }
                    connection.commit();
                } catch (SQLException e) {
                    rollbackQuietly(connection);
                    // another instance may have created it at the same moment
                } finally {
                    restoreQuietly(connection, autoCommit);
                }
                version = version(connection);
            }
            if (version != Dialect.SCHEMA_VERSION) {
                throw new JournalStoreException("database schema version", Dialect.SCHEMA_VERSION + " (run "
                        + "Dialect." + dialect + ".schemaScript(1), or build the store with createSchema(true))",
                        version == 0 ? "none" : version);
            }
        }

        private static int version(Connection connection) throws SQLException {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM carebudget_schema")) {
                return rows.next() ? rows.getInt(1) : 0;
            } catch (SQLException e) {
                return 0; // no schema table
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
