package org.carebudget.jdbc;

import static org.carebudget.jdbc.Ledgers.DAY;
import static org.carebudget.jdbc.Ledgers.ICB;
import static org.carebudget.jdbc.Ledgers.PA;
import static org.carebudget.jdbc.Ledgers.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferKind;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;
import org.carebudget.money.store.JournalHead;
import org.carebudget.money.store.JournalSnapshot;
import org.carebudget.money.store.StoredEvent;
import org.junit.jupiter.api.Test;

/** The adapter: every kind of event through its row (JSON) and its snapshot (binary) and back, unchanged. */
class LedgerEventCodecTest {

    static final CarePackageId PKG = CarePackageId.of("pkg-codec");
    final LedgerEventCodec codec = LedgerEventCodec.INSTANCE;

    /** A journal with every transfer kind: holds (pending, with expiry and memo), posts, voids, expiries, reversals. */
    static List<LedgerEvent> everyKind() {
        SpendPolicy holding = SpendPolicy.standard(new SupportPlanBudget(DAY, 4,
                Map.of(SpendCategory.PA_WAGES, pounds(100_000)), pounds(100_000)));
        BudgetLedger ledger = BudgetLedger.open(PKG, DAY, holding, 14);
        ledger.addFunder(ICB, EnumSet.of(SpendCategory.PA_WAGES, SpendCategory.TRAINING), DAY);
        ledger.addPayee(PA, DAY);
        ledger.receive(1, ICB, pounds(5000), DAY);
        ledger.spend(new SpendRequest(2, ICB, PA, SpendCategory.PA_WAGES, pounds(100), DAY)); // held: first payment
        ledger.post(3, 2, pounds(60), DAY.plusDays(1));
        ledger.spend(new SpendRequest(4, ICB, PA, SpendCategory.TRAINING, pounds(10), DAY.plusDays(2)));
        ledger.voidHold(5, 4, DAY.plusDays(3));
        ledger.spend(new SpendRequest(6, ICB, PA, SpendCategory.TRAINING, pounds(11), DAY.plusDays(3)));
        ledger.expireHolds(DAY.plusDays(30));
        ledger.reverse(7, 3, DAY.plusDays(31));
        return ledger.journal();
    }

    @Test
    void givenEveryKindOfEvent_thenRowsAndSnapshotsGiveThemBackUnchanged() {
        List<LedgerEvent> journal = everyKind();
        assertEquals(EnumSet.allOf(TransferKind.class), journal.stream().filter(TransferEvent.class::isInstance)
                .map(e -> ((TransferEvent) e).kind()).collect(java.util.stream.Collectors.toCollection(
                        () -> EnumSet.noneOf(TransferKind.class))), "the journal holds every transfer kind");

        JournalHead head = JournalHead.empty(PKG);
        for (LedgerEvent event : journal) {
            StoredEvent row = head.next(LedgerEventCodec.kind(event), codec.payload(event), null);
            assertEquals(event, codec.decode(row));
            head = JournalHead.after(row);
        }
        JournalSnapshot snapshot = JournalSnapshot.of(PKG, journal.size(), head.chainHash(), "ab".repeat(32),
                LedgerEventCodec.SNAPSHOT_FORMAT, codec.snapshot(journal));
        assertEquals(journal, codec.decode(snapshot));
    }

    @Test
    void givenABadSnapshot_thenItIsCorruptNamingWhy() {
        List<LedgerEvent> journal = everyKind();
        byte[] bytes = codec.snapshot(journal);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        for (JournalSnapshot bad : List.of(
                JournalSnapshot.of(PKG, journal.size(), "ab".repeat(32), "ab".repeat(32), "ledger-events.json.v1", bytes),
                JournalSnapshot.of(PKG, journal.size() + 1, "ab".repeat(32), "ab".repeat(32),
                        LedgerEventCodec.SNAPSHOT_FORMAT, bytes),
                JournalSnapshot.of(PKG, journal.size(), "ab".repeat(32), "ab".repeat(32),
                        LedgerEventCodec.SNAPSHOT_FORMAT, cut),
                JournalSnapshot.of(PKG, journal.size(), "ab".repeat(32), "ab".repeat(32),
                        LedgerEventCodec.SNAPSHOT_FORMAT, longer))) {
            JournalStoreException e = assertThrows(JournalStoreException.class, () -> codec.decode(bad));
            assertEquals(JournalStoreException.Reason.CORRUPT_JOURNAL, e.reason(), e::getMessage);
        }
    }

    @Test
    void givenARowWhoseKindIsNotItsPayloads_thenItIsCorrupt() {
        LedgerEvent opening = everyKind().get(0);
        StoredEvent row = JournalHead.empty(PKG).next("transfer", codec.payload(opening), null);

        JournalStoreException e = assertThrows(JournalStoreException.class, () -> codec.decode(row));

        assertEquals("journal pkg-codec #1.payload", e.field());
        assertEquals("a account-opened event", e.givenValue());
    }
}
