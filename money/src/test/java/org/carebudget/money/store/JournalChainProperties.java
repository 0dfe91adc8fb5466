package org.carebudget.money.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.api.Test;

/** The chain: built by {@link JournalHead#next}, verified by {@link JournalChain#verify}; any edit of a row is found. */
class JournalChainProperties {

    static final CarePackageId PKG = CarePackageId.of("pkg-1");

    static List<StoredEvent> journal(int size) {
        List<StoredEvent> events = new ArrayList<>();
        JournalHead head = JournalHead.empty(PKG);
        for (int i = 0; i < size; i++) {
            StoredEvent event = head.next(i % 3 == 0 ? "account-opened" : "transfer", "{\"n\":" + i + "}",
                    i % 2 == 0 ? "ab".repeat(32) : null);
            events.add(event);
            head = JournalHead.after(event);
        }
        return events;
    }

    /** Row {@code at} with one field changed, its chain hash kept. */
    static StoredEvent edited(StoredEvent row, int field, String text) {
        return switch (field) {
            case 0 -> StoredEvent.of(row.carePackage(), row.sequence(), row.kind(), row.payload() + text,
                    row.chainHash(), row.stateHash());
            case 1 -> StoredEvent.of(row.carePackage(), row.sequence(), row.kind().equals("transfer") ? "transfer2"
                    : "transfer", row.payload(), row.chainHash(), row.stateHash());
            case 2 -> StoredEvent.of(row.carePackage(), row.sequence(), row.kind(), row.payload(), row.chainHash(),
                    row.stateHash() == null ? "cd".repeat(32) : null);
            default -> StoredEvent.of(CarePackageId.of("pkg-2"), row.sequence(), row.kind(), row.payload(),
                    row.chainHash(), row.stateHash());
        };
    }

    @Property
    void givenAJournal_thenItVerifiesToItsLastHead(@ForAll @IntRange(min = 0, max = 30) int size) {
        List<StoredEvent> events = journal(size);
        JournalHead end = JournalChain.verify(LedgerException.CHECKS, JournalHead.empty(PKG), events, "journal");
        assertEquals(size == 0 ? JournalHead.empty(PKG) : JournalHead.after(events.get(size - 1)), end);
    }

    @Property
    void givenAnyOneRowEdited_thenVerifyNamesThatRow(@ForAll @IntRange(min = 1, max = 30) int size,
            @ForAll @IntRange(min = 0, max = 29) int row, @ForAll @IntRange(min = 0, max = 3) int field,
            @ForAll @StringLength(min = 1, max = 5) String text) {
        List<StoredEvent> events = new ArrayList<>(journal(size));
        int at = row % size;
        events.set(at, edited(events.get(at), field, text));

        LedgerException e = assertThrows(LedgerException.class,
                () -> JournalChain.verify(LedgerException.CHECKS, JournalHead.empty(PKG), events, "journal"));

        assertEquals("journal[" + at + "]." + (field == 3 ? "carePackage" : "chainHash"), e.field());
    }

    @Property
    void givenARowRemovedOrTwoSwapped_thenVerifyNamesWhereTheOrderBreaks(@ForAll @IntRange(min = 2, max = 30) int size,
            @ForAll @IntRange(min = 0, max = 28) int row) {
        List<StoredEvent> removed = new ArrayList<>(journal(size));
        int at = row % (size - 1);
        removed.remove(at);
        List<StoredEvent> swapped = new ArrayList<>(journal(size));
        swapped.set(at, journal(size).get(at + 1));
        swapped.set(at + 1, journal(size).get(at));

        for (List<StoredEvent> broken : List.of(removed, swapped)) {
            LedgerException e = assertThrows(LedgerException.class,
                    () -> JournalChain.verify(LedgerException.CHECKS, JournalHead.empty(PKG), broken, "journal"));
            assertEquals("journal[" + at + "].sequence", e.field());
        }
    }

    @Test
    void givenTheSameContent_thenTheSameLinkAndAnyFieldChangesIt() {
        String link = JournalChain.link(JournalChain.GENESIS, PKG, 1, "transfer", "{}", null);
        assertEquals(link, JournalChain.link(JournalChain.GENESIS, PKG, 1, "transfer", "{}", null));
        assertEquals(64, link.length());
        for (String other : List.of(JournalChain.link("ab".repeat(32), PKG, 1, "transfer", "{}", null),
                JournalChain.link(JournalChain.GENESIS, CarePackageId.of("pkg-2"), 1, "transfer", "{}", null),
                JournalChain.link(JournalChain.GENESIS, PKG, 2, "transfer", "{}", null),
                JournalChain.link(JournalChain.GENESIS, PKG, 1, "transfers", "{}", null),
                JournalChain.link(JournalChain.GENESIS, PKG, 1, "transfer", "{ }", null),
                JournalChain.link(JournalChain.GENESIS, PKG, 1, "transfer", "{}", "ab".repeat(32)),
                // lengths are hashed, so moving a character from the kind to the payload changes the link
                JournalChain.link(JournalChain.GENESIS, PKG, 1, "transfe", "r{}", null))) {
            assertNotEquals(link, other);
        }
    }

    @Test
    void givenAMalformedHash_thenRefusedByName() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> JournalChain.link("AB".repeat(32), PKG, 1, "transfer", "{}", null));
        assertEquals("previous", e.field());
        assertEquals("chainHash", assertThrows(LedgerException.class,
                () -> new JournalHead(PKG, 0, "ab".repeat(32))).field());
    }
}
