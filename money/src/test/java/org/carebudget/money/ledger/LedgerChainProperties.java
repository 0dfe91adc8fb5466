package org.carebudget.money.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.carebudget.money.LedgerException;
import org.carebudget.money.TransferId;

/**
 * The engine as a jqwik {@link ActionChain} checked against {@link LedgerModel}, a plain model of maps (as
 * {@link IdIndexProperties} checks the id index against a {@code HashMap}): transfers, pending transfers with and
 * without expiry, posts in full and in part, voids, expiries, reversals, linked batches, exact resubmissions and
 * resubmissions with other content, with ids drawn from a small range so that they collide, and dates that mostly
 * move forward and sometimes back. After every step the engine's outcome is the model's (a result, or a
 * {@code LedgerException} that changed nothing), every account's totals and every pending transfer's state are the
 * model's, and {@link LedgerInvariants#check} holds. 1,000 chains of up to 30 steps at the default setting.
 */
class LedgerChainProperties {

    static final LocalDate OPENED = LocalDate.of(2026, 4, 6);
    /** Accounts: 0 a funder (not ring-fenced), 1 and 2 ring-fenced streams, 3 and 4 payees. */
    static final int ACCOUNTS = 5;

    /** One step: {@code kind} picks the operation, the rest its arguments. */
    record Op(int kind, int id, int debit, int credit, long pence, int code, int move, int n) {
    }

    /** The engine and the model side by side. */
    static final class Run {
        final Ledger ledger = Ledger.create();
        LedgerModel model = new LedgerModel();
        final List<TransferRequest> created = new ArrayList<>();
        LocalDate day = OPENED;

        Run() {
            open(AccountRequest.of(2, "funder", OPENED), new LedgerModel.Account(false, Set.of(), false));
            open(AccountRequest.of(3, "stream-a", OPENED).ringFencedFor(Set.of(1, 2)),
                    new LedgerModel.Account(true, Set.of(1, 2), false));
            open(AccountRequest.of(3, "stream-b", OPENED).ringFencedFor(Set.of(1)).holdingOtherCodesForReview(),
                    new LedgerModel.Account(true, Set.of(1), true));
            open(AccountRequest.of(4, "pa-1", OPENED), new LedgerModel.Account(false, Set.of(), false));
            open(AccountRequest.of(4, "agency", OPENED), new LedgerModel.Account(false, Set.of(), false));
            submit(TransferRequest.transfer(TransferId.of(1_000), 0, 1, 100_000, OPENED, 9));
            submit(TransferRequest.transfer(TransferId.of(1_001), 0, 2, 100_000, OPENED, 9));
        }

        private void open(AccountRequest request, LedgerModel.Account account) {
            ledger.openAccount(request);
            model.open(account, OPENED);
        }

        void apply(Op op) {
            LocalDate date = day;
            TransferId id = TransferId.of(op.id());
            switch (op.kind()) {
                case 0 -> submit(TransferRequest.transfer(id, op.debit(), op.credit(), op.pence(), date, op.code()));
                case 1 -> submit(TransferRequest.transfer(id, op.debit(), op.credit(), op.pence(), date, op.code())
                        .withUserData(op.n() % 3));
                case 2, 3 -> submit(TransferRequest.pending(id, op.debit(), op.credit(), op.pence(), date, op.code(),
                        op.n() % 4 == 0 ? null : date.plusDays(1 + op.n() % 9)));
                case 4 -> submit(TransferRequest.post(id, pick(TransferKind.PENDING, op.n()),
                        op.n() % 2 == 0 ? op.pence() : 1 + op.pence() / 3, date));
                case 5 -> submit(TransferRequest.voidPending(id, pick(TransferKind.PENDING, op.n()), date));
                case 6 -> submit(TransferRequest.reversal(id, pick(null, op.n()), date));
                case 7 -> {
                    int expected = model.expire(date.plusDays(op.n() % 6));
                    assertEquals(expected, ledger.expirePending(date.plusDays(op.n() % 6)), "expired");
                }
                case 8 -> submitLinked(List.of(
                        TransferRequest.transfer(id, op.debit(), op.credit(), op.pence(), date, op.code()),
                        TransferRequest.transfer(TransferId.of(op.id() + 1L), 1 + op.n() % 2, 3 + op.n() % 2,
                                op.pence() / 2 + 1, date, 1)));
                case 9 -> {
                    if (!created.isEmpty()) {
                        TransferRequest again = created.get(op.n() % created.size());
                        assertEquals(TransferResult.EXISTS, ledger.submit(again), "resubmission of " + again);
                        Statistics.label("resubmitted").collect(true);
                    }
                }
                default -> submitLinked(created.isEmpty() ? List.of(TransferRequest.transfer(id, 0, 1, 5, date, 9))
                        : List.of(created.get(op.n() % created.size()), TransferRequest.transfer(id, 0, 1, 5, date,
                                9)));
            }
            day = op.move() < 0 ? (day.plusDays(op.move()).isBefore(OPENED) ? OPENED : day.plusDays(op.move()))
                    : day.plusDays(op.move());
        }

