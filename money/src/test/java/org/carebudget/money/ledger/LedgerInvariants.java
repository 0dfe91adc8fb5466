package org.carebudget.money.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.carebudget.money.TransferId;

/**
 * The one invariant checker of a {@link Ledger}, used after every engine test and every step of the engine's action
 * chain: debits equal credits (posted and pending), no ring-fenced account is below zero now or at the end of any
 * date, the running totals equal those derived from the journal, the lifetime volume is the sum of what the journal
 * moved or reserved, every debit of a ring-fenced account carries an allowed code (or is a reviewed pending
 * transfer's post, or a reversal), and the journal replays to the same state and hash.
 */
final class LedgerInvariants {

    private LedgerInvariants() {
    }

    static void check(Ledger ledger) {
        List<LedgerEvent> journal = ledger.journal();
        conserved(ledger);
        SortedSet<LocalDate> dates = new TreeSet<>();
        long volume = 0;
        Map<TransferId, TransferEvent> byId = new HashMap<>();
        for (LedgerEvent event : journal) {
            dates.add(event.date());
            if (event instanceof TransferEvent t) {
                if (t.id() != null) {
                    byId.put(t.id(), t);
                }
                if (t.kind() != TransferKind.VOID && t.kind() != TransferKind.EXPIRE) {
                    volume += t.amount().pence();
                }
                ringFenceHeld(ledger, t, byId);
            }
        }
        assertEquals(volume, ledger.volume(), "volume differs from the journal's");
        for (int account = 0; account < ledger.accountCount(); account++) {
            assertEquals(ledger.balance(account), ledger.balanceAsOf(account, LocalDate.of(2200, 12, 31)),
                    "running totals of account " + account + " differ from the journal's");
            if (ledger.account(account).ringFenced()) {
                assertTrue(ledger.balance(account).available().pence() >= 0, "account " + account + " below zero");
                // totals change only on the dates of events, so checking those dates checks every date
                if (journal.size() < 2_000) {
                    for (LocalDate day : dates) {
                        assertTrue(ledger.balanceAsOf(account, day).available().pence() >= 0,
                                "account " + account + " below zero on " + day);
                    }
                }
            }
        }
        Ledger copy = Ledger.replay(journal);
        assertEquals(ledger.hash(), copy.hash(), "the journal replays to another hash");
        assertEquals(journal, copy.journal());
    }

    static void conserved(Ledger ledger) {
        long posted = 0;
        long pending = 0;
        for (int account = 0; account < ledger.accountCount(); account++) {
            AccountBalance balance = ledger.balance(account);
            assertTrue(balance.debitsPending() >= 0 && balance.creditsPending() >= 0 && balance.debitsPosted() >= 0
                    && balance.creditsPosted() >= 0, "a negative total: " + balance);
            posted += balance.creditsPosted() - balance.debitsPosted();
            pending += balance.creditsPending() - balance.debitsPending();
        }
        assertEquals(0, posted, "posted debits differ from posted credits");
        assertEquals(0, pending, "pending debits differ from pending credits");
    }

    private static void ringFenceHeld(Ledger ledger, TransferEvent t, Map<TransferId, TransferEvent> byId) {
        AccountOpened debited = ledger.account(t.debitAccount());
        if (!debited.ringFenced() || debited.debitCodes().contains(t.code())) {
            return;
        }
        boolean reviewed = debited.holdsOtherCodesForReview() && switch (t.kind()) {
            case PENDING, VOID, EXPIRE -> true;
            case POST -> byId.get(t.referenceId()).kind() == TransferKind.PENDING;
            default -> false;
        };
        boolean reversal = t.kind() == TransferKind.REVERSAL;
        assertTrue(reviewed || reversal, "account " + t.debitAccount() + " debited with code " + t.code() + ": " + t);
    }
}
