package org.carebudget.money.budget;

import org.jspecify.annotations.Nullable;

/**
 * What each account of a budget's {@link org.carebudget.money.ledger.Ledger} stands for, kept as the account's
 * {@code code} (the account's {@code name} is the identifier of the funder, payee or package, never parsed).
 * {@link #CATEGORY} and {@link #HOLD_REASON} accounts never move money: they record in the journal the number the
 * budget gave an agreed spend category or a rule that held a spend (in the account's {@code userData}), so that a
 * replayed journal reads the same. Thread-safe.
 */
public enum AccountRole {
    /** The care package's own account, opened first: its name is the care package id. */
    PACKAGE(1),
    /** A funder's side of its payments in, going below zero as it pays: its name is the funder id. */
    FUNDER(2),
    /** A funder's ring-fenced stream: its name is the funder id. */
    STREAM(3),
    /** A payee: its name is the payee id. */
    PAYEE(4),
    /** An agreed spend category: its name is the category's, its user data the number the budget codes it by. */
    CATEGORY(5),
    /** A rule id that held a spend: its name is the rule id, its user data the bit it has in a hold's user data. */
    HOLD_REASON(6);

    private final int code;

    AccountRole(int code) {
        this.code = code;
    }

    /**
     * Returns the account code the role is kept as.
     *
     * @return the code, 1 - 6
     */
    public int code() {
        return code;
    }

    /**
     * Returns the role an account code stands for.
     *
     * @param code an account code
     * @return the role; null if the code is not a budget role
     */
    public static @Nullable AccountRole of(int code) {
        for (AccountRole role : values()) {
            if (role.code == code) {
                return role;
            }
        }
        return null;
    }
}
