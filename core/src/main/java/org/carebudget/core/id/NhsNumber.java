package org.carebudget.core.id;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.Masked;
import org.jspecify.annotations.Nullable;

/**
 * An NHS number: ten digits whose last is a modulus 11 check digit (NHS Data Dictionary, "NHS Number").
 *
 * <p>The check: multiply the first nine digits by 10, 9, ... 2, sum, take the remainder mod 11 and subtract it
 * from 11; 11 becomes 0, and 10 means the number is invalid. {@link #parse} accepts the digits with or
 * without the usual {@code 3-3-4} spaces, in at most {@value #MAX_TEXT} characters (checked before anything is
 * read, so a long text costs nothing more to refuse); {@link #isValid} answers the same question without an
 * exception. {@code toString} and every error message mask all but the last three digits
 * ({@link Masked#nhsNumber}); the full number is {@link #value()}, and {@code parse(n.value())} equals {@code n}.
 * Every message is locale-independent. Immutable and thread-safe.
 */
public final class NhsNumber {

    /** The longest text {@link #parse} reads: ten digits with spaces, at most 32 characters. */
    public static final int MAX_TEXT = 32;

    private static final String FORM = "10 digits, spaces allowed, with a valid modulus 11 check digit";

    private final String digits;

    private NhsNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Parses an NHS number.
     *
     * @param text ten digits, optionally grouped with spaces ({@code "943 476 5919"}), not null, at most
     *     {@value #MAX_TEXT} characters
     * @return the NHS number, not null
     * @throws InvalidValueException if {@code text} is null, too long, not ten digits, or fails the check digit; the
     *     message shows the text masked
     */
    public static NhsNumber parse(String text) {
        InvalidValueException.requireNonNull(text, "nhsNumber");
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException("nhsNumber", FORM + ", at most " + MAX_TEXT + " characters",
                    Masked.nhsNumber(text));
        }
        String digits = tenDigits(text);
        if (digits == null) {
            throw new InvalidValueException("nhsNumber", FORM, Masked.nhsNumber(text));
        }
        if (checkDigit(digits) != digits.charAt(9) - '0') {
            throw new InvalidValueException("nhsNumber", FORM, Masked.nhsNumber(digits)
                    + " (check digit does not match)");
        }
        return new NhsNumber(digits);
    }

    /**
     * Returns whether a text is a valid NHS number, as {@link #parse} would accept it, without throwing.
     *
     * @param text the text; may be null (not valid)
     * @return true if {@code parse(text)} would succeed
     */
    public static boolean isValid(@Nullable CharSequence text) {
        if (text == null || text.length() > MAX_TEXT) {
            return false;
        }
        String digits = tenDigits(text);
        return digits != null && checkDigit(digits) == digits.charAt(9) - '0';
    }

    /** The ten ASCII digits of a text of digits and spaces, or null if it is not that. */
    private static @Nullable String tenDigits(CharSequence text) {
        StringBuilder digits = new StringBuilder(10);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (c < '0' || c > '9' || digits.length() == 10) {
                return null;
            }
            digits.append(c);
        }
        return digits.length() == 10 ? digits.toString() : null;
    }

    /**
     * Computes the modulus 11 check digit for the first nine digits.
     *
     * @param digits at least nine ASCII digits, not null (only the first nine are read)
     * @return the check digit 0 - 9, or 10 where no check digit exists (such a number is never issued)
     * @throws InvalidValueException if {@code digits} is null, shorter than nine or has a non-digit in the first nine
     */
    public static int checkDigit(CharSequence digits) {
        InvalidValueException.requireNonNull(digits, "digits");
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = i < digits.length() ? digits.charAt(i) : ' ';
            if (c < '0' || c > '9') {
                throw new InvalidValueException("digits", "at least nine digits 0 - 9", Masked.nhsNumber(digits));
            }
            sum += (c - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /**
     * Returns the ten digits, unspaced. This is personal data: do not log it.
     *
     * @return the ten digits, not null
     */
    public String value() {
        return digits;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NhsNumber && ((NhsNumber) other).digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Returns the number masked, for example {@code NhsNumber[*** *** *919]}. */
    @Override
    public String toString() {
        return "NhsNumber[" + Masked.nhsNumber(digits) + "]";
    }
}
