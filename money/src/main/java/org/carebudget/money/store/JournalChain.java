package org.carebudget.money.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * The hash chain over a stored journal, which lets a reader detect a torn, edited, reordered, removed or foreign
 * row without knowing what the events mean.
 *
 * <p>Each event's chain hash is {@code SHA-256(previous || package || sequence || kind || payload || stateHash)}:
 * {@code previous} is the 32 bytes of the previous event's chain hash ({@link #GENESIS}, 32 zero bytes, before the
 * first event); the package id, kind, payload and state hash (empty when absent) are UTF-8 bytes each preceded by
 * its length as a 4-byte big-endian int; the sequence is an 8-byte big-endian long. Hashes are written as 64
 * lower-case hex digits. The package id and the sequence are inside the hash, so a row copied from another package
 * or moved within one breaks the chain.
 *
 * <p>The chain detects accidental damage and edits by someone who does not recompute it; it has no key, so it does
 * not stop a writer with database access who recomputes every later hash. To detect that, keep the head hash
 * somewhere the database's writers cannot change it (an audit log, a funder's copy).
 *
 * <p>Stateless and thread-safe.
 */
public final class JournalChain {

    /** The chain hash before the first event: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private JournalChain() {
    }

    /**
     * Returns the chain hash of an event.
     *
     * @param previous the previous event's chain hash, or {@link #GENESIS} for the first event, 64 lower-case hex
     *     digits
     * @param carePackage the package, not null
     * @param sequence the event's sequence number, 1 or more
     * @param kind the event's kind, not null
     * @param payload the event's payload, not null
     * @param stateHash the aggregate's hash after the event, if recorded; may be null
     * @return the chain hash, 64 lower-case hex digits, not null
     * @throws LedgerException if a value is null or malformed
     */
    public static String link(String previous, CarePackageId carePackage, long sequence, String kind, String payload,
            @Nullable String stateHash) {
        checkHash(LedgerException.CHECKS, previous, "previous");
        LedgerException.notNull(carePackage, "carePackage");
        LedgerException.inRange(sequence, 1, Long.MAX_VALUE, "sequence");
        LedgerException.notNull(kind, "kind");
        LedgerException.notNull(payload, "payload");
        if (stateHash != null) {
            checkHash(LedgerException.CHECKS, stateHash, "stateHash");
        }
        return hash(previous, carePackage, sequence, kind, payload, stateHash);
    }

    static String hash(String previous, CarePackageId carePackage, long sequence, String kind, String payload,
            @Nullable String stateHash) {
        return new Hasher().link(previous, carePackage, sequence, kind, payload, stateHash);
    }

    /** Computes links with one digest and one buffer, for a whole journal. Not thread-safe. */
    private static final class Hasher {

        private final MessageDigest digest = sha256();
        private final byte[] previous = new byte[32];
        private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);

        String link(String previousHash, CarePackageId carePackage, long sequence, String kind, String payload,
                @Nullable String stateHash) {
            for (int i = 0; i < 32; i++) {
                previous[i] = (byte) (Character.digit(previousHash.charAt(2 * i), 16) << 4
                        | Character.digit(previousHash.charAt(2 * i + 1), 16));
            }
            digest.update(previous);
            text(carePackage.value());
            digest.update(number.clear().putLong(sequence).array(), 0, Long.BYTES);
            text(kind);
            text(payload);
            text(stateHash == null ? "" : stateHash);
            return HEX.formatHex(digest.digest());
        }

        private void text(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            digest.update(number.clear().putInt(bytes.length).array(), 0, Integer.BYTES);
            digest.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Checks that events continue a journal: all of the head's package, numbered on from the head's sequence without
     * a gap, and each linked to the one before it, the first to the head's chain hash. Every store runs it before it
     * writes an append, and every reader after it loads a journal.
     *
     * @param <E> the exception the checks throw
     * @param checks the checks whose exception a failure throws, not null
     * @param head the journal's head before the events (the last event the writer or reader saw), not null
     * @param events the events, not null, none null
     * @param field the name of the events in a message (such as {@code events} or {@code journal pkg-1}), not null
     * @return the head after the events, not null ({@code head} itself when there are none)
     * @throws E naming the first event that does not continue the journal, and what was expected of it
     * @throws LedgerException if {@code checks} is null
     */
    public static <E extends InvalidValueException> JournalHead verify(Checks<E> checks, JournalHead head,
            List<StoredEvent> events, String field) {
        LedgerException.notNull(checks, "checks");
        checks.notNull(head, "head");
        JournalHead end = walk(checks, head.carePackage(), head.sequence(), head.chainHash(), events, field);
        return end == null ? head : end;
    }

    private static <E extends InvalidValueException> @Nullable JournalHead walk(Checks<E> checks, CarePackageId carePackage,
            long sequence, @Nullable String hash, List<StoredEvent> events, String field) {
        checks.notNull(field, "field");
        checks.notNull(events, field);
        long at = sequence;
        String atHash = hash;
        Hasher hasher = new Hasher();
        for (int i = 0; i < events.size(); i++) {
            String name = field + "[" + i + "]";
            StoredEvent event = checks.notNull(events.get(i), name);
            if (!event.carePackage().equals(carePackage)) {
                throw checks.invalid(name + ".carePackage", "an event of care package " + carePackage,
                        event.carePackage());
            }
            if (event.sequence() != at + 1) {
                throw checks.invalid(name + ".sequence", (at + 1) + ", the next without a gap", event.sequence());
            }
            if (atHash != null) {
                String expected = hasher.link(atHash, carePackage, event.sequence(), event.kind(), event.payload(),
                        event.stateHash());
                if (!expected.equals(event.chainHash())) {
                    throw checks.invalid(name + ".chainHash", expected + ", the link from event " + at
                            + " (the row was torn or edited, or does not follow it)", event.chainHash());
                }
            }
            at = event.sequence();
            atHash = event.chainHash();
        }
        return atHash == null ? null : new JournalHead(carePackage, at, atHash);
    }

    /**
     * Checks that a text is a chain or state hash: 64 lower-case hex digits.
     *
     * @param <E> the exception the checks throw
     * @param checks the checks whose exception a failure throws, not null
     * @param hash the text; may be null
     * @param field the name of the field, not null
     * @return {@code hash}, not null
     * @throws E if {@code hash} is null or not 64 lower-case hex digits
     * @throws LedgerException if {@code checks} is null
     */
    public static <E extends InvalidValueException> String checkHash(Checks<E> checks, @Nullable String hash,
            String field) {
        LedgerException.notNull(checks, "checks");
        checks.notNull(hash, field);
        if (hash.length() != 64) {
            throw checks.invalid(field, "64 lower-case hex digits", hash);
        }
        for (int i = 0; i < 64; i++) {
            char c = hash.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                throw checks.invalid(field, "64 lower-case hex digits", hash);
            }
        }
        return hash;
    }
}
