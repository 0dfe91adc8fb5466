package org.carebudget.money.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.BudgetRun.Op;
import org.carebudget.money.ledger.AccountBalance;
import org.carebudget.money.ledger.AccountOpened;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.ledger.TransferKind;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendRequest;

/**
 * Properties of a budget ledger over random chains of operations ({@link BudgetRun}): money is never created or lost
 * and no stream goes below zero ({@link BudgetLedgerInvariants#check}); a ring-fenced stream never pays for what its
 * funder does not fund; what is committed but not spent is what the open holds reserve; resubmissions are no-ops and
 * rejected operations change nothing; replay gives the same state and hash; and receipts and a linked batch give the
 * same result in any order. Each property runs jqwik's default 1,000 tries.
 */
class BudgetLedgerProperties {

    @Provide
    Arbitrary<List<Op>> chains() {
        return BudgetRun.ops().list().ofMinSize(1).ofMaxSize(30);
    }

    @Property
    void givenAnyChain_thenMoneyIsNeverCreatedOrLostAndNoStreamGoesBelowZero(@ForAll("chains") List<Op> ops) {
        BudgetRun run = new BudgetRun();
        run.run(ops);

        BudgetLedgerInvariants.check(run.budget);
        Statistics.collect("invalid " + (run.rejectedUnchanged > 0), "refused " + (run.refusedUnchanged > 0),
                "resubmitted " + (run.resubmittedUnchanged > 0));
    }

    @Property
    void givenAnyChain_thenAStreamNeverPaysForWhatItsFunderDoesNotFund(@ForAll("chains") List<Op> ops) {
        BudgetRun run = new BudgetRun();
        run.run(ops);

        Map<Integer, FunderId> streams = new HashMap<>();
        Map<TransferId, TransferEvent> byId = new HashMap<>();
        for (LedgerEvent event : run.budget.journal()) {
            if (event instanceof AccountOpened opened && opened.code() == AccountRole.STREAM.code()) {
                streams.put(opened.account(), FunderId.of(opened.name()));
            }
            if (!(event instanceof TransferEvent t)) {
                continue;
            }
            if (t.id() != null) {
                byId.put(t.id(), t);
            }
            FunderId funder = streams.get(t.debitAccount());
            Purpose purpose = run.budget.purposeOf(t);
            if (funder == null || purpose.kind() != Purpose.Kind.SPEND
                    || run.budget.funds(funder).contains(purpose.category())) {
                continue;
            }
            // an unfunded category: never from a funder that rejects them; else only held, then approved
            assertEquals(UnfundedSpend.HOLD_FOR_REVIEW, run.budget.unfundedSpend(funder),
                    funder + " paid for " + purpose.category());
            boolean heldFirst = t.kind() == TransferKind.PENDING || t.kind() != TransferKind.TRANSFER
                    && t.kind() != TransferKind.REVERSAL && byId.get(t.referenceId()).kind() == TransferKind.PENDING;
            assertTrue(heldFirst || t.kind() == TransferKind.REVERSAL, funder + " paid for " + purpose.category()
                    + " without review: " + t);
            Statistics.label("unfunded held for review").collect(t.kind());
        }
    }

    @Property
    void givenAnyChain_thenWhatIsCommittedButNotSpentIsWhatTheOpenHoldsReserve(@ForAll("chains") List<Op> ops) {
        BudgetRun run = new BudgetRun();
        run.run(ops);
        DateRange always = DateRange.startingOn(BudgetRun.OPENED);

        long reserved = 0;
        for (FunderId funder : BudgetRun.FUNDERS) {
            reserved += run.budget.balance(funder).debitsPending();
        }

        assertEquals(Gbp.ofPence(reserved), run.budget.committed(null, always).minus(run.budget.spent(null, always)));
    }

    @Property
    void givenAnyChain_thenResubmissionsAreNoOpsAndChangeNothing(@ForAll("chains") List<Op> ops) {
        BudgetRun run = new BudgetRun();
        run.run(ops);
        String hash = run.budget.hash();
        AccountBalance balance = run.budget.balance(LocalDate.of(2200, 12, 31));

        for (Supplier<Boolean> resubmission : run.resubmissions) {
            assertTrue(resubmission.get());
        }

        assertEquals(hash, run.budget.hash());
        assertEquals(balance, run.budget.balance(LocalDate.of(2200, 12, 31)));
    }

    @Property
    void givenAnyChain_thenReplayingTheJournalGivesTheIdenticalStateAndHash(@ForAll("chains") List<Op> ops) {
        BudgetRun run = new BudgetRun();
        run.run(ops);

        BudgetLedger copy = BudgetLedger.replay(run.budget.journal(), run.budget.hash(), BudgetRun.POLICY,
                BudgetRun.HOLD_FOR);

        assertEquals(run.budget.journal(), copy.journal());
        assertEquals(run.budget.hash(), copy.hash());
        for (FunderId funder : BudgetRun.FUNDERS) {
            assertEquals(run.budget.balance(funder), copy.balance(funder));
            for (LocalDate day = BudgetRun.OPENED; day.isBefore(run.day.plusDays(12)); day = day.plusDays(5)) {
                assertEquals(run.budget.balance(funder, day), copy.balance(funder, day));
            }
        }
        for (PayeeId payee : BudgetRun.PAYEES) {
            assertEquals(run.budget.paidTo(payee), copy.paidTo(payee));
            assertEquals(run.budget.paymentsTo(payee), copy.paymentsTo(payee));
        }
        for (SpendCategory category : BudgetRun.CATEGORIES) {
            DateRange period = BudgetRun.PLAN.periodOf(run.day);
            assertEquals(run.budget.spent(category, period), copy.spent(category, period));
            assertEquals(run.budget.committed(category, period), copy.committed(category, period));
        }
        for (TransferId hold : run.holds) {
            assertEquals(run.budget.holdReasons(hold), copy.holdReasons(hold));
        }
    }

