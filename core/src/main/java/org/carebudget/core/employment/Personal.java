package org.carebudget.core.employment;

import org.carebudget.core.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Checks on personal text (a person's name): an error says how long the text was, never what it said, as
 * {@code toString} shows no name either. Stateless and thread-safe.
 */
final class Personal {

    private Personal() {
    }

    /** Checks a name is not null, not blank and at most {@code max} characters, without echoing it. */
    static String name(@Nullable String value, int max, String field) {
        Checks.CORE.notNull(value, field);
        if (value.length() > max || value.isBlank()) {
            throw Checks.CORE.invalid(field, "non-blank text of 1 - " + max + " characters",
                    "(" + value.length() + " characters, not shown)");
        }
        return value;
    }
}
