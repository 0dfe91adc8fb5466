package org.carebudget.money;

import javax.money.MonetaryAmount;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;

/**
 * Converts JSR-354 amounts at the money module's boundary into exact {@link Gbp}, reporting a currency other than
 * GBP or a fraction of a penny as a {@link LedgerException}. Stateless and thread-safe.
 */
public final class Amounts {

    private Amounts() {
    }

    /**
     * Converts an amount.
     *
     * @param amount the amount, not null, in GBP, in whole pence
     * @return the exact amount, not null
     * @throws LedgerException if the amount is null, not GBP, or has a fraction of a penny
     */
    public static Gbp gbp(MonetaryAmount amount) {
        try {
            return Gbp.of(amount);
        } catch (InvalidValueException e) {
            throw new LedgerException(e.field(), e.validValues(), e.givenValue());
        }
    }
}