    /** Receipts from both funders, on assorted dates, as a list to be taken in one order and then another. */
    @Provide
    Arbitrary<List<long[]>> receipts() {
        return Arbitraries.longs().between(1, 1_000_000).list().ofMinSize(1).ofMaxSize(12)
                .map(amounts -> {
                    List<long[]> receipts = new ArrayList<>();
                    for (int i = 0; i < amounts.size(); i++) {
                        receipts.add(new long[] {i + 1, i % 2, amounts.get(i), amounts.get(i) % 20});
                    }
                    return receipts;
                });
    }

    @Property
    void givenReceiptsInAnyOrder_thenBalancesAndStatementsAreTheSame(@ForAll("receipts") List<long[]> receipts,
            @ForAll java.util.Random random) {
        List<long[]> shuffled = new ArrayList<>(receipts);
        java.util.Collections.shuffle(shuffled, random);

        BudgetRun first = receive(receipts);
        BudgetRun second = receive(shuffled);

        for (FunderId funder : BudgetRun.FUNDERS) {
            assertEquals(first.budget.balance(funder), second.budget.balance(funder));
            for (LocalDate day = BudgetRun.OPENED; day.isBefore(BudgetRun.OPENED.plusDays(21)); day = day.plusDays(1)) {
                assertEquals(first.budget.balance(funder, day), second.budget.balance(funder, day));
            }
            DateRange period = DateRange.of(BudgetRun.OPENED, BudgetRun.OPENED.plusDays(10));
            assertEquals(first.budget.statement(funder, period), second.budget.statement(funder, period));
        }
        BudgetLedgerInvariants.check(second.budget);
    }

    private static BudgetRun receive(List<long[]> receipts) {
        BudgetRun run = new BudgetRun();
        for (long[] r : receipts) {
            run.budget.receive(TransferId.of(r[0]), BudgetRun.FUNDERS.get((int) r[1]), Gbp.ofPence(r[2]),
                    BudgetRun.OPENED.plusDays(r[3]));
        }
        return run;
    }

    /** A payroll run: up to six spends of wages or training, to any payee, from either funder. */
    @Provide
    Arbitrary<List<SpendRequest>> batches() {
        Arbitrary<SpendRequest> spend = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 1),
                Arbitraries.longs().between(1, 150_000)).as((f, p, c, pence) -> new SpendRequest(TransferId.of(1),
                        BudgetRun.FUNDERS.get(f), BudgetRun.PAYEES.get(p),
                        c == 0 ? SpendCategory.PA_WAGES : SpendCategory.TRAINING, Gbp.ofPence(pence),
                        BudgetRun.OPENED.plusDays(3)));
        return spend.list().ofMinSize(1).ofMaxSize(6).map(list -> {
            List<SpendRequest> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                SpendRequest s = list.get(i);
                numbered.add(new SpendRequest(TransferId.of(100 + i), s.funder(), s.payee(), s.category(),
                        s.amount(), s.date()));
            }
            return numbered;
        });
    }

    @Property
    void givenALinkedBatchInAnyOrder_thenTheDecisionAndWhatItCommitsAreTheSame(
            @ForAll("batches") List<SpendRequest> batch, @ForAll java.util.Random random, @ForAll boolean paidBefore) {
        List<SpendRequest> shuffled = new ArrayList<>(batch);
        java.util.Collections.shuffle(shuffled, random);

        BudgetRun first = funded(paidBefore);
        BudgetRun second = funded(paidBefore);
        SpendDecision one = first.budget.spendLinked(batch).decision();
        SpendDecision other = second.budget.spendLinked(shuffled).decision();

        assertEquals(one.getClass(), other.getClass(), one + " / " + other);
        assertEquals(ruleIds(one), ruleIds(other));
        for (FunderId funder : BudgetRun.FUNDERS) {
            assertEquals(first.budget.balance(funder), second.budget.balance(funder));
        }
        DateRange always = DateRange.startingOn(BudgetRun.OPENED);
        assertEquals(first.budget.committed(null, always), second.budget.committed(null, always));
        BudgetLedgerInvariants.check(second.budget);
        Statistics.collect(one.getClass().getSimpleName());
    }

    private static BudgetRun funded(boolean paidBefore) {
        BudgetRun run = new BudgetRun();
        run.budget.receive(TransferId.of(1), BudgetRun.NHS, Gbp.ofPence(250_000), BudgetRun.OPENED);
        run.budget.receive(TransferId.of(2), BudgetRun.COUNCIL, Gbp.ofPence(100_000), BudgetRun.OPENED);
        if (paidBefore) {
            // each payee known to each funder, so the new-payee rule does not hold the batch
            long id = 10;
            for (FunderId funder : BudgetRun.FUNDERS) {
                for (PayeeId payee : BudgetRun.PAYEES) {
                    TransferId hold = TransferId.of(id++);
                    run.budget.spend(new SpendRequest(hold, funder, payee, SpendCategory.PA_WAGES, Gbp.ofPence(1),
                            BudgetRun.OPENED));
                    if (run.budget.journal().stream().anyMatch(e -> e instanceof TransferEvent t
                            && hold.equals(t.id()) && t.kind() == TransferKind.PENDING)) {
                        run.budget.approveHold(TransferId.of(id++), hold, Gbp.ofPence(1), BudgetRun.OPENED);
                    }
                }
            }
        }
        return run;
    }

    private static Set<String> ruleIds(SpendDecision decision) {
        Set<String> ids = new HashSet<>();
        decision.reasons().forEach(f -> ids.add(f.ruleId()));
        return ids;
    }
}
