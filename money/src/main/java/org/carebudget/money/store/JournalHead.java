package org.carebudget.money.store;

import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * Where a package's stored journal ends, as a writer or reader last saw it: the sequence number of the last event
 * (0 for an empty journal) and the chain hash after it ({@link JournalChain#GENESIS} for an empty journal). A
 * writer appends with the head's sequence as the one it expects ({@link JournalStore#append}) and builds the new
 * events from it with {@link #next}.
 *
 * <p>Immutable and thread-safe; equal when package, sequence and hash are equal.
 *
 * @param carePackage the package, not null
 * @param sequence the last event's sequence number, 0 for an empty journal
 * @param chainHash the chain hash after the last event, 64 lower-case hex digits; {@link JournalChain#GENESIS} when
 *     {@code sequence} is 0
 */
public record JournalHead(CarePackageId carePackage, long sequence, String chainHash) {

    /**
     * Validates the head.
     *
     * @param carePackage the package, not null
     * @param sequence the last event's sequence number, 0 or more
     * @param chainHash the chain hash after it, 64 lower-case hex digits, {@link JournalChain#GENESIS} at 0
     * @throws LedgerException if a value is null or malformed, or an empty journal's hash is not the genesis
     */
    public JournalHead {
        LedgerException.notNull(carePackage, "carePackage");
        LedgerException.inRange(sequence, 0, Long.MAX_VALUE, "sequence");
        JournalChain.checkHash(LedgerException.CHECKS, chainHash, "chainHash");
        if (sequence == 0 && !chainHash.equals(JournalChain.GENESIS)) {
            throw new LedgerException("chainHash", JournalChain.GENESIS + " for an empty journal", chainHash);
        }
    }

    /**
     * Returns the head of an empty journal.
     *
     * @param carePackage the package, not null
     * @return the head at sequence 0, not null
     * @throws LedgerException if {@code carePackage} is null
     */
    public static JournalHead empty(CarePackageId carePackage) {
        return new JournalHead(carePackage, 0, JournalChain.GENESIS);
    }

    /**
     * Returns the head just after an event.
     *
     * @param event the event, not null
     * @return the head at the event, not null
     * @throws LedgerException if {@code event} is null
     */
    public static JournalHead after(StoredEvent event) {
        LedgerException.notNull(event, "event");
        return new JournalHead(event.carePackage(), event.sequence(), event.chainHash());
    }

    /**
     * Returns the next event after this head, numbered and chained.
     *
     * @param kind the event's kind, 1 to {@value StoredEvent#MAX_KIND} characters of {@code a-z 0-9 . -}, starting
     *     with a letter
     * @param payload the payload, 1 to {@value StoredEvent#MAX_PAYLOAD} characters
     * @param stateHash the aggregate's hash after the event, 64 lower-case hex digits; may be null when not recorded
     * @return the event at {@code sequence() + 1}, not null; {@link #after} it gives the next head
     * @throws LedgerException if a value is null or malformed, or the journal is full
     */
    public StoredEvent next(String kind, String payload, @Nullable String stateHash) {
        StoredEvent.checkKind(kind);
        if (sequence == Long.MAX_VALUE) {
            throw new LedgerException("sequence", "below " + Long.MAX_VALUE + " to append after it", sequence);
        }
        StoredEvent.checkPayload(payload);
        if (stateHash != null) {
            JournalChain.checkHash(LedgerException.CHECKS, stateHash, "stateHash");
        }
        String link = JournalChain.hash(chainHash, carePackage, sequence + 1, kind, payload, stateHash);
        return StoredEvent.of(carePackage, sequence + 1, kind, payload, link, stateHash);
    }
}
