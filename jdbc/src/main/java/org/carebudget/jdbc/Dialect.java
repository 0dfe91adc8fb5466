package org.carebudget.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The databases the journal store speaks to, each with its versioned schema script
 * ({@code org/carebudget/jdbc/schema/<name>/V<version>__journal.sql} on the class path, named as Flyway names
 * migrations, so a vendor's own migration tool can run them instead). Immutable and thread-safe.
 */
public enum Dialect {

    /**
     * PostgreSQL 12 or later (and databases that speak its protocol and SQL, such as CockroachDB or YugabyteDB, not
     * tested here): payload as {@code json} (kept verbatim, so the chain hash over its text holds), snapshots as
     * {@code bytea}.
     */
    POSTGRESQL("postgresql", "CAST(? AS JSON)"),

    /** H2 2.x, embedded in a file: the default for an example or a single-node service. */
    H2("h2", "?");

    /** The schema version this library writes and reads: 1. */
    public static final int SCHEMA_VERSION = 1;

    private final String directory;
    private final String jsonParameter;

    Dialect(String directory, String jsonParameter) {
        this.directory = directory;
        this.jsonParameter = jsonParameter;
    }

    /**
     * Returns the dialect of a connection's database, from its product name.
     *
     * @param connection an open connection, not null
     * @return the dialect, not null
     * @throws JournalStoreException if the connection is null, or the database is neither PostgreSQL nor H2
     *     ({@link JournalStoreException.Reason#INVALID_INPUT}), or the driver fails
     *     ({@link JournalStoreException.Reason#DATABASE})
     */
    public static Dialect of(Connection connection) {
        JournalStoreException.CHECKS.notNull(connection, "connection");
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw JournalStoreException.database("reading the database product name", e);
        }
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new JournalStoreException("database", "PostgreSQL or H2", product);
    }

    /**
     * Returns the schema script that brings this database from version {@code version - 1} to {@code version}.
     *
     * @param version the schema version, 1 to {@value #SCHEMA_VERSION}
     * @return the SQL text, not null
     * @throws JournalStoreException if {@code version} is out of range
     */
    public String schemaScript(int version) {
        JournalStoreException.CHECKS.inRange(version, 1, SCHEMA_VERSION, "version");
        String path = "schema/" + directory + "/V" + version + "__journal.sql";
        try (InputStream in = Dialect.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/carebudget/jdbc/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a schema script into statements: comments dropped, one statement per {@code ;} at a line's end. */
    List<String> statements(int version) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : schemaScript(version).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")));
                current.setLength(0);
            }
        }
        return statements;
    }

    /** Returns the SQL that stands for a JSON parameter in an insert. */
    String jsonParameter() {
        return jsonParameter;
    }
}
