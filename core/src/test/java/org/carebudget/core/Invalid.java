package org.carebudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Test helper: asserts that a call is rejected with an {@link InvalidValueException} naming field, range and value. */
public final class Invalid {

    private Invalid() {
    }

    /**
     * Asserts the call throws, naming the field, and that the message contains each of the fragments.
     *
     * @param call the call
     * @param field the field it must name
     * @param fragments text the message must contain (the valid range, the value given)
     * @return the exception
     */
    public static InvalidValueException assertInvalid(Executable call, String field, String... fragments) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertEquals(field, e.field(), e::getMessage);
        assertTrue(e.getMessage().startsWith("Invalid value for " + field + " (valid values "), e::getMessage);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + e.getMessage() + "' should contain '" + fragment + "'");
        }
        return e;
    }
}
