package org.carebudget.money.ledger;

import java.time.LocalDate;
import java.util.Set;
import org.carebudget.money.LedgerException;

/**
 * Journal event: an account was opened. Its meaning is in typed fields, after TigerBeetle's accounts: {@code code}
 * says what kind of account it is (the budget's roles: a funder's stream, a payee...), {@code userData} carries the
 * caller's number, and {@code name} the identifier of what the account stands for (a funder id, a payee id), kept
 * as given and never parsed. Immutable and thread-safe.
 *
 * @param account the account's index in its ledger, 0 or more (accounts are numbered in opening order)
 * @param code what kind of account it is, 1 - 65,535, the caller's numbering
 * @param userData the caller's number for the account, any value (0 when none)
 * @param name the identifier of what the account stands for, 1 to 200 characters, not blank
 * @param ringFenced whether debits may never exceed credits (pending included) and must carry an allowed code
 * @param debitCodes the codes a ring-fenced account may be debited with, 1 - 65,535 each, sorted, unmodifiable;
 *     empty when not ring-fenced
 * @param holdsOtherCodesForReview whether a ring-fenced account takes a pending transfer with another code (its
 *     post is the reviewer's approval); false when not ring-fenced
 * @param openedOn the first date the account can take transfers, not null, within the supported dates
 */
public record AccountOpened(int account, int code, long userData, String name, boolean ringFenced,
        Set<Integer> debitCodes, boolean holdsOtherCodesForReview, LocalDate openedOn) implements LedgerEvent {

    /**
     * Validates the event.
     *
     * @param account the account's index, 0 or more
     * @param code the account's code, 1 - 65,535
     * @param userData the caller's number
     * @param name the identifier, 1 to 200 characters, not blank
     * @param ringFenced whether ring-fenced
     * @param debitCodes the allowed debit codes, not null, none null, at most 64; empty when not ring-fenced
     * @param holdsOtherCodesForReview whether other codes may be held; false when not ring-fenced
     * @param openedOn the opening date, not null, within the supported dates
     * @throws LedgerException if a value is null or out of range
     */
    public AccountOpened {
        LedgerException.inRange(account, 0, Integer.MAX_VALUE, "account");
        Codes.code(code, "code");
        Codes.name(name);
        debitCodes = Codes.codes(debitCodes, "debitCodes");
        if (!ringFenced && (!debitCodes.isEmpty() || holdsOtherCodesForReview)) {
            throw new LedgerException("debitCodes", "none, and no review of other codes, for an account that is not "
                    + "ring-fenced", debitCodes);
        }
        LedgerException.CHECKS.date(openedOn, "openedOn");
    }

    @Override
    public LocalDate date() {
        return openedOn;
    }
}
