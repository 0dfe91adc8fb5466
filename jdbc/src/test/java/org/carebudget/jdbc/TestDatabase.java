package org.carebudget.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** One fresh test database: pools for "instances", raw SQL for tampering, and a way to kill a session. */
final class TestDatabase implements AutoCloseable {

    final Backend backend;
    private final Backend.Pools pools;
    private final String sessionIdFunction;
    private final String killFunction;
    private final Backend.Shutdown shutdown;
    private final List<TestPool> opened = new ArrayList<>();
    private TestPool admin;

    TestDatabase(Backend backend, Backend.Pools pools, String sessionIdFunction, String killFunction,
            Backend.Shutdown shutdown) {
        this.backend = backend;
        this.pools = pools;
        this.sessionIdFunction = sessionIdFunction;
        this.killFunction = killFunction;
        this.shutdown = shutdown;
    }

    /** A new pool on the database: one instance of the service. */
    synchronized TestPool pool() {
        TestPool pool = pools.pool();
        opened.add(pool);
        return pool;
    }

    /** A new store with its own pool. */
    JdbcJournalStore store() {
        return JdbcJournalStore.create(pool());
    }

    private synchronized TestPool admin() {
        if (admin == null) {
            admin = pool();
        }
        return admin;
    }

    /** Runs SQL outside any store. */
    int execute(String sql, Object... parameters) {
        try (Connection c = admin().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Counts rows of a table. */
    long count(String table) {
        try (Connection c = admin().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of a connection's session, for {@link #kill}. */
    long sessionOf(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("SELECT " + sessionIdFunction)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Kills a session from another connection, as a crash or an administrator would: its transaction is lost. */
    void kill(long session) {
        try (Connection c = admin().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + killFunction)) {
            s.setInt(1, (int) session);
            s.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        for (TestPool pool : opened) {
            pool.close();
        }
        shutdown.run();
    }
}
