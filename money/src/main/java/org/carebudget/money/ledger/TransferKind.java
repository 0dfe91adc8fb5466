package org.carebudget.money.ledger;

/**
 * What a transfer in the journal does, after TigerBeetle's two-phase transfers: the engine's words are pending,
 * post, void and expire (the budget's are hold and release). Thread-safe.
 */
public enum TransferKind {
    /** Moves money at once: debits one account, credits the other. */
    TRANSFER,
    /** Reserves money for a later post or void. */
    PENDING,
    /** Posts a pending transfer, in full or in part; any rest is released. */
    POST,
    /** Voids a pending transfer: the reserved money is released, nothing moves. */
    VOID,
    /** Records that a pending transfer reached its expiry unposted: the reserved money is released. */
    EXPIRE,
    /** Reverses a posted transfer: the same amount back between the same accounts, the original untouched. */
    REVERSAL
}
