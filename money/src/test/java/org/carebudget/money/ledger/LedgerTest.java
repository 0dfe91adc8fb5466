package org.carebudget.money.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.TransferId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's specification: transfers, pending / post / void / expire, reversals, linked batches with rollback,
 * idempotency and the {@code EXISTS_WITH_DIFFERENT_*} outcomes, limits, replay (with a hash and with links),
 * back-dating, overflow refusals and bad input. Every test ends with {@link LedgerInvariants#check}.
 */
class LedgerTest {

    static final LocalDate OPENED = LocalDate.of(2026, 4, 1);
    static final LocalDate DAY = LocalDate.of(2026, 4, 10);
    static final int WAGES = 1;
    static final int TRAINING = 2;
    static final int RECEIPT = 10;

    final Ledger ledger = Ledger.create();
    final int funder = ledger.openAccount(AccountRequest.of(2, "icb", OPENED));
    final int stream = ledger.openAccount(AccountRequest.of(3, "icb", OPENED).ringFencedFor(Set.of(WAGES)));
    final int payee = ledger.openAccount(AccountRequest.of(4, "pa-1", OPENED));

    LedgerTest() {
        assertEquals(TransferResult.CREATED, ledger.transfer(1, funder, stream, 100_000, OPENED, RECEIPT));
    }

    @AfterEach
    void invariantsHold() {
        LedgerInvariants.check(ledger);
    }

    static TransferId id(long n) {
        return TransferId.of(n);
    }

    TransferResult pending(long id, long pence, LocalDate date, LocalDate expiresOn) {
        return ledger.submit(TransferRequest.pending(id(id), stream, payee, pence, date, WAGES, expiresOn));
    }

    TransferResult post(long id, long pendingId, long pence, LocalDate date) {
        return ledger.submit(TransferRequest.post(id(id), id(pendingId), pence, date));
    }

    TransferResult voidPending(long id, long pendingId, LocalDate date) {
        return ledger.submit(TransferRequest.voidPending(id(id), id(pendingId), date));
    }

    TransferResult reverse(long id, long originalId, LocalDate date) {
        return ledger.submit(TransferRequest.reversal(id(id), id(originalId), date));
    }

    @Test
    void givenATransfer_thenItDebitsOneAccountAndCreditsTheOtherBySameAmount() {
        assertEquals(TransferResult.CREATED, ledger.transfer(2, stream, payee, 30_000, DAY, WAGES));

        assertEquals(Gbp.ofPence(70_000), ledger.balance(stream).posted());
        assertEquals(Gbp.ofPence(30_000), ledger.balance(payee).posted());
        assertEquals(Gbp.ofPence(-100_000), ledger.balance(funder).posted());
        assertEquals(130_000, ledger.volume());
    }

    @Test
    void givenTheSameIdAndContent_thenItIsANoOpThatSaysSo() {
        ledger.transfer(2, stream, payee, 30_000, DAY, WAGES);
        String hash = ledger.hash();

        assertEquals(TransferResult.EXISTS, ledger.transfer(2, stream, payee, 30_000, DAY, WAGES));
        assertEquals(TransferResult.EXISTS, ledger.submit(TransferRequest.transfer(id(2), stream, payee, 30_000, DAY,
                WAGES)));

        assertEquals(hash, ledger.hash());
        assertEquals(Gbp.ofPence(70_000), ledger.balance(stream).posted());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retries")
    void givenTheSameIdWithOtherContent_thenTheOutcomeNamesTheFieldThatDiffersAndNothingChanges(
            TransferResult expected, String field, TransferRequest retry) {
        ledger.submit(TransferRequest.pending(id(2), stream, payee, 30_000, DAY, WAGES, DAY.plusDays(7))
                .withUserData(7));
        ledger.transfer(3, stream, payee, 1_000, DAY, WAGES);
        String hash = ledger.hash();

        TransferResult result = ledger.submit(retry);

        assertEquals(expected, result);
        assertTrue(result.isConflict());
        assertFalse(result.isRecorded());
        assertEquals(field, result.differingField());
        assertEquals(hash, ledger.hash());
    }

    static Stream<Arguments> retries() {
        // accounts: 0 funder, 1 stream, 2 payee
        return Stream.of(
                Arguments.of(TransferResult.EXISTS_WITH_DIFFERENT_KIND, "kind",
                        TransferRequest.transfer(id(2), 1, 2, 30_000, DAY, WAGES)),
                Arguments.of(TransferResult.EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT, "debitAccount",
                        TransferRequest.pending(id(2), 0, 2, 30_000, DAY, WAGES, DAY.plusDays(7))),
                Arguments.of(TransferResult.EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT, "creditAccount",
                        TransferRequest.pending(id(2), 1, 0, 30_000, DAY, WAGES, DAY.plusDays(7))),
                Arguments.of(TransferResult.EXISTS_WITH_DIFFERENT_AMOUNT, "amount",
                        TransferRequest.pending(id(2), 1, 2, 31_000, DAY, WAGES, DAY.plusDays(7))),
                Arguments.of(TransferResult.EXISTS_WITH_DIFFERENT_DATE, "date",
                        TransferRequest.pending(id(2), 1, 2, 30_000, DAY.plusDays(1), WAGES, DAY.plusDays(7))),
                Arguments.of(TransferResult.EXISTS_WITH_DIFFERENT_CODE, "code",
                        TransferRequest.pending(id(2), 1, 2, 30_000, DAY, TRAINING, DAY.plusDays(7))),
                Arguments.of(TransferResult.EXISTS_WITH_DIFFERENT_EXPIRY, "expiresOn",
                        TransferRequest.pending(id(2), 1, 2, 30_000, DAY, WAGES, DAY.plusDays(8))),
                Arguments.of(TransferResult.EXISTS_WITH_DIFFERENT_USER_DATA, "userData",
                        TransferRequest.pending(id(2), 1, 2, 30_000, DAY, WAGES, DAY.plusDays(7)).withUserData(8)));
    }

    @Test
    void givenAPostResubmittedForAnotherPendingTransfer_thenItIsAReferenceConflict() {
        pending(2, 10_000, DAY, DAY.plusDays(7));
        pending(3, 10_000, DAY, DAY.plusDays(7));
        post(4, 2, 10_000, DAY);

        assertEquals(TransferResult.EXISTS, post(4, 2, 10_000, DAY));
        assertEquals(TransferResult.EXISTS_WITH_DIFFERENT_REFERENCE, post(4, 3, 10_000, DAY));
        assertEquals(TransferResult.EXISTS_WITH_DIFFERENT_AMOUNT, post(4, 2, 9_000, DAY));
        assertEquals(TransferResult.EXISTS_WITH_DIFFERENT_KIND, reverse(4, 1, DAY));
        assertEquals("referenceId", TransferResult.EXISTS_WITH_DIFFERENT_REFERENCE.differingField());
        assertTrue(ledger.isPendingOpen(id(3)));
    }

    @Test
    void givenUuidAndNumericIds_thenTheyAreDistinctTransfers() {
        TransferId uuid = TransferId.of(UUID.fromString("123e4567-e89b-42d3-a456-426614174000"));

        assertEquals(TransferResult.CREATED, ledger.submit(TransferRequest.transfer(uuid, stream, payee, 100, DAY,
                WAGES)));
        assertEquals(TransferResult.CREATED, ledger.transfer(2, stream, payee, 100, DAY, WAGES));

        assertTrue(ledger.contains(uuid));
        assertEquals(uuid, ledger.transferEvent(uuid).id());
        assertEquals(TransferResult.EXISTS, ledger.submit(TransferRequest.transfer(uuid, stream, payee, 100, DAY,
                WAGES)));
    }

    @Test
    void givenARingFencedAccount_thenItNeverGoesBelowZeroAndARefusalRecordsNothing() {
        String hash = ledger.hash();

        assertEquals(TransferResult.EXCEEDS_CREDITS, ledger.transfer(2, stream, payee, 100_001, DAY, WAGES));

        assertFalse(ledger.contains(id(2)));
        assertEquals(hash, ledger.hash());
        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).available());
        assertEquals(TransferResult.CREATED, ledger.transfer(2, stream, payee, 100_000, DAY, WAGES));
        assertEquals(Gbp.ZERO, ledger.balance(stream).available());
    }

    @Test
    void givenARingFencedAccount_thenItIsNeverDebitedWithACodeItDoesNotAllow() {
        assertEquals(TransferResult.CODE_NOT_ALLOWED, ledger.transfer(2, stream, payee, 100, DAY, TRAINING));
        assertEquals(TransferResult.CODE_NOT_ALLOWED, pendingWithCode(3, TRAINING));
        assertFalse(ledger.contains(id(2)));
        assertFalse(ledger.contains(id(3)));
    }

    private TransferResult pendingWithCode(long id, int code) {
        return ledger.submit(TransferRequest.pending(id(id), stream, payee, 100, DAY, code, null));
    }

    @Test
    void givenAnAccountHoldingOtherCodesForReview_thenAPendingTransferWithOneIsTakenButAPlainTransferIsRefused() {
        int reviewed = ledger.openAccount(AccountRequest.of(3, "council", OPENED).ringFencedFor(Set.of(WAGES))
                .holdingOtherCodesForReview());
        ledger.transfer(2, funder, reviewed, 5_000, OPENED, RECEIPT);

        assertEquals(TransferResult.CODE_NOT_ALLOWED, ledger.transfer(3, reviewed, payee, 100, DAY, TRAINING));
        assertEquals(TransferResult.CREATED, ledger.submit(TransferRequest.pending(id(4), reviewed, payee, 100, DAY,
                TRAINING, null)));
        assertEquals(TransferResult.CREATED, post(5, 4, 100, DAY));

        assertEquals(Gbp.ofPence(4_900), ledger.balance(reviewed).available());
        assertTrue(ledger.account(reviewed).holdsOtherCodesForReview());
    }

    @Test
    void givenAPendingTransfer_thenItReservesFundsUntilPostedInPartAndTheRestIsReleased() {
        pending(2, 40_000, DAY, DAY.plusDays(7));
        assertEquals(Gbp.ofPence(60_000), ledger.balance(stream).available());
        assertEquals(TransferResult.EXCEEDS_CREDITS, ledger.transfer(3, stream, payee, 60_001, DAY, WAGES));

        assertEquals(TransferResult.CREATED, post(3, 2, 25_000, DAY.plusDays(1)));

        assertEquals(Gbp.ofPence(75_000), ledger.balance(stream).available());
        assertEquals(Gbp.ofPence(25_000), ledger.balance(payee).posted());
        assertEquals(new AccountBalance(0, 25_000, 0, 100_000), ledger.balance(stream));
        assertFalse(ledger.isPendingOpen(id(2)));
    }

    @Test
    void givenAVoid_thenTheReservedFundsAreReleasedAndNothingMoves() {
        pending(2, 40_000, DAY, null);

        assertEquals(TransferResult.CREATED, voidPending(3, 2, DAY));

        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).available());
        assertEquals(AccountBalance.ZERO, ledger.balance(payee));
        TransferEvent released = ledger.transferEvent(id(3));
        assertEquals(TransferKind.VOID, released.kind());
        assertEquals(id(2), released.referenceId());
        assertEquals(WAGES, released.code());
    }

    @Test
    void givenAnExpiry_thenThePendingTransferExpiresOnItsExclusiveExpiryDateOnce() {
        pending(2, 40_000, DAY, DAY.plusDays(7));

        assertEquals(0, ledger.expirePending(DAY.plusDays(6)));
        assertEquals(1, ledger.expirePending(DAY.plusDays(7)));
        assertEquals(0, ledger.expirePending(DAY.plusDays(9)));

        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).available());
        assertEquals(Gbp.ofPence(40_000), ledger.balanceAsOf(stream, DAY.plusDays(6)).pending());
        assertEquals(Gbp.ZERO, ledger.balanceAsOf(stream, DAY.plusDays(7)).pending());
        TransferEvent expiry = (TransferEvent) ledger.event(ledger.size() - 1);
        assertEquals(TransferKind.EXPIRE, expiry.kind());
        assertNull(expiry.id());
        assertEquals(DAY.plusDays(7), expiry.date());
        LedgerException e = assertThrows(LedgerException.class, () -> post(3, 2, 100, DAY.plusDays(9)));
        assertEquals("pendingId", e.field());
        assertEquals("2 (expired)", e.givenValue());
    }

    @Test
    void givenAPostOnOrAfterTheExpiry_thenItIsRefusedEvenBeforeTheExpiryIsRecorded() {
        pending(2, 40_000, DAY, DAY.plusDays(7));

        LedgerException e = assertThrows(LedgerException.class, () -> post(3, 2, 100, DAY.plusDays(7)));

        assertEquals("date", e.field());
        assertEquals(TransferResult.CREATED, post(3, 2, 100, DAY.plusDays(6)));
    }

    @Test
    void givenAReversal_thenTheMoneyMovesBackOnceAndTheOriginalStays() {
        ledger.transfer(2, stream, payee, 30_000, DAY, WAGES);

        assertEquals(TransferResult.CREATED, reverse(3, 2, DAY.plusDays(1)));

        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).posted());
        assertEquals(Gbp.ZERO, ledger.balance(payee).posted());
        assertEquals(TransferResult.EXISTS, reverse(3, 2, DAY.plusDays(1)));
        LedgerException e = assertThrows(LedgerException.class, () -> reverse(4, 2, DAY.plusDays(1)));
        assertEquals("originalId", e.field());
        assertEquals(30_000, ledger.transferEvent(id(2)).amount().pence());
    }

    @Test
    void givenAReversalOfAPaymentTheRingFencedPayeeHasSpent_thenItIsRefusedForFunds() {
        int other = ledger.openAccount(AccountRequest.of(3, "council", OPENED).ringFencedFor(Set.of(WAGES)));
        ledger.transfer(2, stream, other, 30_000, DAY, WAGES);
        ledger.transfer(3, other, payee, 30_000, DAY, WAGES);

        assertEquals(TransferResult.EXCEEDS_CREDITS, reverse(4, 2, DAY));
        assertFalse(ledger.contains(id(4)));
    }

    @Test
    void givenLinkedTransfersWhereOneIsRefused_thenNoneIsRecorded() {
        int second = ledger.openAccount(AccountRequest.of(4, "pa-2", OPENED));
        String hash = ledger.hash();
        List<TransferRequest> payroll = List.of(
                TransferRequest.transfer(id(2), stream, payee, 60_000, DAY, WAGES),
                TransferRequest.transfer(id(3), stream, second, 50_000, DAY, WAGES));

        assertEquals(TransferResult.EXCEEDS_CREDITS, ledger.submitLinked(payroll));

        assertFalse(ledger.contains(id(2)));
        assertEquals(hash, ledger.hash());
        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).available());
    }

    @Test
    void givenALinkedBatchResubmitted_thenItIsANoOp() {
        List<TransferRequest> batch = List.of(
                TransferRequest.pending(id(2), stream, payee, 60_000, DAY, WAGES, null),
                TransferRequest.post(id(3), id(2), 50_000, DAY));
        assertEquals(TransferResult.CREATED, ledger.submitLinked(batch));
        String hash = ledger.hash();

        assertEquals(TransferResult.EXISTS, ledger.submitLinked(batch));

        assertEquals(hash, ledger.hash());
        assertEquals(Gbp.ofPence(50_000), ledger.balance(stream).available());
    }

    @Test
    void givenALinkedBatchMixingNewAndRecordedIds_thenItIsRefusedNamingThePositionAndNothingIsRecorded() {
        ledger.transfer(2, stream, payee, 1_000, DAY, WAGES);
        String hash = ledger.hash();

        LedgerException e = assertThrows(LedgerException.class, () -> ledger.submitLinked(List.of(
                TransferRequest.transfer(id(2), stream, payee, 1_000, DAY, WAGES),
                TransferRequest.transfer(id(3), stream, payee, 1_000, DAY, WAGES))));

        assertEquals("batch[1].id", e.field());
        assertEquals(hash, ledger.hash());
        assertFalse(ledger.contains(id(3)));
    }

    @Test
    void givenALinkedBatchWithAnInvalidTransfer_thenNothingIsRecordedAccountOpeningsIncluded() {
        String hash = ledger.hash();
        int accounts = ledger.accountCount();
        List<TransferRequest> batch = List.of(
                TransferRequest.pending(id(2), stream, payee, 60_000, DAY, WAGES, null),
                TransferRequest.post(id(3), id(2), 70_000, DAY));

        assertThrows(LedgerException.class, () -> ledger.submitLinked(batch));
        assertThrows(LedgerException.class, () -> ledger.atomically(l -> {
            l.openAccount(AccountRequest.of(4, "pa-9", OPENED));
            return l.submitLinked(batch);
        }));

        assertFalse(ledger.contains(id(2)));
        assertEquals(hash, ledger.hash());
        assertEquals(accounts, ledger.accountCount());
        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).available());
    }

    @Test
    void givenBalancesAndStatements_thenTheyHoldAsOfAnyDate() {
        ledger.transfer(2, stream, payee, 30_000, DAY, WAGES);
        pending(3, 10_000, DAY.plusDays(5), null);

        assertEquals(Gbp.ofPence(100_000), ledger.balanceAsOf(stream, DAY.minusDays(1)).posted());
        assertEquals(AccountBalance.ZERO, ledger.balanceAsOf(stream, OPENED.minusDays(1)));
        Statement statement = ledger.statement("stream icb", new int[] {stream},
                DateRange.of(DAY, DAY.plusDays(10)));

        assertEquals(Gbp.ofPence(100_000), statement.opening());
        assertEquals(Gbp.ZERO, statement.in());
        assertEquals(Gbp.ofPence(30_000), statement.out());
        assertEquals(Gbp.ofPence(10_000), statement.pending());
        assertEquals(Gbp.ofPence(70_000), statement.closing());
    }

    @Test
    void givenTransfersBetweenTwoAccountsBothWays_thenNetMovedCountsOnlyTheCodesAsked() {
        int other = ledger.openAccount(AccountRequest.of(3, "council", OPENED).ringFencedFor(Set.of(WAGES,
                TRAINING)));
        ledger.transfer(2, funder, other, 5_000, OPENED, RECEIPT);
        ledger.transfer(3, other, funder, 1_000, DAY, WAGES);
        ledger.transfer(4, other, funder, 700, DAY, TRAINING);

        assertEquals(4_000, ledger.netMoved(funder, other, Set.of(RECEIPT, WAGES)));
        assertEquals(-700, ledger.netMoved(funder, other, Set.of(TRAINING)));
    }

    @Test
    void givenTheJournal_thenReplayGivesTheIdenticalStateAndHash() {
        ledger.transfer(2, stream, payee, 30_000, DAY, WAGES);
        ledger.submit(TransferRequest.pending(id(3), stream, payee, 10_000, DAY, WAGES, DAY.plusDays(1))
                .withUserData(0b101));
        ledger.expirePending(DAY.plusDays(3));
        reverse(4, 2, DAY);

        Ledger copy = Ledger.replay(ledger.journal());
        Ledger checked = Ledger.replay(ledger.journal(), ledger.hash());

        assertEquals(ledger.journal(), copy.journal());
        assertEquals(ledger.hash(), copy.hash());
        assertEquals(ledger.hash(), checked.hash());
        assertEquals(ledger.links(), copy.links());
        assertEquals(ledger.hash(), ledger.links().get(ledger.size() - 1));
        assertEquals(ledger.volume(), copy.volume());
        for (int account = 0; account < ledger.accountCount(); account++) {
            assertEquals(ledger.balance(account), copy.balance(account));
            assertEquals(ledger.account(account), copy.account(account));
        }
    }

    @Test
    void givenAnEditedJournal_thenItGivesAnotherHashAndReplayWithTheKeptHashRefusesIt() {
        ledger.transfer(2, stream, payee, 30_000, DAY, WAGES);
        List<LedgerEvent> journal = new ArrayList<>(ledger.journal());
        TransferEvent spend = (TransferEvent) journal.get(4);
        journal.set(4, new TransferEvent(spend.id(), spend.kind(), spend.debitAccount(), spend.creditAccount(),
                Gbp.ofPence(29_000), spend.date(), spend.code(), 0, null, null));

        assertNotEquals(ledger.hash(), Ledger.replay(journal).hash());
        LedgerException e = assertThrows(LedgerException.class, () -> Ledger.replay(journal, ledger.hash()));
        assertEquals("expectedHash", e.field());
        LedgerException link = assertThrows(LedgerException.class,
                () -> Ledger.replayLinks(journal, ledger.links()));
        assertEquals("journal[4]", link.field());
    }

    @Test
    void givenAMalformedHash_thenReplayRefusesItBeforeReadingTheJournal() {
        LedgerException e = assertThrows(LedgerException.class, () -> Ledger.replay(ledger.journal(), "ABC"));

        assertEquals("expectedHash", e.field());
        assertThrows(LedgerException.class, () -> Ledger.replay(ledger.journal(), "x".repeat(10_000)));
        assertThrows(LedgerException.class, () -> Ledger.replay(ledger.journal(), ledger.hash().toUpperCase()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void givenAJournalEditedInAnyField_thenReplayWithTheKeptHashOrLinksRefusesItNamingThePosition(String what,
            int fromEnd, boolean stillApplies, UnaryOperator<TransferEvent> edit) {
        ledger.transfer(2, stream, payee, 30_000, DAY, WAGES);
        ledger.submit(TransferRequest.pending(id(3), stream, payee, 10_000, DAY, WAGES, DAY.plusDays(1)));
        voidPending(4, 3, DAY);
        reverse(5, 2, DAY);
        List<LedgerEvent> journal = new ArrayList<>(ledger.journal());
        int at = journal.size() - 1 - fromEnd;
        journal.set(at, edit.apply((TransferEvent) journal.get(at)));

        String hash = ledger.hash();
        List<String> links = ledger.links();

        assertThrows(LedgerException.class, () -> Ledger.replay(journal, hash));
        LedgerException e = assertThrows(LedgerException.class, () -> Ledger.replayLinks(journal, links));

        assertTrue(e.field().startsWith("journal[" + at + "]"), e.field());
        if (stillApplies) {
            assertNotEquals(hash, Ledger.replay(journal).hash());
        } else {
            assertTrue(assertThrows(LedgerException.class, () -> Ledger.replay(journal)).field()
                    .startsWith("journal[" + at + "]"));
        }
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("reversal amount", 0, false, (UnaryOperator<TransferEvent>) r -> new TransferEvent(r.id(),
                        r.kind(), r.debitAccount(), r.creditAccount(), Gbp.ofPence(1), r.date(), r.code(),
                        r.userData(), r.referenceId(), r.expiresOn())),
                Arguments.of("reversal code", 0, false, (UnaryOperator<TransferEvent>) r -> new TransferEvent(r.id(),
                        r.kind(), r.debitAccount(), r.creditAccount(), r.amount(), r.date(), TRAINING, r.userData(),
                        r.referenceId(), r.expiresOn())),
                Arguments.of("reversal accounts", 0, false, (UnaryOperator<TransferEvent>) r -> new TransferEvent(
                        r.id(), r.kind(), r.creditAccount(), r.debitAccount(), r.amount(), r.date(), r.code(),
                        r.userData(), r.referenceId(), r.expiresOn())),
                Arguments.of("void amount", 1, false, (UnaryOperator<TransferEvent>) v -> new TransferEvent(v.id(),
                        v.kind(), v.debitAccount(), v.creditAccount(), Gbp.ofPence(1), v.date(), v.code(),
                        v.userData(), v.referenceId(), v.expiresOn())),
                Arguments.of("void user data", 1, true, (UnaryOperator<TransferEvent>) v -> new TransferEvent(v.id(),
                        v.kind(), v.debitAccount(), v.creditAccount(), v.amount(), v.date(), v.code(), 99,
                        v.referenceId(), v.expiresOn())),
                Arguments.of("pending expiry", 2, true, (UnaryOperator<TransferEvent>) p -> new TransferEvent(p.id(),
                        p.kind(), p.debitAccount(), p.creditAccount(), p.amount(), p.date(), p.code(), p.userData(),
                        p.referenceId(), DAY.plusDays(2))),
                Arguments.of("transfer date", 3, false, (UnaryOperator<TransferEvent>) t -> new TransferEvent(t.id(),
                        t.kind(), t.debitAccount(), t.creditAccount(), t.amount(), OPENED.minusDays(1), t.code(),
                        t.userData(), t.referenceId(), t.expiresOn())),
                Arguments.of("transfer id", 3, false, (UnaryOperator<TransferEvent>) t -> new TransferEvent(id(1),
                        t.kind(), t.debitAccount(), t.creditAccount(), t.amount(), t.date(), t.code(),
                        t.userData(), t.referenceId(), t.expiresOn())));
    }

    @Test
    void givenMoneyInOnADate_thenADebitDatedBeforeItIsRefusedAndNothingChanges() {
        ledger.transfer(2, funder, stream, 50_000, DAY, RECEIPT);
        String hash = ledger.hash();

        LedgerException e = assertThrows(LedgerException.class,
                () -> ledger.transfer(3, stream, payee, 120_000, DAY.minusDays(5), WAGES));

        assertEquals("Invalid value for date (valid values on or after 2026-04-10, the date of the latest money into "
                + "or released on account icb): 2026-04-05", e.getMessage());
        assertEquals(hash, ledger.hash());
        assertEquals(Gbp.ofPence(150_000), ledger.balance(stream).available());
    }

    @Test
    void givenMoneyInOnADate_thenADebitOnThatDateOrLaterIsAccepted() {
        ledger.transfer(2, funder, stream, 50_000, DAY, RECEIPT);

        assertEquals(TransferResult.CREATED, ledger.transfer(3, stream, payee, 120_000, DAY, WAGES));
        assertTrue(ledger.balanceAsOf(stream, DAY).posted().pence() >= 0);
    }

    @Test
    void givenARefundIntoTheStream_thenAPendingTransferOrReversalDatedBeforeItIsRefused() {
        ledger.transfer(2, stream, payee, 30_000, OPENED, WAGES);
        ledger.transfer(3, payee, stream, 10_000, DAY, WAGES);

        assertThrows(LedgerException.class, () -> ledger.submit(TransferRequest.pending(id(4), stream, payee, 5_000,
                DAY.minusDays(1), WAGES, DAY)));
        assertThrows(LedgerException.class, () -> reverse(5, 1, DAY.minusDays(1)));
    }

    @Test
    void givenAPendingTransferVoidedOnADate_thenADebitDatedBeforeTheReleaseIsRefused() {
        ledger.submit(TransferRequest.pending(id(2), stream, payee, 100_000, OPENED, WAGES, DAY));
        voidPending(3, 2, DAY);

        assertThrows(LedgerException.class, () -> ledger.transfer(4, stream, payee, 100_000, DAY.minusDays(1),
                WAGES));
        assertEquals(TransferResult.CREATED, ledger.transfer(4, stream, payee, 100_000, DAY, WAGES));
    }

    @Test
    void givenALinkedBatchRolledBack_thenItsMoneyInNoLongerDatesTheAccount() {
        TransferResult result = ledger.submitLinked(List.of(
                TransferRequest.transfer(id(2), funder, stream, 50_000, DAY, RECEIPT),
                TransferRequest.transfer(id(3), stream, payee, 1_000_000, DAY, WAGES)));

        assertEquals(TransferResult.EXCEEDS_CREDITS, result);
        assertEquals(TransferResult.CREATED, ledger.transfer(4, stream, payee, 1_000, DAY.minusDays(5), WAGES));
    }

    @Test
    void givenAnAmountAboveTheLargestSingleAmount_thenItIsRefusedNamingTheLimit() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> ledger.transfer(2, funder, payee, Ledger.MAX_AMOUNT_PENCE + 1, DAY, RECEIPT));

        assertEquals("amount", e.field());
        assertEquals("1 - 100000000000 pence (up to £1000000000.00)", e.validValues());
        assertEquals("100000000001", e.givenValue());
        assertEquals(TransferResult.CREATED, ledger.transfer(2, funder, payee, Ledger.MAX_AMOUNT_PENCE, DAY,
                RECEIPT));
    }

    @Test
    void givenALedgerNearItsLifetimeVolume_thenATransferPastItIsRefusedAndNothingChanges() {
        Ledger big = Ledger.create();
        int from = big.openAccount(AccountRequest.of(2, "icb", OPENED));
        int to = big.openAccount(AccountRequest.of(4, "pa-1", OPENED));
        int steps = (int) (Ledger.MAX_VOLUME_PENCE / Ledger.MAX_AMOUNT_PENCE);
        for (int i = 1; i <= steps; i++) {
            big.transfer(i, from, to, Ledger.MAX_AMOUNT_PENCE, DAY, RECEIPT);
        }
        assertEquals(Ledger.MAX_VOLUME_PENCE, big.volume());
        String hash = big.hash();

        LedgerException e = assertThrows(LedgerException.class,
                () -> big.transfer(steps + 1L, from, to, 1, DAY, RECEIPT));

        assertEquals("amount", e.field());
        assertEquals("at most 0 pence, what this ledger can still take within its lifetime volume of "
                + "£10000000000000.00", e.validValues());
        assertEquals(hash, big.hash());
        assertEquals(Gbp.ofPence(Ledger.MAX_VOLUME_PENCE), big.balance(to).posted());
        assertEquals(Gbp.ofPence(-Ledger.MAX_VOLUME_PENCE), big.balance(from).posted());
        LedgerInvariants.check(big);
    }

    @Test
    void givenAFreshLedger_thenANullDateIsRefusedAsNullAndNothingIsRecorded() {
        Ledger fresh = Ledger.create();
        int from = fresh.openAccount(AccountRequest.of(2, "icb", LocalDate.EPOCH));
        int to = fresh.openAccount(AccountRequest.of(3, "icb", LocalDate.EPOCH).ringFencedFor(Set.of(WAGES)));

        LedgerException e = assertThrows(LedgerException.class, () -> fresh.transfer(1, from, to, 5, null, RECEIPT));

        assertEquals("date", e.field());
        assertEquals("null", e.givenValue());
        assertEquals(2, fresh.journal().size());
    }

    @Test
    void givenDatesOutsideTheSupportedRange_thenEveryEntryPointRefusesThem() {
        LocalDate before = LocalDate.of(1899, 12, 31);
        LocalDate after = LocalDate.of(2201, 1, 1);

        assertEquals("date", assertThrows(LedgerException.class,
                () -> ledger.transfer(2, funder, payee, 5, after, RECEIPT)).field());
        assertEquals("openedOn", assertThrows(LedgerException.class,
                () -> AccountRequest.of(2, "x", before)).field());
        assertEquals("asOf", assertThrows(LedgerException.class, () -> ledger.balanceAsOf(stream, LocalDate.MIN))
                .field());
        assertEquals("asOf", assertThrows(LedgerException.class, () -> ledger.expirePending(LocalDate.MAX)).field());
        assertEquals("expiresOn", assertThrows(LedgerException.class,
                () -> TransferRequest.pending(id(2), stream, payee, 5, DAY, WAGES, after)).field());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void givenBadInput_thenItIsRefusedNamingFieldRangeAndValueAndChangesNothing(String what,
            Consumer<LedgerTest> action, String message) {
        pending(50, 20_000, DAY, null);
        pending(51, 20_000, DAY, null);
        post(52, 51, 20_000, DAY);
        String hash = ledger.hash();
        List<LedgerEvent> journal = ledger.journal();
        AccountBalance balance = ledger.balance(stream);

        LedgerException e = assertThrows(LedgerException.class, () -> action.accept(this));

        assertEquals(message, e.getMessage());
        assertEquals(hash, ledger.hash());
        assertEquals(journal, ledger.journal());
        assertEquals(balance, ledger.balance(stream));
        assertTrue(ledger.isPendingOpen(id(50)));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("zero amount", (Consumer<LedgerTest>) t -> t.ledger.transfer(9, 1, 2, 0, DAY, WAGES),
                        "Invalid value for amount (valid values 1 - 100000000000 pence (up to £1000000000.00)): 0"),
                Arguments.of("negative amount", (Consumer<LedgerTest>) t -> t.ledger.transfer(9, 1, 2, -5, DAY,
                        WAGES), "Invalid value for amount (valid values 1 - 100000000000 pence (up to "
                                + "£1000000000.00)): -5"),
                Arguments.of("zero id", (Consumer<LedgerTest>) t -> t.ledger.transfer(0, 1, 2, 5, DAY, WAGES),
                        "Invalid value for id (valid values 1 - 9223372036854775807): 0"),
                Arguments.of("code zero", (Consumer<LedgerTest>) t -> t.ledger.transfer(9, 1, 2, 5, DAY, 0),
                        "Invalid value for code (valid values 1 - 65535): 0"),
                Arguments.of("code too large", (Consumer<LedgerTest>) t -> t.ledger.transfer(9, 1, 2, 5, DAY,
                        70_000), "Invalid value for code (valid values 1 - 65535): 70000"),
                Arguments.of("unknown account", (Consumer<LedgerTest>) t -> t.ledger.transfer(9, 1, 7, 5, DAY,
                        WAGES), "Invalid value for creditAccount (valid values 0 - 2): 7"),
                Arguments.of("negative account", (Consumer<LedgerTest>) t -> t.ledger.transfer(9, -1, 2, 5, DAY,
                        WAGES), "Invalid value for debitAccount (valid values 0 - 2): -1"),
                Arguments.of("same account", (Consumer<LedgerTest>) t -> t.ledger.transfer(9, 1, 1, 5, DAY, WAGES),
                        "Invalid value for creditAccount (valid values an account other than the debit account 1):"
                                + " 1"),
                Arguments.of("date before the account opened",
                        (Consumer<LedgerTest>) t -> t.ledger.transfer(9, 1, 2, 5, OPENED.minusDays(1), WAGES),
                        "Invalid value for date (valid values on or after 2026-04-01, when account icb opened): "
                                + "2026-03-31"),
                Arguments.of("post larger than pending", (Consumer<LedgerTest>) t -> t.post(9, 50, 20_001, DAY),
                        "Invalid value for amount (valid values 1 - 20000 pence (the pending amount)): 20001"),
                Arguments.of("post of no pending transfer", (Consumer<LedgerTest>) t -> t.post(9, 1, 5, DAY),
                        "Invalid value for pendingId (valid values the id of a pending transfer in this ledger): 1"),
                Arguments.of("post dated before the pending transfer",
                        (Consumer<LedgerTest>) t -> t.post(9, 50, 5, DAY.minusDays(1)),
                        "Invalid value for date (valid values on or after the pending transfer's date 2026-04-10):"
                                + " 2026-04-09"),
                Arguments.of("void of a posted transfer", (Consumer<LedgerTest>) t -> t.voidPending(9, 51, DAY),
                        "Invalid value for pendingId (valid values a pending transfer not yet posted, voided or "
                                + "expired): 51 (posted)"),
                Arguments.of("expiry before date", (Consumer<LedgerTest>) t -> t.pending(9, 5, DAY,
                        DAY.minusDays(1)), "Invalid value for expiresOn (valid values null, or after the date "
                                + "2026-04-10): 2026-04-09"),
                Arguments.of("reversal of a pending transfer", (Consumer<LedgerTest>) t -> t.reverse(9, 50, DAY),
                        "Invalid value for originalId (valid values the id of a posted transfer in this ledger): "
                                + "50"),
                Arguments.of("reversal dated before the original",
                        (Consumer<LedgerTest>) t -> t.reverse(9, 52, DAY.minusDays(1)),
                        "Invalid value for date (valid values on or after the original's date 2026-04-10): "
                                + "2026-04-09"),
                Arguments.of("null request", (Consumer<LedgerTest>) t -> t.ledger.submit(null),
                        "Invalid value for request (valid values not null): null"),
                Arguments.of("empty batch", (Consumer<LedgerTest>) t -> t.ledger.submitLinked(List.of()),
                        "Invalid value for batch (valid values at least one transfer): none"),
                Arguments.of("unknown transfer", (Consumer<LedgerTest>) t -> t.ledger.positionOf(id(999)),
                        "Invalid value for id (valid values the id of a transfer in this ledger): 999"),
                Arguments.of("position out of range", (Consumer<LedgerTest>) t -> t.ledger.event(99),
                        "Invalid value for position (valid values 0 - 6): 99"),
                Arguments.of("open-ended statement", (Consumer<LedgerTest>) t -> t.ledger.statement("s",
                        new int[] {1}, DateRange.startingOn(DAY)),
                        "Invalid value for period (valid values a range with an end): " + DateRange.startingOn(DAY)),
                Arguments.of("statement of no account", (Consumer<LedgerTest>) t -> t.ledger.statement("s",
                        new int[0], DateRange.of(DAY, DAY.plusDays(1))),
                        "Invalid value for accounts (valid values at least one account): none"));
    }

    @Test
    void givenAnAccountRequestThatIsNotRingFenced_thenHoldingOtherCodesIsRefused() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> AccountRequest.of(3, "icb", OPENED).holdingOtherCodesForReview());

        assertEquals("ringFenced", e.field());
        assertEquals(0, ledger.account(funder).debitCodes().size());
        assertEquals(Set.of(WAGES), ledger.account(stream).debitCodes());
    }

    @Test
    void givenAllowedCodesWithANull_thenTheRequestIsRefusedWithTheModuleException() {
        List<Integer> codes = new ArrayList<>();
        codes.add(WAGES);
        codes.add(null);

        LedgerException e = assertThrows(LedgerException.class,
                () -> AccountRequest.of(3, "icb", OPENED).ringFencedFor(codes));

        assertTrue(e.field().startsWith("allowedDebitCodes"), e.field());
    }
}