        /** Any recorded transfer of the kind (null: a transfer or a post), or an unknown id. */
        private TransferId pick(TransferKind kind, int n) {
            List<TransferId> ids = new ArrayList<>();
            for (Map.Entry<TransferId, LedgerModel.Rec> e : model.recorded.entrySet()) {
                TransferKind k = e.getValue().kind();
                if (kind == null ? k == TransferKind.TRANSFER || k == TransferKind.POST : k == kind) {
                    ids.add(e.getKey());
                }
            }
            ids.sort(null);
            return ids.isEmpty() || n % 7 == 6 ? TransferId.of(10_000 + n) : ids.get(n % ids.size());
        }

        void submit(TransferRequest request) {
            TransferResult expected = model.submit(request);
            String hash = ledger.hash();
            if (expected == null) {
                assertThrows(LedgerException.class, () -> ledger.submit(request), () -> "refusal of " + request);
                assertEquals(hash, ledger.hash(), "a refused request changed the journal");
                Statistics.label("outcome").collect("thrown");
                return;
            }
            assertEquals(expected, ledger.submit(request), () -> "outcome of " + request);
            if (expected == TransferResult.CREATED) {
                created.add(request);
            } else {
                assertEquals(hash, ledger.hash(), "a " + expected + " changed the journal");
            }
            Statistics.label("outcome").collect(expected.isConflict() ? "conflict" : expected.name());
        }

        void submitLinked(List<TransferRequest> batch) {
            LedgerModel[] after = {model};
            TransferResult expected = model.submitLinked(batch, after);
            String hash = ledger.hash();
            if (expected == null) {
                assertThrows(LedgerException.class, () -> ledger.submitLinked(batch), () -> "refusal of " + batch);
                assertEquals(hash, ledger.hash(), "a refused batch changed the journal");
                return;
            }
            assertEquals(expected, ledger.submitLinked(batch), () -> "outcome of " + batch);
            model = after[0];
            if (expected == TransferResult.CREATED) {
                created.addAll(batch);
            } else {
                assertEquals(hash, ledger.hash(), "a linked " + expected + " changed the journal");
            }
            Statistics.label("linked").collect(expected.name());
        }
    }

    static Arbitrary<Op> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers().between(1, 30),
                Arbitraries.integers().between(0, ACCOUNTS - 1), Arbitraries.integers().between(0, ACCOUNTS - 1),
                Arbitraries.longs().between(1, 60_000), Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(-2, 3), Arbitraries.integers().between(0, 60)).as(Op::new);
    }

    @Provide
    Arbitrary<ActionChain<Run>> chains() {
        return ActionChain.<Run>startWith(Run::new).withAction(new Step()).withMaxTransformations(30);
    }

    /** Any step, applied to the engine and the model together. */
    static final class Step implements Action.Independent<Run> {
        @Override
        public Arbitrary<Transformer<Run>> transformer() {
            return ops().map(op -> Transformer.mutate(op.toString(), run -> run.apply(op)));
        }
    }

    @Property
    void givenAnyChainOfOperations_thenTheEngineAgreesWithThePlainModelAfterEveryStep(
            @ForAll("chains") ActionChain<Run> chain) {
        chain.withInvariant("totals and pending transfers equal the model's", LedgerChainProperties::agrees)
                .withInvariant("ledger invariants", run -> LedgerInvariants.check(run.ledger))
                .run();
    }

    static void agrees(Run run) {
        for (int account = 0; account < ACCOUNTS; account++) {
            assertEquals(run.model.balance(account), run.ledger.balance(account), "account " + account);
        }
        for (Map.Entry<TransferId, String> pending : run.model.pendingState.entrySet()) {
            assertEquals(pending.getValue().equals("live"), run.ledger.isPendingOpen(pending.getKey()),
                    "pending " + pending.getKey() + " " + pending.getValue());
        }
        for (TransferId id : run.model.recorded.keySet()) {
            assertEquals(run.model.recorded.get(id).pence(), run.ledger.transferEvent(id).amount().pence());
        }
        assertEquals(run.model.volume, run.ledger.volume(), "volume");
    }
}
