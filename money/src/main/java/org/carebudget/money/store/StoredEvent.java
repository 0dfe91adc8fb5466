package org.carebudget.money.store;

import java.util.Objects;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * One row of a stored journal: the care package, the event's sequence number in that package's journal, its kind,
 * its payload and the chain hash after it, with the aggregate's own hash where the writer recorded one. The store
 * never looks inside the payload.
 *
 * <p>Build the events a writer appends with {@link JournalHead#next}, which numbers and chains them; a store builds
 * the events it loads with {@link #of}. Immutable and thread-safe; equal when every field is equal.
 */
public final class StoredEvent {

    /** The longest kind: 64 characters. */
    public static final int MAX_KIND = 64;
    /** The longest payload: 100,000 characters. */
    public static final int MAX_PAYLOAD = 100_000;

    private final CarePackageId carePackage;
    private final long sequence;
    private final String kind;
    private final String payload;
    private final String chainHash;
    private final @Nullable String stateHash;

    private StoredEvent(CarePackageId carePackage, long sequence, String kind, String payload, String chainHash,
            @Nullable String stateHash) {
        this.carePackage = carePackage;
        this.sequence = sequence;
        this.kind = kind;
        this.payload = payload;
        this.chainHash = chainHash;
        this.stateHash = stateHash;
    }

    /**
     * Returns a stored event as read back from a store. Whether its chain hash links to the event before it is not
     * checked here: {@link JournalChain#verify} checks a whole journal.
     *
     * @param carePackage the package, not null
     * @param sequence the sequence number, 1 or more
     * @param kind the kind, 1 to {@value #MAX_KIND} characters of {@code a-z 0-9 . -}, starting with a letter
     * @param payload the payload, 1 to {@value #MAX_PAYLOAD} characters
     * @param chainHash the chain hash after the event, 64 lower-case hex digits
     * @param stateHash the aggregate's hash after the event, 64 lower-case hex digits; may be null when not recorded
     * @return the event, not null
     * @throws LedgerException if a value is null or malformed
     */
    public static StoredEvent of(CarePackageId carePackage, long sequence, String kind, String payload,
            String chainHash, @Nullable String stateHash) {
        LedgerException.notNull(carePackage, "carePackage");
        LedgerException.inRange(sequence, 1, Long.MAX_VALUE, "sequence");
        checkKind(kind);
        checkPayload(payload);
        JournalChain.checkHash(LedgerException.CHECKS, chainHash, "chainHash");
        if (stateHash != null) {
            JournalChain.checkHash(LedgerException.CHECKS, stateHash, "stateHash");
        }
        return new StoredEvent(carePackage, sequence, kind, payload, chainHash, stateHash);
    }

    static String checkPayload(@Nullable String payload) {
        LedgerException.notNull(payload, "payload");
        if (payload.isEmpty() || payload.length() > MAX_PAYLOAD) {
            // the length only: a payload may hold what a care platform wrote in a memo
            throw new LedgerException("payload", "1 - " + MAX_PAYLOAD + " characters", payload.length() + " characters");
        }
        return payload;
    }

    static String checkKind(@Nullable String kind) {
        LedgerException.notNull(kind, "kind");
        boolean valid = !kind.isEmpty() && kind.length() <= MAX_KIND && kind.charAt(0) >= 'a' && kind.charAt(0) <= 'z';
        for (int i = 0; valid && i < kind.length(); i++) {
            char c = kind.charAt(i);
            valid = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-';
        }
        if (!valid) {
            throw new LedgerException("kind", "1 - " + MAX_KIND + " characters of a-z 0-9 . -, starting with a letter",
                    '"' + kind + '"');
        }
        return kind;
    }

    /**
     * Returns the care package whose journal holds the event.
     *
     * @return the package, not null
     */
    public CarePackageId carePackage() {
        return carePackage;
    }

    /**
     * Returns the event's sequence number in its package's journal: 1 for the first event, no gaps.
     *
     * @return the sequence number, 1 or more
     */
    public long sequence() {
        return sequence;
    }

    /**
     * Returns the event's kind, which tells a reader how to decode the payload (such as {@code transfer}).
     *
     * @return the kind, not null
     */
    public String kind() {
        return kind;
    }

    /**
     * Returns the payload, as written (JSON text for the ledger's events).
     *
     * @return the payload, not null, not empty
     */
    public String payload() {
        return payload;
    }

    /**
     * Returns the chain hash after this event ({@link JournalChain}).
     *
     * @return 64 lower-case hex digits, not null
     */
    public String chainHash() {
        return chainHash;
    }

    /**
     * Returns the aggregate's own hash after this event, where the writer recorded it (on the last event of each
     * append, the budget ledger's hash), so a reader can check that replaying the journal rebuilt what the writer had.
     *
     * @return 64 lower-case hex digits, or null when not recorded
     */
    public @Nullable String stateHash() {
        return stateHash;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StoredEvent that && sequence == that.sequence && carePackage.equals(that.carePackage)
                && kind.equals(that.kind) && payload.equals(that.payload) && chainHash.equals(that.chainHash)
                && Objects.equals(stateHash, that.stateHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(carePackage, sequence, chainHash);
    }

    /**
     * Returns the package, sequence, kind, payload length and the start of the chain hash; never the payload, which
     * may hold names a care platform gave its accounts.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "StoredEvent[" + carePackage + " #" + sequence + " " + kind + ", " + payload.length()
                + " characters, chain " + chainHash.substring(0, 12) + "…" + (stateHash == null ? "" : ", state "
                + stateHash.substring(0, 12) + "…") + "]";
    }
}
