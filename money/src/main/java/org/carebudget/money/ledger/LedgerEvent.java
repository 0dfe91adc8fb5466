package org.carebudget.money.ledger;

import java.time.LocalDate;

/**
 * One immutable entry of a ledger's journal: an {@link AccountOpened} or a {@link TransferEvent}. The journal is
 * the ordered list of these; {@link Ledger#replay} rebuilds the identical ledger, hash included, from it.
 * Implementations are immutable and thread-safe.
 */
public sealed interface LedgerEvent permits AccountOpened, TransferEvent {

    /**
     * Returns the date the event takes effect.
     *
     * @return the date, not null
     */
    LocalDate date();
}
