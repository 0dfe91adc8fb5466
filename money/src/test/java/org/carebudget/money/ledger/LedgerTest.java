package org.carebudget.money.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LedgerTest {

    static final LocalDate OPENED = LocalDate.of(2026, 4, 1);
    static final LocalDate DAY = LocalDate.of(2026, 4, 10);

    Ledger ledger;
    int funder;
    int stream;
    int payee;

    @BeforeEach
    void given_a_funder_a_stream_funding_wages_and_a_payee() {
        ledger = Ledger.create();
        funder = ledger.openAccount("funder:icb", false, Set.of(), OPENED);
        stream = ledger.openAccount("stream:icb", true, EnumSet.of(SpendCategory.PA_WAGES), OPENED);
        payee = ledger.openAccount("payee:pa-1", false, Set.of(), OPENED);
        assertEquals(TransferResult.CREATED, ledger.transfer(1, funder, stream, 100_000, OPENED, null));
    }

    @Test
    void a_transfer_debits_one_account_and_credits_the_other() {
        assertEquals(TransferResult.CREATED, ledger.transfer(2, stream, payee, 30_000, DAY, SpendCategory.PA_WAGES));

        assertEquals(Gbp.ofPence(70_000), ledger.balance(stream).posted());
        assertEquals(Gbp.ofPence(30_000), ledger.balance(payee).posted());
        assertEquals(Gbp.ofPence(-100_000), ledger.balance(funder).posted());
    }

    @Test
    void the_same_id_with_the_same_content_is_a_no_op_that_says_so() {
        ledger.transfer(2, stream, payee, 30_000, DAY, SpendCategory.PA_WAGES);
        String hash = ledger.hash();

        assertEquals(TransferResult.EXISTS, ledger.transfer(2, stream, payee, 30_000, DAY, SpendCategory.PA_WAGES));
        assertEquals(hash, ledger.hash());
        assertEquals(Gbp.ofPence(70_000), ledger.balance(stream).posted());
    }

    @Test
    void the_same_id_with_other_content_is_an_error_naming_what_differs() {
        ledger.transfer(2, stream, payee, 30_000, DAY, SpendCategory.PA_WAGES);

        LedgerException e = assertThrows(LedgerException.class,
                () -> ledger.transfer(2, stream, payee, 31_000, DAY, SpendCategory.PA_WAGES));
        assertEquals("Invalid value for transfer 2 amount (valid values as first submitted: 30000): 31000",
                e.getMessage());
    }

    @Test
    void a_stream_never_goes_below_zero() {
        assertEquals(TransferResult.EXCEEDS_CREDITS,
                ledger.transfer(2, stream, payee, 100_001, DAY, SpendCategory.PA_WAGES));
        assertFalse(ledger.contains(2));
        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).available());
    }

    @Test
    void a_stream_never_pays_for_a_category_its_funder_does_not_fund() {
        assertEquals(TransferResult.CATEGORY_NOT_FUNDED,
                ledger.transfer(2, stream, payee, 100, DAY, SpendCategory.AGENCY_CARE));
    }

    @Test
    void a_pending_transfer_reserves_funds_until_posted_in_part() {
        ledger.hold(2, stream, payee, 40_000, DAY, SpendCategory.PA_WAGES, DAY.plusDays(7));
        assertEquals(Gbp.ofPence(60_000), ledger.balance(stream).available());
        assertEquals(TransferResult.EXCEEDS_CREDITS,
                ledger.transfer(3, stream, payee, 60_001, DAY, SpendCategory.PA_WAGES));

        assertEquals(TransferResult.CREATED, ledger.post(3, 2, 25_000, DAY.plusDays(1)));

        assertEquals(Gbp.ofPence(75_000), ledger.balance(stream).available());
        assertEquals(Gbp.ofPence(25_000), ledger.balance(payee).posted());
        assertFalse(ledger.isPendingOpen(2));
    }

    @Test
    void a_void_releases_the_reserved_funds() {
        ledger.hold(2, stream, payee, 40_000, DAY, SpendCategory.PA_WAGES, null);

        ledger.voidPending(3, 2, DAY);

        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).available());
        assertEquals(AccountBalance.ZERO, ledger.balance(payee));
    }

    @Test
    void holds_expire_the_day_after_their_expiry_date() {
        ledger.hold(2, stream, payee, 40_000, DAY, SpendCategory.PA_WAGES, DAY.plusDays(7));

        assertEquals(0, ledger.expirePending(DAY.plusDays(7)));
        assertEquals(1, ledger.expirePending(DAY.plusDays(8)));
        assertEquals(0, ledger.expirePending(DAY.plusDays(9)));

        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).available());
        assertEquals(Gbp.ofPence(40_000), ledger.balanceAsOf(stream, DAY.plusDays(7)).pending());
        assertEquals(Gbp.ZERO, ledger.balanceAsOf(stream, DAY.plusDays(8)).pending());
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.post(3, 2, 100, DAY.plusDays(9)));
        assertEquals("Invalid value for pendingId (valid values a pending transfer not yet posted, voided or expired):"
                + " 2 (expired)", e.getMessage());
    }

    @Test
    void a_reversal_moves_the_money_back_once() {
        ledger.transfer(2, stream, payee, 30_000, DAY, SpendCategory.PA_WAGES);

        assertEquals(TransferResult.CREATED, ledger.reverse(3, 2, DAY.plusDays(1)));

        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).posted());
        assertEquals(Gbp.ZERO, ledger.balance(payee).posted());
        assertThrows(LedgerException.class, () -> ledger.reverse(4, 2, DAY.plusDays(1)));
    }

    @Test
    void linked_transfers_succeed_or_fail_together() {
        int second = ledger.openAccount("payee:pa-2", false, Set.of(), OPENED);
        String hash = ledger.hash();
        List<TransferRequest> payroll = List.of(
                TransferRequest.transfer(2, stream, payee, 60_000, DAY, SpendCategory.PA_WAGES),
                TransferRequest.transfer(3, stream, second, 50_000, DAY, SpendCategory.PA_WAGES));

        assertEquals(TransferResult.EXCEEDS_CREDITS, ledger.submitLinked(payroll));

        assertFalse(ledger.contains(2));
        assertEquals(hash, ledger.hash());
        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).available());
    }

    @Test
    void a_linked_batch_resubmitted_is_a_no_op() {
        List<TransferRequest> batch = List.of(
                TransferRequest.hold(2, stream, payee, 60_000, DAY, SpendCategory.PA_WAGES, null),
                TransferRequest.post(3, 2, 50_000, DAY));
        assertEquals(TransferResult.CREATED, ledger.submitLinked(batch));

        assertEquals(TransferResult.EXISTS, ledger.submitLinked(batch));
        assertEquals(Gbp.ofPence(50_000), ledger.balance(stream).available());
    }

    @Test
    void a_linked_batch_with_an_invalid_transfer_records_nothing() {
        String hash = ledger.hash();
        List<TransferRequest> batch = List.of(
                TransferRequest.hold(2, stream, payee, 60_000, DAY, SpendCategory.PA_WAGES, null),
                TransferRequest.post(3, 2, 70_000, DAY));

        assertThrows(LedgerException.class, () -> ledger.submitLinked(batch));

        assertFalse(ledger.contains(2));
        assertEquals(hash, ledger.hash());
        assertEquals(Gbp.ofPence(100_000), ledger.balance(stream).available());
    }

    @Test
    void balances_and_statements_as_of_any_date() {
        ledger.transfer(2, stream, payee, 30_000, DAY, SpendCategory.PA_WAGES);
        ledger.hold(3, stream, payee, 10_000, DAY.plusDays(5), SpendCategory.PA_WAGES, null);

        assertEquals(Gbp.ofPence(100_000), ledger.balanceAsOf(stream, DAY.minusDays(1)).posted());
        Statement statement = ledger.statement("stream:icb", new int[] {stream},
                DateRange.of(DAY, DAY.plusDays(10)));

        assertEquals(Gbp.ofPence(100_000), statement.opening());
        assertEquals(Gbp.ZERO, statement.in());
        assertEquals(Gbp.ofPence(30_000), statement.out());
        assertEquals(Gbp.ofPence(10_000), statement.pending());
        assertEquals(Gbp.ofPence(70_000), statement.closing());
    }

    @Test
    void the_journal_replays_to_the_identical_state_and_hash() {
        ledger.transfer(2, stream, payee, 30_000, DAY, SpendCategory.PA_WAGES);
        ledger.submit(TransferRequest.hold(3, stream, payee, 10_000, DAY, SpendCategory.PA_WAGES, DAY)
                .withMemo("agency invoice 17"));
        ledger.expirePending(DAY.plusDays(3));
        ledger.reverse(4, 2, DAY);

        Ledger copy = Ledger.replay(ledger.journal());

        assertEquals(ledger.journal(), copy.journal());
        assertEquals(ledger.hash(), copy.hash());
        for (int account = 0; account < ledger.accountCount(); account++) {
            assertEquals(ledger.balance(account), copy.balance(account));
        }
    }

    @Test
    void an_edited_journal_gives_another_hash() {
        ledger.transfer(2, stream, payee, 30_000, DAY, SpendCategory.PA_WAGES);
        List<LedgerEvent> journal = new java.util.ArrayList<>(ledger.journal());
        TransferEvent spend = (TransferEvent) journal.get(4);
        journal.set(4, new TransferEvent(spend.id(), spend.kind(), spend.debitAccount(), spend.creditAccount(),
                Gbp.ofPence(29_000), spend.date(), spend.category(), 0, null, null));

        assertNotEquals(ledger.hash(), Ledger.replay(journal).hash());
    }

    @Test
    void given_money_in_on_a_date_then_a_spend_dated_before_it_is_rejected_and_nothing_changes() {
        ledger.transfer(2, funder, stream, 50_000, DAY, null);
        String hash = ledger.hash();

        LedgerException e = assertThrows(LedgerException.class,
                () -> ledger.transfer(3, stream, payee, 120_000, DAY.minusDays(5), SpendCategory.PA_WAGES));

        assertEquals("Invalid value for date (valid values on or after 2026-04-10, the date of the latest money into or "
                + "released on stream:icb): 2026-04-05", e.getMessage());
        assertEquals(hash, ledger.hash());
        assertEquals(Gbp.ofPence(150_000), ledger.balance(stream).available());
    }

    @Test
    void given_money_in_on_a_date_then_a_spend_on_that_date_or_later_is_accepted() {
        ledger.transfer(2, funder, stream, 50_000, DAY, null);

        assertEquals(TransferResult.CREATED, ledger.transfer(3, stream, payee, 120_000, DAY, SpendCategory.PA_WAGES));
        assertTrue(ledger.balanceAsOf(stream, DAY).posted().pence() >= 0);
    }

    @Test
    void given_a_refund_into_the_stream_then_a_hold_or_reversal_dated_before_it_is_rejected() {
        ledger.transfer(2, stream, payee, 30_000, OPENED, SpendCategory.PA_WAGES);
        ledger.transfer(3, payee, stream, 10_000, DAY, SpendCategory.PA_WAGES);

        assertThrows(LedgerException.class, () -> ledger.submit(TransferRequest.hold(4, stream, payee, 5_000,
                DAY.minusDays(1), SpendCategory.PA_WAGES, DAY)));
        assertThrows(LedgerException.class, () -> ledger.reverse(5, 1, DAY.minusDays(1)));
    }

    @Test
    void given_a_hold_voided_on_a_date_then_a_spend_dated_before_the_release_is_rejected() {
        ledger.submit(TransferRequest.hold(2, stream, payee, 100_000, OPENED, SpendCategory.PA_WAGES, DAY));
        ledger.voidPending(3, 2, DAY);

        assertThrows(LedgerException.class,
                () -> ledger.transfer(4, stream, payee, 100_000, DAY.minusDays(1), SpendCategory.PA_WAGES));
        assertEquals(TransferResult.CREATED, ledger.transfer(4, stream, payee, 100_000, DAY, SpendCategory.PA_WAGES));
    }

    @Test
    void given_a_linked_batch_rolled_back_then_its_money_in_no_longer_dates_the_stream() {
        TransferResult result = ledger.submitLinked(List.of(
                TransferRequest.transfer(2, funder, stream, 50_000, DAY, null),
                TransferRequest.transfer(3, stream, payee, 1_000_000, DAY, SpendCategory.PA_WAGES)));

        assertEquals(TransferResult.EXCEEDS_CREDITS, result);
        assertEquals(TransferResult.CREATED,
                ledger.transfer(4, stream, payee, 1_000, DAY.minusDays(5), SpendCategory.PA_WAGES));
    }

    @Test
    void given_an_account_near_the_largest_total_then_an_overflowing_transfer_is_refused_and_nothing_changes() {
        ledger.transfer(2, funder, payee, Gbp.MAX_PENCE - 100_010, DAY, null);
        String hash = ledger.hash();

        LedgerException e = assertThrows(LedgerException.class, () -> ledger.transfer(3, funder, payee, 11, DAY, null));

        assertEquals("Invalid value for amount (valid values at most 10 pence, what account funder:icb can still "
                + "total within £10000000000000.00): 11", e.getMessage());
        assertEquals(hash, ledger.hash());
    }

    @Test
    void given_a_fresh_ledger_then_a_null_date_is_rejected_as_null() {
        Ledger fresh = Ledger.create();
        int from = fresh.openAccount("funder:icb", false, Set.of(), LocalDate.EPOCH);
        int to = fresh.openAccount("stream:icb", true, EnumSet.of(SpendCategory.PA_WAGES), LocalDate.EPOCH);

        LedgerException e = assertThrows(LedgerException.class, () -> fresh.transfer(1, from, to, 5, null, null));

        assertEquals("Invalid value for date (valid values not null): null", e.getMessage());
        assertEquals(2, fresh.journal().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void given_a_journal_edited_in_any_field_then_replay_refuses_it(String what,
            java.util.function.UnaryOperator<TransferEvent> edit) {
        ledger.transfer(2, stream, payee, 30_000, DAY, SpendCategory.PA_WAGES);
        ledger.submit(TransferRequest.hold(3, stream, payee, 10_000, DAY, SpendCategory.PA_WAGES, DAY));
        ledger.voidPending(4, 3, DAY);
        ledger.reverse(5, 2, DAY);
        List<LedgerEvent> journal = new java.util.ArrayList<>(ledger.journal());
        int last = journal.size() - 1;
        int at = what.startsWith("void") ? last - 1 : last;
        journal.set(at, edit.apply((TransferEvent) journal.get(at)));

        LedgerException e = assertThrows(LedgerException.class, () -> Ledger.replay(journal));

        assertEquals("journal[" + at + "]", e.field());
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("void amount", (java.util.function.UnaryOperator<TransferEvent>) v -> new TransferEvent(
                        v.id(), v.kind(), v.debitAccount(), v.creditAccount(), Gbp.ofPence(1), v.date(),
                        v.category(), v.referenceId(), v.expiresOn(), v.memo())),
                Arguments.of("reversal category", (java.util.function.UnaryOperator<TransferEvent>) r ->
                        new TransferEvent(r.id(), r.kind(), r.debitAccount(), r.creditAccount(), r.amount(),
                                r.date(), SpendCategory.TRAINING, r.referenceId(), r.expiresOn(), r.memo())));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("zero amount", (Consumer<Ledger>) l -> l.transfer(9, 1, 2, 0, DAY, null),
                        "Invalid value for amount (valid values 1 - 1000000000000000 pence): 0"),
                Arguments.of("negative amount", (Consumer<Ledger>) l -> l.transfer(9, 1, 2, -5, DAY, null),
                        "Invalid value for amount (valid values 1 - 1000000000000000 pence): -5"),
                Arguments.of("zero id", (Consumer<Ledger>) l -> l.transfer(0, 1, 2, 5, DAY, null),
                        "Invalid value for id (valid values 1 - 9223372036854775807): 0"),
                Arguments.of("null date", (Consumer<Ledger>) l -> l.transfer(9, 1, 2, 5, null, null),
                        "Invalid value for date (valid values not null): null"),
                Arguments.of("unknown account", (Consumer<Ledger>) l -> l.transfer(9, 1, 7, 5, DAY, null),
                        "Invalid value for creditAccount (valid values 0 - 2): 7"),
                Arguments.of("same account", (Consumer<Ledger>) l -> l.transfer(9, 1, 1, 5, DAY, null),
                        "Invalid value for creditAccount (valid values an account other than the debit account 1): 1"),
                Arguments.of("date before the account opened",
                        (Consumer<Ledger>) l -> l.transfer(9, 1, 2, 5, OPENED.minusDays(1), null),
                        "Invalid value for date (valid values on or after 2026-04-01, when account stream:icb opened):"
                                + " 2026-03-31"),
                Arguments.of("post larger than pending", (Consumer<Ledger>) l -> l.post(9, 50, 20_001, DAY),
                        "Invalid value for amount (valid values 1 - 20000 pence (the pending amount)): 20001"),
                Arguments.of("post of no pending transfer", (Consumer<Ledger>) l -> l.post(9, 1, 5, DAY),
                        "Invalid value for pendingId (valid values the id of a pending transfer in this ledger): 1"),
                Arguments.of("void of a posted transfer", (Consumer<Ledger>) l -> l.voidPending(9, 51, DAY),
                        "Invalid value for pendingId (valid values a pending transfer not yet posted, voided or "
                                + "expired): 51 (posted)"),
                Arguments.of("expiry before date",
                        (Consumer<Ledger>) l -> l.hold(9, 1, 2, 5, DAY, null, DAY.minusDays(1)),
                        "Invalid value for expiresOn (valid values null or on or after date 2026-04-10): 2026-04-09"),
                Arguments.of("reversal of a pending transfer", (Consumer<Ledger>) l -> l.reverse(9, 50, DAY),
                        "Invalid value for originalId (valid values the id of a posted transfer in this ledger): 50"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void bad_input_is_rejected_with_a_specific_message_and_changes_nothing(String what, Consumer<Ledger> action,
            String message) {
        ledger.hold(50, stream, payee, 20_000, DAY, SpendCategory.PA_WAGES, null);
        ledger.hold(51, stream, payee, 20_000, DAY, SpendCategory.PA_WAGES, null);
        ledger.post(52, 51, 20_000, DAY);
        String hash = ledger.hash();
        List<LedgerEvent> journal = ledger.journal();
        AccountBalance balance = ledger.balance(stream);

        LedgerException e = assertThrows(LedgerException.class, () -> action.accept(ledger));

        assertEquals(message, e.getMessage());
        assertEquals(hash, ledger.hash());
        assertEquals(journal, ledger.journal());
        assertEquals(balance, ledger.balance(stream));
        assertTrue(ledger.isPendingOpen(50));
    }
}
