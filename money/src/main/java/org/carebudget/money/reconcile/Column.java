package org.carebudget.money.reconcile;

import java.util.Locale;
import java.util.Objects;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * Where a statement profile finds a value: a column named in the file's header (matched ignoring case and
 * surrounding spaces), or a column at a position for a file with no header. Immutable and thread-safe.
 */
public final class Column {

    /** The most columns a statement file may have. */
    public static final int MAX_COLUMNS = 256;

    private final @Nullable String name;
    private final int position;

    private Column(@Nullable String name, int position) {
        this.name = name;
        this.position = position;
    }

    /**
     * Returns the column with a header name.
     *
     * @param name the header text, not blank, at most 200 characters
     * @return the column, not null
     * @throws LedgerException if {@code name} is null, blank or too long
     */
    public static Column named(String name) {
        return new Column(Texts.required(name, Texts.MAX_SHORT, "name").trim(), -1);
    }

    /**
     * Returns the column at a position, for a file without a header.
     *
     * @param position the position, 0 for the first column, below {@value #MAX_COLUMNS}
     * @return the column, not null
     * @throws LedgerException if {@code position} is negative or too large
     */
    public static Column at(int position) {
        return new Column(null, LedgerException.CHECKS.inRange(position, 0, MAX_COLUMNS - 1, "position"));
    }

    /**
     * Returns the header name.
     *
     * @return the name, or null for a column found by position
     */
    public @Nullable String name() {
        return name;
    }

    /**
     * Returns the position.
     *
     * @return the position from 0, or -1 for a column found by name
     */
    public int position() {
        return position;
    }

    /** Whether a header cell names this column. */
    boolean matches(String headerCell) {
        return name != null && name.toLowerCase(Locale.ROOT).equals(headerCell.trim().toLowerCase(Locale.ROOT));
    }

    /** How a message names the column. */
    String label() {
        return name != null ? "'" + name + "'" : "#" + (position + 1);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Column o && position == o.position && Objects.equals(name, o.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, position);
    }

    @Override
    public String toString() {
        return "Column[" + label() + "]";
    }
}
