package org.carebudget.money.reconcile;

/**
 * Whether money has moved or is only held: a statement line or a ledger entry is settled (posted, cleared) or
 * pending (a card authorisation that blocks funds until it settles or lapses; a ledger spend held for the funder's
 * review). Pending and settled items are kept apart: a pending statement line is only ever matched to a pending
 * ledger entry, and only settled items count towards a balance.
 */
public enum Settlement {
    /** Posted: the money has moved and counts towards the balance. */
    SETTLED,
    /** Held: funds are blocked or reserved but have not moved; not part of the actual balance. */
    PENDING
}
