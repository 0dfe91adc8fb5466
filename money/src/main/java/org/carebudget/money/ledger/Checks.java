package org.carebudget.money.ledger;

import java.time.LocalDate;
import org.carebudget.money.LedgerException;

/** Input checks shared by the ledger's values and the ledger itself. Stateless and thread-safe. */
final class Checks {

    /** The longest memo or label, in characters. */
    static final int MAX_TEXT = 200;

    /** The last date a ledger takes, 9999-12-31, as an epoch day: days fit in the 23 bits the ledger packs them in. */
    static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private Checks() {
    }

    static long id(long id, String field) {
        if (id <= 0) {
            throw new LedgerException(field, "1 - " + Long.MAX_VALUE, id);
        }
        return id;
    }

    static String label(String label) {
        LedgerException.notNull(label, "label");
        if (label.isBlank() || label.length() > MAX_TEXT) {
            throw new LedgerException("label", "1 - " + MAX_TEXT + " characters, not blank", '"' + label + '"');
        }
        return label;
    }

    static String memo(String memo) {
        if (memo != null && memo.length() > MAX_TEXT) {
            throw new LedgerException("memo", "null or at most " + MAX_TEXT + " characters", memo.length() + " characters");
        }
        return memo;
    }

    static int day(LocalDate date, String field) {
        LedgerException.notNull(date, field);
        long day = date.toEpochDay();
        if (day < 0 || day > LAST_DAY) {
            throw new LedgerException(field, "1970-01-01 - 9999-12-31", date);
        }
        return (int) day;
    }
}
