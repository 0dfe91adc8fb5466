package org.carebudget.core.figures;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/** Checks shared by the figures rows and their builders. Stateless and thread-safe. */
final class Figures {

    /** The largest hourly rate or daily amount a row accepts: £10,000. */
    static final long MAX_RATE_PENCE = 1_000_000;

    /** The largest threshold or allowance a row accepts: £100 million. */
    static final long MAX_AMOUNT_PENCE = 10_000_000_000L;

    private Figures() {
    }

    /** Checks an amount is not null and in {@code (0, max]} pence. */
    static Gbp positive(@Nullable Gbp amount, long maxPence, String field) {
        Checks.CORE.notNull(amount, field);
        if (!amount.isPositive() || amount.pence() > maxPence) {
            throw new InvalidValueException(field, "above £0.00, at most " + Gbp.ofPence(maxPence), amount);
        }
        return amount;
    }

    /** Checks an amount is not null and in {@code [0, max]} pence. */
    static Gbp notNegative(@Nullable Gbp amount, long maxPence, String field) {
        Checks.CORE.notNull(amount, field);
        if (amount.isNegative() || amount.pence() > maxPence) {
            throw new InvalidValueException(field, "£0.00 - " + Gbp.ofPence(maxPence), amount);
        }
        return amount;
    }

    /** Checks a required builder value was set. */
    static <T> T required(@Nullable T value, String field) {
        return Checks.CORE.notNull(value, field);
    }

    /** Returns {@code [start, end)}, or open-ended when {@code end} is null, both dates supported. */
    static DateRange range(@Nullable LocalDate start, @Nullable LocalDate end, String field) {
        Checks.CORE.date(start, field + ".start");
        if (end == null) {
            return DateRange.startingOn(start);
        }
        Checks.CORE.date(end, field + ".end");
        if (!end.isAfter(start)) {
            throw new InvalidValueException(field + ".end", "after the start " + start, end);
        }
        return DateRange.of(start, end);
    }
}
