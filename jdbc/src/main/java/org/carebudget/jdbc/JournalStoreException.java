package org.carebudget.jdbc;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The one exception type of {@code carebudget-jdbc}. Its {@link #reason()} says which of three things went wrong:
 * <ul>
 *   <li>{@link Reason#INVALID_INPUT}: a value given was invalid (the message names the field, the valid values and
 *       the value given); nothing was written;</li>
 *   <li>{@link Reason#CORRUPT_JOURNAL}: a stored journal failed its checks on load (a torn or edited row, a gap, an
 *       unknown kind, a payload that does not decode, a replay that does not rebuild what the writer had); the
 *       message names the package, the row and what was expected;</li>
 *   <li>{@link Reason#DATABASE}: the database failed ({@link #sqlState()}, {@link #isTransient()}); a failed append
 *       wrote nothing or everything, which is known only after loading the journal again.</li>
 * </ul>
 * A conflict between two writers is not an exception: it is {@code AppendResult.Conflict}. Extends core's
 * {@link InvalidValueException} (an {@code IllegalArgumentException}) so that one {@code catch} takes every
 * CareBudget error; a vendor tells a database outage from bad input by {@link #reason()}, never by the message.
 * Messages carry no payload text and no personal data.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JournalStoreException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** A value given to the store or the facade was invalid; nothing was written. */
        INVALID_INPUT,
        /** A stored journal or snapshot failed its checks when read. */
        CORRUPT_JOURNAL,
        /** The database failed or refused a statement. */
        DATABASE
    }

    /** The argument checks of {@code carebudget-jdbc}: each throws this exception with {@link Reason#INVALID_INPUT}. */
    public static final Checks<JournalStoreException> CHECKS = Checks.of(JournalStoreException::new);

    /** Checks of what is read back: each throws this exception with {@link Reason#CORRUPT_JOURNAL}. */
    static final Checks<JournalStoreException> CORRUPT = Checks.of(
            (field, valid, given) -> new JournalStoreException(Reason.CORRUPT_JOURNAL, field, valid, given, null));

    /** What went wrong. */
    private final Reason reason;
    /** The driver's SQLState, for a database failure. */
    private final @Nullable String sqlState;
    /** Whether trying again later may succeed. */
    private final boolean isTransient;

    /**
     * Creates an exception for invalid input ({@link Reason#INVALID_INPUT}).
     *
     * @param field the name of the invalid field or parameter, not null
     * @param validValues the valid range or form in words, not null
     * @param givenValue the value given, masked if personal; may be null (shown as {@code null})
     */
    public JournalStoreException(String field, String validValues, @Nullable Object givenValue) {
        this(Reason.INVALID_INPUT, field, validValues, givenValue, null);
    }

    private JournalStoreException(Reason reason, String field, String validValues, @Nullable Object givenValue,
            @Nullable SQLException cause) {
        super(field, validValues, givenValue);
        this.reason = reason;
        this.sqlState = cause == null ? null : cause.getSQLState();
        this.isTransient = cause != null && isTransient(cause);
        if (cause != null) {
            initCause(cause);
        }
    }

    /**
     * Returns the exception for a database failure during an operation.
     *
     * @param operation what the store was doing, such as {@code append to pkg-1}, not null
     * @param cause the driver's exception, not null
     * @return the exception, with {@link Reason#DATABASE}, not null
     */
    static JournalStoreException database(String operation, SQLException cause) {
        return new JournalStoreException(Reason.DATABASE, "database", "a database that completes " + operation,
                "SQLState " + cause.getSQLState() + ": " + cause.getMessage(), cause);
    }

    private static boolean isTransient(SQLException e) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return true;
        }
        String state = e.getSQLState();
        // 08 connection, 40 transaction rollback (serialization, deadlock), 53 insufficient resources, 57 shutdown
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.startsWith("57") || state.equals("HYT00"));
    }

    /**
     * Returns what went wrong.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the SQLState the driver gave, for a {@link Reason#DATABASE} failure.
     *
     * @return the SQLState, or null for the other reasons (or when the driver gave none)
     */
    public @Nullable String sqlState() {
        return sqlState;
    }

    /**
     * Returns whether the failure may pass if the operation is tried again later: a lost connection, a timeout, a
     * serialization failure or deadlock, a database shutting down. Always false for invalid input and a corrupt
     * journal.
     *
     * @return true if trying again may succeed
     */
    public boolean isTransient() {
        return isTransient;
    }
}
