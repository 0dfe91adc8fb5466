package org.carebudget.money.policy;

import org.carebudget.money.LedgerException;

/** Text checks for the policy values. Stateless and thread-safe. */
final class Texts {

    private Texts() {
    }

    static String notBlank(String text, String field) {
        LedgerException.notNull(text, field);
        if (text.isBlank()) {
            throw new LedgerException(field, "non-blank text", '"' + text + '"');
        }
        return text;
    }
}
