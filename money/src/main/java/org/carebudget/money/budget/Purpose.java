package org.carebudget.money.budget;

import java.util.Objects;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a budget transfer is for: a required value, so no transfer out of a stream skips the ring-fence. A spend and
 * a refund name their category; a receipt, a return to the funder and a clawback name none. The ledger keeps it as
 * the transfer's {@code code}: receipt 1, return to the funder 2, clawback 3, a spend {@code 0x1000 + c} and a refund
 * {@code 0x2000 + c}, where {@code c} is the category's number (1 - 8 for the standard categories, {@code 0x100}
 * onwards for agreed items, numbered in the order the budget first met them and recorded in its journal as
 * {@link AccountRole#CATEGORY} accounts). Immutable and thread-safe.
 */
public final class Purpose {

    /** The kind of purpose. */
    public enum Kind {
        /** Money in from a funder. */
        RECEIPT,
        /** A payment for a category. */
        SPEND,
        /** Money back from a payee for a category. */
        REFUND,
        /** Money the budget gives back to a funder of its own accord. */
        RETURN_TO_FUNDER,
        /** Surplus the funder reclaims under its terms. */
        CLAWBACK
    }

    private static final Purpose RECEIPT = new Purpose(Kind.RECEIPT, null);
    private static final Purpose RETURN = new Purpose(Kind.RETURN_TO_FUNDER, null);
    private static final Purpose CLAWBACK = new Purpose(Kind.CLAWBACK, null);

    private final Kind kind;
    private final @Nullable SpendCategory category;

    private Purpose(Kind kind, @Nullable SpendCategory category) {
        this.kind = kind;
        this.category = category;
    }

    /**
     * Returns the purpose of money in from a funder.
     *
     * @return the purpose, not null
     */
    public static Purpose receipt() {
        return RECEIPT;
    }

    /**
     * Returns the purpose of a payment for a category.
     *
     * @param category the category paid for, not null
     * @return the purpose, not null
     * @throws LedgerException if {@code category} is null
     */
    public static Purpose spend(SpendCategory category) {
        return new Purpose(Kind.SPEND, LedgerException.notNull(category, "category"));
    }

    /**
     * Returns the purpose of money back from a payee for a category.
     *
     * @param category the category refunded, not null
     * @return the purpose, not null
     * @throws LedgerException if {@code category} is null
     */
    public static Purpose refund(SpendCategory category) {
        return new Purpose(Kind.REFUND, LedgerException.notNull(category, "category"));
    }

    /**
     * Returns the purpose of money the budget gives back to a funder.
     *
     * @return the purpose, not null
     */
    public static Purpose returnToFunder() {
        return RETURN;
    }

    /**
     * Returns the purpose of surplus reclaimed by the funder.
     *
     * @return the purpose, not null
     */
    public static Purpose clawback() {
        return CLAWBACK;
    }

    /**
     * Returns the kind of purpose.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the category of a spend or refund.
     *
     * @return the category; null for a receipt, a return or a clawback
     */
    public @Nullable SpendCategory category() {
        return category;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Purpose p && p.kind == kind && Objects.equals(p.category, category);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Objects.hashCode(category);
    }

    @Override
    public String toString() {
        return category == null ? kind.name().toLowerCase(java.util.Locale.ROOT)
                : kind.name().toLowerCase(java.util.Locale.ROOT) + " of " + category;
    }
}
