package org.carebudget.core.employment;

import org.carebudget.core.InvalidValueException;

/** Checks on free text in employment records. Stateless and thread-safe. */
final class Texts {

    private Texts() {
    }

    static String require(String text, int maxLength, String field) {
        InvalidValueException.requireNonNull(text, field);
        if (text.isBlank() || text.length() > maxLength) {
            throw new InvalidValueException(field, "non-blank text of 1 - " + maxLength + " characters",
                    '"' + text + '"');
        }
        return text;
    }
}
