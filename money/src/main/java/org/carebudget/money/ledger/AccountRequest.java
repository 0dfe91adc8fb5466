package org.carebudget.money.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * An account to open in a {@link Ledger}: its code (what kind of account), its name (the identifier of what it
 * stands for, never parsed), its opening date, and, for a ring-fenced account, the codes it may be debited with.
 * Built with {@link #of} and the {@code with*} / {@code ringFenced*} methods, each returning a new request (or
 * {@code this} when nothing changes). Immutable and thread-safe.
 */
public final class AccountRequest {

    private final int code;
    private final String name;
    private final LocalDate openedOn;
    private final long userData;
    private final boolean ringFenced;
    private final Set<Integer> debitCodes;
    private final boolean holdsOtherCodesForReview;

    private AccountRequest(int code, String name, LocalDate openedOn, long userData, boolean ringFenced,
            Set<Integer> debitCodes, boolean holdsOtherCodesForReview) {
        this.code = code;
        this.name = name;
        this.openedOn = openedOn;
        this.userData = userData;
        this.ringFenced = ringFenced;
        this.debitCodes = debitCodes;
        this.holdsOtherCodesForReview = holdsOtherCodesForReview;
    }

    /**
     * Returns a request for an account that is not ring-fenced (its balance may go below zero, as a funder's own
     * account does as it pays in).
     *
     * @param code what kind of account, 1 - 65,535
     * @param name the identifier of what it stands for, 1 to 200 characters, not blank
     * @param openedOn the first date it can take transfers, not null, within the supported dates
     * @return the request, not null
     * @throws LedgerException if a value is null or out of range
     */
    public static AccountRequest of(int code, @Nullable String name, LocalDate openedOn) {
        return new AccountRequest(Codes.code(code, "code"), Codes.name(name),
                LedgerException.CHECKS.date(openedOn, "openedOn"), 0, false, Set.of(), false);
    }

    /**
     * Returns this request ring-fenced: its debits never exceed its credits, pending included, and each carries one
     * of the given codes (a reversal, which returns money to where it came from, is checked for funds only).
     *
     * @param allowedDebitCodes the codes it may be debited with, not null, none null, each 1 - 65,535, at most 64
     * @return the request, not null
     * @throws LedgerException if a code is null or out of range
     */
    public AccountRequest ringFencedFor(Collection<Integer> allowedDebitCodes) {
        return new AccountRequest(code, name, openedOn, userData, true, Codes.codes(allowedDebitCodes,
                "allowedDebitCodes"), holdsOtherCodesForReview);
    }

    /**
     * Returns this ring-fenced request taking a pending transfer with a code it does not allow, instead of refusing
     * it with {@link TransferResult#CODE_NOT_ALLOWED}: the money is reserved, and posting the pending transfer is
     * the reviewer's approval. A plain transfer with such a code is still refused.
     *
     * @return the request, not null
     * @throws LedgerException if the request is not ring-fenced
     */
    public AccountRequest holdingOtherCodesForReview() {
        if (!ringFenced) {
            throw new LedgerException("ringFenced", "a ring-fenced account (call ringFencedFor first)", false);
        }
        return holdsOtherCodesForReview ? this : new AccountRequest(code, name, openedOn, userData, true, debitCodes,
                true);
    }

    /**
     * Returns this request with the caller's number for the account.
     *
     * @param number any value; 0 for none
     * @return the request, not null; {@code this} if unchanged
     */
    public AccountRequest withUserData(long number) {
        return number == userData ? this : new AccountRequest(code, name, openedOn, number, ringFenced, debitCodes,
                holdsOtherCodesForReview);
    }

    /**
     * Returns what kind of account it is.
     *
     * @return the code, 1 - 65,535
     */
    public int code() {
        return code;
    }

    /**
     * Returns the identifier of what the account stands for.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the first date the account can take transfers.
     *
     * @return the date, not null
     */
    public LocalDate openedOn() {
        return openedOn;
    }

    /**
     * Returns the caller's number for the account.
     *
     * @return the number, 0 when none
     */
    public long userData() {
        return userData;
    }

    /**
     * Returns whether the account is ring-fenced.
     *
     * @return true if ring-fenced
     */
    public boolean isRingFenced() {
        return ringFenced;
    }

    /**
     * Returns the codes a ring-fenced account may be debited with.
     *
     * @return the codes, sorted, unmodifiable; empty when not ring-fenced
     */
    public Set<Integer> debitCodes() {
        return debitCodes;
    }

    /**
     * Returns whether a pending transfer with another code is held for review rather than refused.
     *
     * @return true if held for review
     */
    public boolean holdsOtherCodesForReview() {
        return holdsOtherCodesForReview;
    }
}
