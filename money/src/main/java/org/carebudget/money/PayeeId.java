package org.carebudget.money;

import java.util.regex.Pattern;

/**
 * Opaque identifier of a payee of a budget: a personal assistant, a home-care agency, a training provider, an
 * insurer or a payroll service, chosen by the caller.
 *
 * <p>{@code toString} returns the value itself, so {@code PayeeId.of(id.toString())} equals {@code id}.
 * Immutable and thread-safe.
 *
 * @param value the identifier; 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit
 */
public record PayeeId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    /**
     * Validates the identifier.
     *
     * @param value the identifier; 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit
     * @throws LedgerException if {@code value} is null or not of the form above
     */
    public PayeeId {
        LedgerException.notNull(value, "payeeId");
        if (!FORM.matcher(value).matches()) {
            throw new LedgerException("payeeId",
                    "1 to 64 characters of A-Z a-z 0-9 . _ : -, starting with a letter or digit", '"' + value + '"');
        }
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier, not null, of the form described on the type
     * @return the identifier, not null
     * @throws LedgerException if {@code value} is null or malformed
     */
    public static PayeeId of(String value) {
        return new PayeeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
