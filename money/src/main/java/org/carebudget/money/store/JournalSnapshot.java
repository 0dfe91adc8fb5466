package org.carebudget.money.store;

import java.util.Arrays;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * A package's journal from its first event to {@link #sequence()}, in a compact form a reader decodes faster than
 * the rows, with the chain hash and the aggregate's hash at that point so a reader can check the snapshot against
 * the stored rows and against the state it rebuilds. The format is the writer's; a reader that does not know it
 * ignores the snapshot and reads the rows.
 *
 * <p>Immutable and thread-safe: the payload is copied in and out.
 */
public final class JournalSnapshot {

    /** The largest payload: 256 MiB. */
    public static final int MAX_PAYLOAD = 256 * 1024 * 1024;

    private final CarePackageId carePackage;
    private final long sequence;
    private final String chainHash;
    private final String stateHash;
    private final String format;
    private final byte[] payload;

    private JournalSnapshot(CarePackageId carePackage, long sequence, String chainHash, String stateHash,
            String format, byte[] payload) {
        this.carePackage = carePackage;
        this.sequence = sequence;
        this.chainHash = chainHash;
        this.stateHash = stateHash;
        this.format = format;
        this.payload = payload;
    }

    /**
     * Returns a snapshot.
     *
     * @param carePackage the package, not null
     * @param sequence the last event it covers, 1 or more
     * @param chainHash the chain hash after that event, 64 lower-case hex digits
     * @param stateHash the aggregate's hash after that event, 64 lower-case hex digits
     * @param format the payload's format, such as {@code ledger-events.v1}: 1 to {@value StoredEvent#MAX_KIND}
     *     characters of {@code a-z 0-9 . -}, starting with a letter
     * @param payload the encoded journal, not null, 1 byte to {@value #MAX_PAYLOAD} bytes; copied
     * @return the snapshot, not null
     * @throws LedgerException if a value is null or malformed
     */
    public static JournalSnapshot of(CarePackageId carePackage, long sequence, String chainHash, String stateHash,
            String format, byte[] payload) {
        LedgerException.notNull(carePackage, "carePackage");
        LedgerException.inRange(sequence, 1, Long.MAX_VALUE, "sequence");
        JournalChain.checkHash(LedgerException.CHECKS, chainHash, "chainHash");
        JournalChain.checkHash(LedgerException.CHECKS, stateHash, "stateHash");
        try {
            StoredEvent.checkKind(format);
        } catch (LedgerException e) {
            throw new LedgerException("format", e.validValues(), e.givenValue());
        }
        LedgerException.notNull(payload, "payload");
        if (payload.length == 0 || payload.length > MAX_PAYLOAD) {
            throw new LedgerException("payload", "1 - " + MAX_PAYLOAD + " bytes", payload.length + " bytes");
        }
        return new JournalSnapshot(carePackage, sequence, chainHash, stateHash, format, payload.clone());
    }

    /**
     * Returns the package.
     *
     * @return the package, not null
     */
    public CarePackageId carePackage() {
        return carePackage;
    }

    /**
     * Returns the sequence number of the last event the snapshot covers.
     *
     * @return the sequence number, 1 or more
     */
    public long sequence() {
        return sequence;
    }

    /**
     * Returns the chain hash after the last event covered: the stored row at {@link #sequence()} must carry it.
     *
     * @return 64 lower-case hex digits, not null
     */
    public String chainHash() {
        return chainHash;
    }

    /**
     * Returns the aggregate's hash after the last event covered.
     *
     * @return 64 lower-case hex digits, not null
     */
    public String stateHash() {
        return stateHash;
    }

    /**
     * Returns the payload's format.
     *
     * @return the format, not null
     */
    public String format() {
        return format;
    }

    /**
     * Returns a copy of the payload.
     *
     * @return the bytes, not null, not empty
     */
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * Returns the head of the journal at the snapshot's last event.
     *
     * @return the head, not null
     */
    public JournalHead head() {
        return new JournalHead(carePackage, sequence, chainHash);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof JournalSnapshot that && sequence == that.sequence
                && carePackage.equals(that.carePackage) && chainHash.equals(that.chainHash)
                && stateHash.equals(that.stateHash) && format.equals(that.format)
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return carePackage.hashCode() * 31 + Long.hashCode(sequence);
    }

    /**
     * Returns the package, sequence, format and payload size.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "JournalSnapshot[" + carePackage + " to #" + sequence + ", " + format + ", " + payload.length
                + " bytes]";
    }
}
