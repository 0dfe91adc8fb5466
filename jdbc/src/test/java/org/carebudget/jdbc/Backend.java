package org.carebudget.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases every store test runs on: H2 in a file under {@code target/}, and a real PostgreSQL 14 started once
 * per test run from zonky's Maven artifacts (its start-up time is printed once, to stderr, for the report).
 */
enum Backend {
    H2, POSTGRESQL;

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A fresh, empty database (an H2 file, or a PostgreSQL schema of its own). */
    TestDatabase fresh() {
        String name = "t" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        return this == H2 ? h2(name) : postgres(name);
    }

    private static TestDatabase h2(String name) {
        try {
            Path dir = Path.of("target", "h2");
            Files.createDirectories(dir);
            String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(name) + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
            return new TestDatabase(Backend.H2, () -> new TestPool(url, "sa", ""), "SESSION_ID()",
                    "ABORT_SESSION(?)", () -> {
                        try (TestPool pool = new TestPool(url, "sa", "");
                                Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                            s.execute("SHUTDOWN");
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestDatabase postgres(String name) {
        EmbeddedPostgres server = Server.INSTANCE;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = server.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + name;
        return new TestDatabase(Backend.POSTGRESQL, () -> new TestPool(url, "postgres", "postgres"),
                "pg_backend_pid()", "pg_terminate_backend(?)", () -> { });
    }

    /** The PostgreSQL server, started on first use and stopped when the JVM exits. */
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            long started = System.nanoTime();
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                System.err.printf("embedded PostgreSQL started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is exiting
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Makes a pooled data source: each call is another "instance" of a service, with its own pool. */
    interface Pools {
        TestPool pool();
    }

    /** Shuts a database down. */
    interface Shutdown {
        void run() throws SQLException;
    }
}
