package org.carebudget.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.jackson.CareBudgetJson;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.jackson.MoneyJacksonModule;
import org.carebudget.money.ledger.AccountOpened;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.ledger.TransferKind;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.store.JournalSnapshot;
import org.carebudget.money.store.StoredEvent;
import org.jspecify.annotations.Nullable;

/**
 * The adapter between the store, which knows nothing of events, and the budget ledger: the ONE class of this module
 * that names the ledger's event types or calls {@link BudgetLedger} for its journal, replay and hash. When the
 * ledger's API changes, this class changes and nothing else here does.
 *
 * <p>An event is stored as its kind ({@code account-opened}, {@code transfer}: {@code MoneyJacksonModule}'s type
 * names) and its JSON through the library's Jackson modules with {@link CareBudgetJson}'s strict settings. A
 * snapshot is the journal in a compact binary form ({@link #SNAPSHOT_FORMAT}), because decoding JSON is most of what
 * a load costs: each event's fields in order, enums by name, dates as epoch days. The binary form names every field
 * of the events by hand, so it must change with them: a snapshot that no longer decodes, or decodes to a journal
 * that does not replay to the writer's hash, is ignored and the rows are read instead; bump the format's version
 * when the events change, and old snapshots are ignored.
 *
 * <p>Thread-safe: the mapper is configured once and then only read.
 */
final class LedgerEventCodec {

    /** The kind of an account opening. */
    static final String ACCOUNT_OPENED = "account-opened";
    /** The kind of a transfer. */
    static final String TRANSFER = "transfer";
    /** Every kind the ledger writes. */
    static final Set<String> KINDS = Set.of(ACCOUNT_OPENED, TRANSFER);
    /** The snapshot format: the journal's events in binary ({@link #snapshot}). */
    static final String SNAPSHOT_FORMAT = "ledger-events.bin.v2";

    private static final byte OPENED = 1;
    private static final byte TRANSFERRED = 2;
    private static final long NO_DATE = Long.MIN_VALUE;

    /** The codec: its mappers cost tens of milliseconds to build, so there is one. */
    static final LedgerEventCodec INSTANCE = new LedgerEventCodec();

    private final ObjectWriter eventWriter;
    private final ObjectReader eventReader;

    private LedgerEventCodec() {
        JsonMapper mapper = CareBudgetJson.configure(CareBudgetJson.builder())
                .addModule(new CoreJacksonModule()).addModule(new MoneyJacksonModule()).build();
        eventWriter = mapper.writerFor(LedgerEvent.class);
        eventReader = mapper.readerFor(LedgerEvent.class);
    }

    // ---- events <-> stored rows

    /** Returns an event's kind. */
    static String kind(LedgerEvent event) {
        if (event instanceof AccountOpened) {
            return ACCOUNT_OPENED;
        }
        if (event instanceof TransferEvent) {
            return TRANSFER;
        }
        throw new IllegalStateException("an event kind this codec does not know: " + event.getClass());
    }

    /** Returns an event's payload. */
    String payload(LedgerEvent event) {
        try {
            return eventWriter.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ledger event that does not write as JSON: " + kind(event), e);
        }
    }

    /**
     * Decodes a stored event.
     *
     * @throws JournalStoreException (corrupt journal) for an unknown kind, a payload that does not decode, or one
     *     whose type is not its row's kind
     */
    LedgerEvent decode(StoredEvent stored) {
        String where = "journal " + stored.carePackage() + " #" + stored.sequence();
        if (!KINDS.contains(stored.kind())) {
            throw JournalStoreException.CORRUPT.invalid(where + ".kind", "one of " + KINDS + " (an event kind this"
                    + " version reads)", stored.kind());
        }
        LedgerEvent event;
        try {
            event = eventReader.readValue(stored.payload());
        } catch (IOException | InvalidValueException e) {
            throw JournalStoreException.CORRUPT.invalid(where + ".payload", "the JSON of a " + stored.kind()
                    + " event", describe(e));
        }
        if (!kind(event).equals(stored.kind())) {
            throw JournalStoreException.CORRUPT.invalid(where + ".payload", "the JSON of a " + stored.kind()
                    + " event, as its row's kind says", "a " + kind(event) + " event");
        }
        return event;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int line = message.indexOf('\n');
        return line < 0 ? message : message.substring(0, line);
    }

