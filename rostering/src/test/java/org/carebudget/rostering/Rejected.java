package org.carebudget.rostering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Asserts a call is refused with a RosteringException naming the field, the valid values and the value given. */
public final class Rejected {

    private Rejected() {
    }

    public static RosteringException assertRejected(String field, Executable call, String... fragments) {
        RosteringException e = assertThrows(RosteringException.class, call);
        assertEquals(field, e.field(), e::getMessage);
        assertTrue(e.getMessage().startsWith("Invalid value for " + field + " (valid values "), e::getMessage);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> e.getMessage() + " should contain " + fragment);
        }
        return e;
    }
}
