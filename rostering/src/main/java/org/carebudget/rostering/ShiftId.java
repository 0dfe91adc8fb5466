package org.carebudget.rostering;

import org.jspecify.annotations.Nullable;

/**
 * Identifier of a shift in a rota: a positive whole number chosen by the caller (a database key), as a ledger
 * transfer's id is, or handed out in sequence by a {@link RotaTemplate}. A timesheet names the shift it records by
 * this id. Numbers keep a national rota of 17 million shifts in primitive columns.
 *
 * <p>The text form is the decimal number: {@code ShiftId.parse(id.toString())} equals {@code id}. Immutable and
 * thread-safe.
 *
 * @param value the identifier, 1 to {@link Long#MAX_VALUE}
 */
public record ShiftId(long value) implements Comparable<ShiftId> {

    /**
     * Validates the identifier.
     *
     * @param value the identifier, 1 to {@link Long#MAX_VALUE}
     * @throws RosteringException if {@code value} is zero or negative
     */
    public ShiftId {
        RosteringException.CHECKS.inRange(value, 1, Long.MAX_VALUE, "shiftId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier, 1 to {@link Long#MAX_VALUE}
     * @return the identifier, not null
     * @throws RosteringException if {@code value} is zero or negative
     */
    public static ShiftId of(long value) {
        return new ShiftId(value);
    }

    /**
     * Parses the decimal text form.
     *
     * @param text the digits, 1 to 19 characters; may be null (refused)
     * @return the identifier, not null
     * @throws RosteringException if the text is null, not a number from 1 to {@link Long#MAX_VALUE}
     */
    public static ShiftId parse(@Nullable String text) {
        RosteringException.CHECKS.bounded(text, 19, "shiftId");
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RosteringException("shiftId", "a whole number from 1 to " + Long.MAX_VALUE, '"' + text + '"');
        }
        try {
            return of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new RosteringException("shiftId", "a whole number from 1 to " + Long.MAX_VALUE, '"' + text + '"');
        }
    }

    /**
     * Orders ids by number.
     *
     * @param other the other id, not null
     * @return negative, zero or positive as this id is smaller, equal or larger
     */
    @Override
    public int compareTo(ShiftId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
