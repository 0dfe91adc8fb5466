package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.money.Gbp;
import org.junit.jupiter.api.Test;

/** Re-imported and overlapping downloads are recognised and never counted twice; nothing is dropped silently. */
class StatementHistoryTest {

    private static final String HSBC_DAY1 = "01/04/2026,COFFEE,-4.50\n01/04/2026,COFFEE,-4.50\n";

    private static int accounted(ImportOutcome outcome) {
        return outcome.added().size() + outcome.alreadyImported().size() + outcome.changed().size()
                + outcome.pendingHeld().size() + outcome.pendingSettled().size() + outcome.pendingStale().size();
    }

    @Test
    void givenTwoGenuineIdenticalPaymentsOnOneDay_thenBothAreKept() {
        ImportOutcome outcome = StatementHistory.empty("acct").add(StatementProfiles.HSBC.read(HSBC_DAY1));

        assertEquals(2, outcome.added().size());
        assertEquals(List.of(0, 1), outcome.added().stream().map(StatementLine::occurrence).sorted().toList());
    }

    @Test
    void givenTheSameFileImportedTwice_thenTheSecondImportAddsNothing() {
        BankStatement statement = StatementProfiles.HSBC.read(HSBC_DAY1 + "02/04/2026,TAXI,-9.00\n");
        StatementHistory once = StatementHistory.empty("acct").add(statement).history();

        ImportOutcome twice = once.add(statement);

        assertEquals(List.of(), twice.added());
        assertEquals(3, twice.alreadyImported().size());
        assertEquals(once, twice.history());
        assertEquals(3, accounted(twice));
    }

    @Test
    void givenAnOverlappingDownloadWithOneMoreIdenticalPayment_thenOnlyTheNewOneIsAdded() {
        StatementHistory history = StatementHistory.empty("acct")
                .add(StatementProfiles.HSBC.read("01/04/2026,COFFEE,-4.50\n")).history();

        ImportOutcome outcome = history.add(StatementProfiles.HSBC.read(HSBC_DAY1 + "02/04/2026,TAXI,-9.00\n"));

        assertEquals(2, outcome.added().size());
        assertEquals(1, outcome.alreadyImported().size());
        assertEquals(3, outcome.history().size());
    }

    @Test
    void givenRunningBalances_thenIdenticalPaymentsAreToldApartByTheirBalance() {
        String first = "Date,Type,Description,Value,Balance,Account Name,Account Number\n"
                + "01/04/2026,POS,COFFEE,-4.50,95.50,A,1\n";
        String second = "Date,Type,Description,Value,Balance,Account Name,Account Number\n"
                + "01/04/2026,POS,COFFEE,-4.50,91.00,A,1\n01/04/2026,POS,COFFEE,-4.50,95.50,A,1\n";
        StatementHistory history = StatementHistory.empty("acct").add(StatementProfiles.NATWEST.read(first))
                .history();

        ImportOutcome outcome = history.add(StatementProfiles.NATWEST.read(second));

        assertEquals(1, outcome.added().size());
        assertEquals(Gbp.ofPence(9100), outcome.added().get(0).balance());
        assertEquals(1, outcome.alreadyImported().size());
    }

    private static final String CARD_HEADER = "Transaction ID,Timestamp (UTC),Entry Type,Merchant,MCC,Amount,Currency,"
            + "Actual Balance,Blocked Balance,Available Balance,Reference\n";

    @Test
    void givenAnAuthorisationThatSettlesInTheNextDownload_thenItLeavesThePendingSnapshot() {
        String monday = CARD_HEADER + "c-1,2026-04-06T09:00:00Z,AUTHORISATION,GROCER,5411,-20.00,GBP,100.00,20.00,"
                + "80.00,\n";
        String wednesday = CARD_HEADER + "c-1,2026-04-06T09:00:00Z,SETTLEMENT,GROCER,5411,-20.00,GBP,80.00,0.00,"
                + "80.00,\nc-2,2026-04-08T09:00:00Z,AUTHORISATION,TAXI,4121,-7.00,GBP,80.00,7.00,73.00,\n";
        ImportOutcome first = StatementHistory.empty("card").add(StatementProfiles.PREPAID_CARD.read(monday));
        assertEquals(1, first.pendingHeld().size());

        ImportOutcome second = first.history().add(StatementProfiles.PREPAID_CARD.read(wednesday));

        assertEquals(1, second.added().size());
        assertEquals(List.of("c-2"), second.history().pending().stream().map(StatementLine::transactionId).toList());
        assertEquals(List.of("c-1"), second.pendingReleased().stream().map(StatementLine::transactionId).toList());
        assertEquals(2, accounted(second));
    }

    @Test
    void givenAnOlderDownloadImportedLate_thenItsPendingLinesDoNotReplaceTheNewerSnapshot() {
        String newer = CARD_HEADER + "c-2,2026-04-08T09:00:00Z,AUTHORISATION,TAXI,4121,-7.00,GBP,80.00,7.00,73.00,\n";
        String older = CARD_HEADER + "c-1,2026-04-06T09:00:00Z,AUTHORISATION,GROCER,5411,-20.00,GBP,100.00,20.00,"
                + "80.00,\n";
        StatementHistory history = StatementHistory.empty("card").add(StatementProfiles.PREPAID_CARD.read(newer))
                .history();

        ImportOutcome outcome = history.add(StatementProfiles.PREPAID_CARD.read(older));

        assertEquals(1, outcome.pendingStale().size());
        assertEquals(List.of("c-2"), outcome.history().pending().stream().map(StatementLine::transactionId).toList());
    }

    @Test
    void givenATransactionIdSeenWithOtherContent_thenTheHeldLineIsKeptAndTheChangeReported() {
        StatementLine original = StatementLine.of(LocalDate.of(2026, 4, 1), Gbp.ofPence(-500), "SHOP")
                .withTransactionId("tx-9");
        StatementHistory history = StatementHistory.empty("m").add(BankStatement.of(List.of(original))).history();

        ImportOutcome outcome = history.add(BankStatement.of(List.of(original.withBalance(Gbp.ofPence(100)))));

        assertEquals(1, outcome.changed().size());
        assertEquals(List.of(original), outcome.history().settled());
    }

    @Test
    void givenAHistory_thenItsStatementHoldsEveryLineOnceOldestFirst() {
        StatementHistory history = StatementHistory.empty("acct")
                .add(StatementProfiles.HSBC.read("03/04/2026,B,-1.00\n")).history()
                .add(StatementProfiles.HSBC.read(HSBC_DAY1)).history();

        BankStatement statement = history.statement();

        assertEquals(3, statement.lines().size());
        assertEquals(LocalDate.of(2026, 4, 1), statement.lines().get(0).date());
        assertTrue(history.contains(statement.lines().get(2).fingerprint()));
    }
}
