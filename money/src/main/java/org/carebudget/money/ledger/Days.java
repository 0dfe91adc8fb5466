package org.carebudget.money.ledger;

import java.time.LocalDate;
import org.carebudget.core.time.SupportedDates;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * Dates as the ledger stores them: days since {@link SupportedDates#FIRST}, so every supported date is a small
 * non-negative {@code int} (0 - 110,956) and no date arithmetic inside the ledger can leave what
 * {@code java.time} represents. Stateless and thread-safe.
 */
final class Days {

    /** The epoch day of {@link SupportedDates#FIRST}. */
    static final long FIRST = SupportedDates.FIRST.toEpochDay();

    /** The stored day of {@link SupportedDates#LAST}. */
    static final int LAST = (int) (SupportedDates.LAST.toEpochDay() - FIRST);

    /** The stored day after {@link #LAST}: the exclusive end of every open-ended range. */
    static final int END = LAST + 1;

    private Days() {
    }

    /** Converts a date, refusing null and dates outside {@link SupportedDates}. */
    static int of(@Nullable LocalDate date, String field) {
        return (int) (LedgerException.CHECKS.date(date, field).toEpochDay() - FIRST);
    }

    /** Converts a stored day back to its date. */
    static LocalDate date(int day) {
        return LocalDate.ofEpochDay(FIRST + day);
    }
}
