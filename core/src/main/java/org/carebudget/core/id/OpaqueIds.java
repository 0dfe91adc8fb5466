package org.carebudget.core.id;

import org.carebudget.core.InvalidValueException;

/** Validation shared by the opaque identifiers. Stateless and thread-safe. */
final class OpaqueIds {

    /** The longest identifier: 64 characters. */
    static final int MAX_LENGTH = 64;

    /** One to 64 characters: letters, digits and {@code . _ : -}, starting with a letter or digit. */
    static final String FORM = "1 to 64 characters of A-Z a-z 0-9 . _ : -, starting with a letter or digit";

    private OpaqueIds() {
    }

    /**
     * Checks an identifier: its length first, then each character once, so the cost is bounded by 64 characters
     * whatever is given.
     */
    static String check(String value, String field) {
        InvalidValueException.requireNonNull(value, field);
        if (value.isEmpty() || value.length() > MAX_LENGTH || !isLetterOrDigit(value.charAt(0))) {
            throw invalid(value, field);
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                throw invalid(value, field);
            }
        }
        return value;
    }

    /**
     * A short value is shown quoted; a long one is given as it is, for the exception to cut to its first 100
     * characters and its length: refusing a 15 MB id copies 100 characters, not 15 MB.
     */
    private static InvalidValueException invalid(String value, String field) {
        return new InvalidValueException(field, FORM,
                value.length() <= InvalidValueException.MAX_SHOWN - 2 ? '"' + value + '"' : value);
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
