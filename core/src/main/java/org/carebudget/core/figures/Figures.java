package org.carebudget.core.figures;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;

/** Checks shared by the figures rows. Stateless and thread-safe. */
final class Figures {

    private Figures() {
    }

    static Gbp positive(Gbp amount, String field) {
        InvalidValueException.requireNonNull(amount, field);
        if (!amount.isPositive()) {
            throw new InvalidValueException(field, "above £0.00", amount);
        }
        return amount;
    }

    static Gbp notNegative(Gbp amount, String field) {
        InvalidValueException.requireNonNull(amount, field);
        if (amount.isNegative()) {
            throw new InvalidValueException(field, "£0.00 or more", amount);
        }
        return amount;
    }
}
