package org.carebudget.money.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 chain over the journal's rows, computed incrementally when asked: the chain starts from 32 zero bytes
 * and each link is {@code SHA-256(previous link || row encoding)}. A rollback below the rows already hashed starts
 * the chain again from the first row. The row encoding is big-endian:
 * <ul>
 *   <li>an account opening: kind 0 (1 byte), account (4), code (4), user data (8), ring-fenced (1), holds other
 *       codes for review (1), opening day (4, days since 1900-01-01), the number of allowed codes (4) and each (4),
 *       the name's UTF-8 length (4) and bytes;</li>
 *   <li>a transfer: kind 1-6 (1 byte: transfer, pending, post, void, expire, reversal), the id's high and low parts
 *       (8 + 8, both 0 for an expiry), debit and credit accounts (4 + 4), amount in pence (8), day (4), code (4),
 *       reference (4: the expiry day of a pending transfer, {@code 2^31 - 1} for none, else the journal position
 *       of the transfer referred to) and user data (8).</li>
 * </ul>
 * Not thread-safe: owned by one {@link Ledger}.
 */
final class HashChain {

    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 + 4 * Codes.MAX_ALLOWED + 4 * Codes.MAX_NAME);
    private byte[] head = new byte[32];
    private int hashed;

    HashChain() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Forgets the links past {@code rows} (a rollback): the next {@link #head} hashes again from the start. */
    void truncated(int rows) {
        if (hashed > rows) {
            head = new byte[32];
            hashed = 0;
        }
    }

    String head(Journal journal, AccountTable accounts) {
        for (int row = hashed; row < journal.rows; row++) {
            buffer.clear();
            encode(journal, accounts, row);
            digest.update(head);
            digest.update(buffer.array(), 0, buffer.position());
            head = digest.digest();
        }
        hashed = journal.rows;
        return HexFormat.of().formatHex(head);
    }

    List<String> links(Journal journal, AccountTable accounts) {
        List<String> links = new ArrayList<>(journal.rows);
        for (int row = 0; row < journal.rows; row++) {
            buffer.clear();
            encode(journal, accounts, row);
            digest.update(head);
            digest.update(buffer.array(), 0, buffer.position());
            head = digest.digest();
            links.add(HexFormat.of().formatHex(head));
        }
        return Collections.unmodifiableList(links);
    }

    private void encode(Journal journal, AccountTable accounts, int row) {
        byte kind = journal.kind(row);
        buffer.put(kind);
        if (kind == Journal.OPEN) {
            int account = journal.refs[row];
            long meta = accounts.slots[account * AccountTable.STRIDE + AccountTable.META];
            byte[] name = accounts.names[account].getBytes(StandardCharsets.UTF_8);
            buffer.putInt(account).putInt(accounts.codes[account]).putLong(accounts.userData[account])
                    .put((byte) (meta & AccountTable.RING_FENCED))
                    .put((byte) ((meta & AccountTable.REVIEWS_OTHERS) >>> 1)).putInt(journal.days[row])
                    .putInt(accounts.allowedCodes[account].size());
            for (int code : accounts.allowedCodes[account]) {
                buffer.putInt(code);
            }
            buffer.putInt(name.length).put(name);
            return;
        }
        buffer.putLong(journal.high(row)).putLong(journal.lows[row]).putInt(journal.debits[row])
                .putInt(journal.credits[row]).putLong(journal.amounts[row]).putInt(journal.days[row])
                .putInt(journal.codes[row]).putInt(journal.refs[row]).putLong(journal.userData(row));
    }
}
