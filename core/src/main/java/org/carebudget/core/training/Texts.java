package org.carebudget.core.training;

import org.carebudget.core.InvalidValueException;

/** Checks on free text shared by the training types. Stateless and thread-safe. */
final class Texts {

    /** The longest free text accepted (names, references). */
    static final int MAX_LENGTH = 200;

    private Texts() {
    }

    static String requireNotBlank(String value, String field) {
        InvalidValueException.requireNonNull(value, field);
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "non-blank text of at most " + MAX_LENGTH + " characters",
                    '"' + value + '"');
        }
        return value;
    }
}
