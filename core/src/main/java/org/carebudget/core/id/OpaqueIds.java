package org.carebudget.core.id;

import java.util.regex.Pattern;
import org.carebudget.core.InvalidValueException;

/** Validation shared by the opaque identifiers. Stateless and thread-safe. */
final class OpaqueIds {

    /** One to 64 characters: letters, digits and {@code . _ : -}, starting with a letter or digit. */
    static final String FORM = "1 to 64 characters of A-Z a-z 0-9 . _ : -, starting with a letter or digit";

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private OpaqueIds() {
    }

    static String check(String value, String field) {
        InvalidValueException.requireNonNull(value, field);
        if (!PATTERN.matcher(value).matches()) {
            throw new InvalidValueException(field, FORM, '"' + value + '"');
        }
        return value;
    }
}
