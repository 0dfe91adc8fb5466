package org.carebudget.money;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The caller's id of a transfer, from the vendor's own numbering: a positive {@code long} (a database sequence) or a
 * {@link UUID}. A retry with the same id and the same content is a no-op; with other content it is a named outcome,
 * never a second transfer. The ledger keeps the id as two {@code long}s ({@link #high()}, {@link #low()}); a
 * {@code long} id has a high part of zero, and a UUID id never does (the nil UUID and other UUIDs whose high 64 bits
 * are zero are refused), so the two kinds never collide.
 *
 * <p>{@code toString} gives the decimal number or the UUID's canonical text, and {@link #parse} reads either back.
 * Immutable and thread-safe.
 */
public final class TransferId implements Comparable<TransferId> {

    /** The longest text {@link #parse} reads: a UUID's 36 characters. */
    public static final int MAX_TEXT = 36;

    private final long high;
    private final long low;

    private TransferId(long high, long low) {
        this.high = high;
        this.low = low;
    }

    /**
     * Returns the id of a vendor's numeric id.
     *
     * @param id the number, 1 - {@value Long#MAX_VALUE}
     * @return the id, not null
     * @throws LedgerException if {@code id} is zero or negative
     */
    public static TransferId of(long id) {
        LedgerException.inRange(id, 1, Long.MAX_VALUE, "transferId");
        return new TransferId(0, id);
    }

    /**
     * Returns the id of a vendor's UUID.
     *
     * @param id the UUID, not null, with high 64 bits not all zero (every RFC 9562 UUID of a version 1 - 8)
     * @return the id, not null
     * @throws LedgerException if {@code id} is null or its high 64 bits are zero
     */
    public static TransferId of(UUID id) {
        LedgerException.notNull(id, "transferId");
        if (id.getMostSignificantBits() == 0) {
            throw new LedgerException("transferId", "a UUID whose high 64 bits are not all zero (a version 1 - 8 "
                    + "UUID)", id);
        }
        return new TransferId(id.getMostSignificantBits(), id.getLeastSignificantBits());
    }

    /**
     * Returns the id with the given parts, as the ledger stores them.
     *
     * @param high the high part: 0 for a numeric id, else a UUID's high 64 bits
     * @param low the low part: the number (1 or more) when {@code high} is 0, else a UUID's low 64 bits
     * @return the id, not null
     * @throws LedgerException if {@code high} is 0 and {@code low} is not positive
     */
    public static TransferId ofParts(long high, long low) {
        return high == 0 ? of(low) : new TransferId(high, low);
    }

    /**
     * Reads an id from its text form: a decimal number of 1 - 19 digits, or a UUID in its 36-character form.
     *
     * @param text the text, not null, at most {@value #MAX_TEXT} characters
     * @return the id, not null
     * @throws LedgerException if the text is null, too long or neither form
     */
    public static TransferId parse(String text) {
        LedgerException.CHECKS.bounded(text, MAX_TEXT, "transferId");
        if (text.length() == MAX_TEXT && text.charAt(8) == '-') {
            try {
                return of(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                throw new LedgerException("transferId", "a number 1 - " + Long.MAX_VALUE + " or a UUID", text);
            }
        }
        if (text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new LedgerException("transferId", "a number 1 - " + Long.MAX_VALUE + " or a UUID", text);
        }
        try {
            return of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new LedgerException("transferId", "a number 1 - " + Long.MAX_VALUE + " or a UUID", text);
        }
    }

    /**
     * Returns whether this id came from a UUID.
     *
     * @return true for a UUID id, false for a numeric one
     */
    public boolean isUuid() {
        return high != 0;
    }

    /**
     * Returns the high part: 0 for a numeric id, else the UUID's high 64 bits.
     *
     * @return the high part
     */
    public long high() {
        return high;
    }

    /**
     * Returns the low part: the number for a numeric id, else the UUID's low 64 bits.
     *
     * @return the low part
     */
    public long low() {
        return low;
    }

    /**
     * Orders numeric ids before UUID ids, numbers by value and UUIDs by their unsigned bits.
     *
     * @param other the other id, not null
     * @return negative, zero or positive as this id is before, equal to or after {@code other}
     */
    @Override
    public int compareTo(TransferId other) {
        int byHigh = Long.compareUnsigned(high, other.high);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TransferId id && id.high == high && id.low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high * 31 + low);
    }

    /**
     * Returns the decimal number, or the UUID's canonical text; {@link #parse} reads it back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return high == 0 ? Long.toString(low) : new UUID(high, low).toString();
    }
}
