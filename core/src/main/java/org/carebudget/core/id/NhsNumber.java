package org.carebudget.core.id;

import org.carebudget.core.InvalidValueException;

/**
 * An NHS number: ten digits whose last is a modulus 11 check digit (NHS Data Dictionary, "NHS Number").
 *
 * <p>The check: multiply the first nine digits by 10, 9, ... 2, sum, take the remainder mod 11 and subtract it
 * from 11; 11 becomes 0, and 10 means the number is invalid. {@link #parse} accepts the digits with or
 * without the usual {@code 3-3-4} spaces. {@code toString} masks all but the last three digits; the full
 * number is {@link #value()}, and {@code parse(n.value())} equals {@code n}. Immutable and thread-safe.
 */
public final class NhsNumber {

    private static final String FORM = "10 digits, spaces allowed, with a valid modulus 11 check digit";

    private final String digits;

    private NhsNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Parses an NHS number.
     *
     * @param text ten digits, optionally grouped with spaces ({@code "943 476 5919"}), not null
     * @return the NHS number, not null
     * @throws InvalidValueException if {@code text} is null, not ten digits, or fails the check digit
     */
    public static NhsNumber parse(String text) {
        InvalidValueException.requireNonNull(text, "nhsNumber");
        String digits = text.replace(" ", "");
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("nhsNumber", FORM, mask(text));
        }
        int check = checkDigit(digits);
        if (check != digits.charAt(9) - '0') {
            throw new InvalidValueException("nhsNumber", FORM, mask(digits) + " (check digit does not match)");
        }
        return new NhsNumber(digits);
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
                throw new InvalidValueException("digits", "at least nine digits 0 - 9", mask(digits.toString()));
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
    public boolean equals(Object other) {
        return other instanceof NhsNumber && ((NhsNumber) other).digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Returns the number masked, for example {@code NhsNumber[*** *** *919]}. */
    @Override
    public String toString() {
        return "NhsNumber[" + mask(digits) + "]";
    }

    private static String mask(String text) {
        String digits = text.replace(" ", "");
        int shown = Math.min(3, digits.length() / 3);
        return "*** *** *" + digits.substring(digits.length() - shown);
    }
}
