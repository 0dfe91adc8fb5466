package org.carebudget.money.reconcile;

import java.util.Objects;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a statement file: which kind, on which physical line, in which column, the value found
 * (masked: a description may hold a person's name) and what was expected. {@link StatementProfile#check} lists them
 * all; {@link StatementProfile#read} throws the first as a {@link LedgerException} and imports nothing. Immutable and
 * thread-safe.
 */
public final class ImportProblem {

    /** What is wrong. */
    public enum Kind {
        /** The file holds no transaction line. */
        EMPTY_FILE,
        /** The profile's header line is not among the first lines of the file. */
        HEADER_NOT_FOUND,
        /** The file is not well-formed CSV (an unclosed quote, a field or line beyond the size limits). */
        MALFORMED_CSV,
        /** A required value is missing or empty. */
        MISSING_VALUE,
        /** A date is not in the profile's form or is outside the supported dates. */
        INVALID_DATE,
        /** An amount is not a number of pounds. */
        INVALID_AMOUNT,
        /** An amount has more than two decimal places. */
        TOO_MANY_DECIMALS,
        /** An amount or currency column is in a currency other than pounds sterling. */
        OTHER_CURRENCY,
        /** A text is longer than the limit for its column. */
        TOO_LONG,
        /** A status or entry-type value the profile does not know. */
        UNKNOWN_SETTLEMENT,
        /** Both the paid-out and the paid-in column hold an amount. */
        AMOUNT_IN_BOTH_COLUMNS,
        /** The file holds more lines than a statement may. */
        TOO_MANY_LINES,
        /** Two lines with the same settlement share a bank transaction id. */
        DUPLICATE_TRANSACTION_ID
    }

    private final Kind kind;
    private final long line;
    private final String column;
    private final String value;
    private final String expected;

    private ImportProblem(Kind kind, long line, String column, String value, String expected) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.value = value;
        this.expected = expected;
    }

    static ImportProblem of(Kind kind, long line, String column, String value, String expected) {
        return new ImportProblem(kind, line, column, value, expected);
    }

    /**
     * Returns what is wrong.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the physical line of the file, counting from 1.
     *
     * @return the line number; 0 for a problem with the whole file
     */
    public long line() {
        return line;
    }

    /**
     * Returns the column, as the profile names it ({@code 'Amount'}, or {@code #3} for a file without a header).
     *
     * @return the column, not null; {@code "file"} for a problem with the whole file
     */
    public String column() {
        return column;
    }

    /**
     * Returns the value found, masked and cut to 40 characters.
     *
     * @return the value, not null
     */
    public String value() {
        return value;
    }

    /**
     * Returns what was expected, in words.
     *
     * @return the expected form, not null
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns the exception {@link StatementProfile#read} throws for this problem: its field names the line and the
     * column, its valid values what was expected, its given value the masked value.
     *
     * @return the exception, not null
     */
    public LedgerException toException() {
        String where = line == 0 ? "statement" : "line " + line + ", column " + column;
        return new LedgerException(where, expected + " [" + kind + "]", value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ImportProblem o && kind == o.kind && line == o.line && column.equals(o.column)
                && value.equals(o.value) && expected.equals(o.expected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, line, column, value, expected);
    }

    @Override
    public String toString() {
        return "ImportProblem[" + kind + " at line " + line + ", column " + column + ": " + value + "; expected "
                + expected + "]";
    }
}