    /** Decodes stored events in order. */
    List<LedgerEvent> decode(List<StoredEvent> stored) {
        List<LedgerEvent> events = new ArrayList<>(stored.size());
        for (StoredEvent event : stored) {
            events.add(decode(event));
        }
        return events;
    }

    // ---- snapshots

    /** Encodes a journal as a snapshot payload: a count, then each event's fields in order. */
    byte[] snapshot(List<LedgerEvent> journal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * journal.size() + 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(journal.size());
            for (LedgerEvent event : journal) {
                if (event instanceof AccountOpened opened) {
                    out.writeByte(OPENED);
                    out.writeInt(opened.account());
                    out.writeInt(opened.code());
                    out.writeLong(opened.userData());
                    out.writeUTF(opened.name());
                    out.writeBoolean(opened.ringFenced());
                    out.writeInt(opened.debitCodes().size());
                    for (int code : opened.debitCodes()) {
                        out.writeInt(code);
                    }
                    out.writeBoolean(opened.holdsOtherCodesForReview());
                    out.writeLong(opened.openedOn().toEpochDay());
                } else {
                    TransferEvent transfer = (TransferEvent) event;
                    out.writeByte(TRANSFERRED);
                    writeId(out, transfer.id());
                    out.writeUTF(transfer.kind().name());
                    out.writeInt(transfer.debitAccount());
                    out.writeInt(transfer.creditAccount());
                    out.writeLong(transfer.amount().pence());
                    out.writeLong(transfer.date().toEpochDay());
                    out.writeInt(transfer.code());
                    out.writeLong(transfer.userData());
                    writeId(out, transfer.referenceId());
                    LocalDate expiresOn = transfer.expiresOn();
                    out.writeLong(expiresOn == null ? NO_DATE : expiresOn.toEpochDay());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** Writes a nullable transfer id: a presence flag, then its high and low halves. */
    private static void writeId(DataOutputStream out, @Nullable TransferId id) throws IOException {
        out.writeBoolean(id != null);
        if (id != null) {
            out.writeLong(id.high());
            out.writeLong(id.low());
        }
    }

    private static @Nullable TransferId readId(DataInputStream in) throws IOException {
        return in.readBoolean() ? TransferId.ofParts(in.readLong(), in.readLong()) : null;
    }

    /**
     * Decodes a snapshot's events.
     *
     * @throws JournalStoreException (corrupt journal) for another format, a payload that does not decode, or one
     *     holding another number of events than the snapshot says
     */
    List<LedgerEvent> decode(JournalSnapshot snapshot) {
        String where = "snapshot " + snapshot.carePackage() + " #" + snapshot.sequence();
        if (!snapshot.format().equals(SNAPSHOT_FORMAT)) {
            throw JournalStoreException.CORRUPT.invalid(where + ".format", SNAPSHOT_FORMAT, snapshot.format());
        }
        byte[] payload = snapshot.payload();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            int count = in.readInt();
            if (count != snapshot.sequence()) {
                throw JournalStoreException.CORRUPT.invalid(where + ".payload", snapshot.sequence() + " events",
                        count + " events");
            }
            List<LedgerEvent> events = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                events.add(readEvent(in));
            }
            if (in.available() > 0) {
                throw JournalStoreException.CORRUPT.invalid(where + ".payload", "nothing after the last event",
                        in.available() + " bytes");
            }
            return events;
        } catch (IOException | RuntimeException e) {
            if (e instanceof JournalStoreException store) {
                throw store;
            }
            throw JournalStoreException.CORRUPT.invalid(where + ".payload", "the events in " + SNAPSHOT_FORMAT,
                    describe(e));
        }
    }

    private static LedgerEvent readEvent(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        if (tag == OPENED) {
            int account = in.readInt();
            int code = in.readInt();
            long userData = in.readLong();
            String name = in.readUTF();
            boolean ringFenced = in.readBoolean();
            int codes = in.readInt();
            if (codes < 0 || codes > in.available() / Integer.BYTES) {
                throw new IOException("a count of debit codes within the payload, not " + codes);
            }
            Set<Integer> debitCodes = new LinkedHashSet<>();
            for (int i = 0; i < codes; i++) {
                debitCodes.add(in.readInt());
            }
            boolean review = in.readBoolean();
            return new AccountOpened(account, code, userData, name, ringFenced, debitCodes, review,
                    LocalDate.ofEpochDay(in.readLong()));
        }
        if (tag != TRANSFERRED) {
            throw new IOException("an event tag of 1 or 2, not " + tag);
        }
        TransferId id = readId(in);
        TransferKind kind = TransferKind.valueOf(in.readUTF());
        int debit = in.readInt();
        int credit = in.readInt();
        Gbp amount = Gbp.ofPence(in.readLong());
        LocalDate date = LocalDate.ofEpochDay(in.readLong());
        int code = in.readInt();
        long userData = in.readLong();
        TransferId reference = readId(in);
        long expires = in.readLong();
        return new TransferEvent(id, kind, debit, credit, amount, date, code, userData, reference,
                expires == NO_DATE ? null : LocalDate.ofEpochDay(expires));
    }

    // ---- the BudgetLedger calls the facade makes

    /** Opens a package's ledger. */
    static BudgetLedger open(CarePackageId carePackage, LocalDate openedOn, SpendPolicy policy, Period holdFor) {
        return BudgetLedger.open(carePackage, openedOn, policy, holdFor);
    }

    /**
     * Rebuilds a package's ledger from its journal and checks it is that package's, with the hash its writer had.
     *
     * @param expectedHash the budget ledger's hash the writer recorded after the last event; null when not recorded
     * @throws JournalStoreException (corrupt journal) if the journal does not replay, belongs to another package, or
     *     replays to another hash
     */
    static BudgetLedger replay(CarePackageId carePackage, List<LedgerEvent> journal, @Nullable String expectedHash,
            SpendPolicy policy, Period holdFor) {
        BudgetLedger ledger;
        try {
            // with the kept hash, the ledger itself refuses a journal changed since (field expectedHash)
            ledger = expectedHash == null ? BudgetLedger.replay(journal, policy, holdFor)
                    : BudgetLedger.replay(journal, expectedHash, policy, holdFor);
        } catch (InvalidValueException e) {
            throw JournalStoreException.CORRUPT.invalid("journal " + carePackage + " " + e.field(),
                    e.validValues(), e.givenValue());
        }
        if (!ledger.carePackage().equals(carePackage)) {
            throw JournalStoreException.CORRUPT.invalid("journal " + carePackage + " #1", "the opening of "
                    + carePackage + "'s account", "the opening of " + ledger.carePackage() + "'s");
        }
        String hash = ledger.hash();
        if (expectedHash != null && !hash.equals(expectedHash)) {
            throw JournalStoreException.CORRUPT.invalid("journal " + carePackage + " state hash", expectedHash
                    + ", what its writer had after event " + journal.size(), hash);
        }
        return ledger;
    }

    /** Returns the ledger's events from a position on (0 = the first). */
    static List<LedgerEvent> eventsSince(BudgetLedger ledger, int from) {
        List<LedgerEvent> journal = ledger.journal(); // O(journal): the ledger has no journal(from) yet
        return journal.size() <= from ? List.of() : journal.subList(from, journal.size());
    }

    /** Returns the ledger's whole journal. */
    static List<LedgerEvent> journal(BudgetLedger ledger) {
        return ledger.journal();
    }

    /** Returns the ledger's hash. */
    static String hash(BudgetLedger ledger) {
        return ledger.hash();
    }
}
