package org.carebudget.money.ledger;

import java.time.LocalDate;
import java.util.Set;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;

/**
 * Journal event: an account was opened. Immutable and thread-safe.
 *
 * @param account the account's index in its ledger, 0 or more (accounts are numbered in opening order)
 * @param label the account's name, 1 to 200 characters, such as {@code stream:nhs-icb} or {@code payee:pa-1}
 * @param ringFenced whether debits may never exceed credits and must be of a funded category
 * @param funds the spend categories a ring-fenced account may pay for, not null, unmodifiable (all of them for
 *     an account that is not ring-fenced)
 * @param openedOn the first date the account can take transfers, not null
 */
public record AccountOpened(int account, String label, boolean ringFenced, Set<SpendCategory> funds, LocalDate openedOn)
        implements LedgerEvent {

    /**
     * Validates the event.
     *
     * @param account the account's index, 0 or more
     * @param label the account's name, 1 to 200 characters
     * @param ringFenced whether the account is ring-fenced
     * @param funds the funded categories, not null
     * @param openedOn the opening date, not null
     * @throws LedgerException if a value is null or out of range
     */
    public AccountOpened {
        if (account < 0) {
            throw new LedgerException("account", "0 - " + Integer.MAX_VALUE, account);
        }
        Checks.label(label);
        funds = Set.copyOf(LedgerException.notNull(funds, "funds"));
        LedgerException.notNull(openedOn, "openedOn");
    }

    @Override
    public LocalDate date() {
        return openedOn;
    }
}
