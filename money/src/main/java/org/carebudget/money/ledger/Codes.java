package org.carebudget.money.ledger;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/** Checks of the engine's codes and names. Stateless and thread-safe. */
final class Codes {

    /** The largest code: codes are unsigned 16-bit numbers, as TigerBeetle's. */
    static final int MAX_CODE = 0xFFFF;

    /** The longest account name, in characters. */
    static final int MAX_NAME = 200;

    /** The most codes one ring-fenced account may allow, and the most distinct codes all of them allow together. */
    static final int MAX_ALLOWED = 64;

    private Codes() {
    }

    static int code(int code, String field) {
        return LedgerException.CHECKS.inRange(code, 1, MAX_CODE, field);
    }

    static String name(@Nullable String name) {
        return LedgerException.CHECKS.text(name, MAX_NAME, "name");
    }

    /** Copies a caller's codes to a sorted unmodifiable set, checking each; never asks {@code contains(null)}. */
    static Set<Integer> codes(@Nullable Collection<Integer> codes, String field) {
        Set<Integer> sorted = new TreeSet<>();
        for (Integer code : LedgerException.CHECKS.list(codes, MAX_ALLOWED, field)) {
            sorted.add(code(code, field + "[]"));
        }
        return Collections.unmodifiableSet(sorted);
    }
}
