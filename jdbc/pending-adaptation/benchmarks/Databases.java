package org.carebudget.benchmarks.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The databases the benchmarks write to, started for a trial and removed after it: H2 in a file in a temporary
 * directory (its defaults: commits reach the file within H2's write delay, without an fsync each), or PostgreSQL 14
 * from zonky's Maven artifacts with {@code fsync=on} and {@code synchronous_commit=on}, so each commit waits for its
 * WAL to reach the disk, as a production server's does ({@code off} for {@link Kind#POSTGRESQL_ASYNC}). Not
 * thread-safe.
 */
public final class Databases implements AutoCloseable {

    /** The databases. */
    public enum Kind {
        /** H2 in a file. */
        H2,
        /** PostgreSQL 14 from zonky, each commit waiting for its WAL to reach the disk. */
        POSTGRESQL,
        /**
         * PostgreSQL 14 with {@code synchronous_commit=off}: a commit returns before its WAL is flushed (a crash may
         * lose the last few hundred milliseconds, never consistency). Not in the default parameters: run it with
         * {@code -p database=POSTGRESQL_ASYNC} to see what the fsync costs.
         */
        POSTGRESQL_ASYNC
    }

    private final JdbcConnectionPool pool;
    private final EmbeddedPostgres postgres;
    private final Path directory;

    private Databases(JdbcConnectionPool pool, EmbeddedPostgres postgres, Path directory) {
        this.pool = pool;
        this.postgres = postgres;
        this.directory = directory;
    }

    static Databases start(Kind kind) {
        try {
            Path directory = Files.createTempDirectory("carebudget-bench");
            if (kind == Kind.H2) {
                String url = "jdbc:h2:file:" + directory.resolve("budgets");
                return new Databases(JdbcConnectionPool.create(url, "sa", ""), null, directory);
            }
            EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("pg"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("synchronous_commit", kind == Kind.POSTGRESQL ? "on" : "off")
                    .setServerConfig("fsync", "on").start();
            PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
            source.setURL(server.getJdbcUrl("postgres", "postgres"));
            JdbcConnectionPool pool = JdbcConnectionPool.create(source);
            return new Databases(pool, server, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DataSource dataSource() {
        return pool;
    }

    /** A server setting, for the record ({@code SHOW fsync}); the H2 write delay for H2. */
    String setting(String name) {
        String sql = postgres == null
                ? "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + name + "'"
                : "SHOW " + name;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : "?";
        } catch (SQLException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException {
        pool.dispose();
        if (postgres != null) {
            postgres.close();
        } else {
            try (Connection c = JdbcConnectionPool.create("jdbc:h2:file:" + directory.resolve("budgets"), "sa", "")
                    .getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already closed
            }
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
