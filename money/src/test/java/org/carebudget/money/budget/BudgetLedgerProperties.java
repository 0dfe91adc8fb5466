package org.carebudget.money.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.ledger.AccountBalance;
import org.carebudget.money.ledger.AccountOpened;
import org.carebudget.money.ledger.Ledger;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;

/**
 * Stateful properties of a budget ledger over random chains of operations: receipts, spends (single and linked),
 * posts, voids, expiries, refunds, reversals, clawbacks, resubmissions and invalid operations. Each property runs
 * jqwik's default 1,000 chains.
 */
class BudgetLedgerProperties {

    static final LocalDate OPENED = LocalDate.of(2026, 4, 6);
    static final List<FunderId> FUNDERS = List.of(FunderId.of("nhs-icb"), FunderId.of("council"));
    static final List<PayeeId> PAYEES = List.of(PayeeId.of("pa-1"), PayeeId.of("pa-2"), PayeeId.of("agency"));
    static final SpendCategory[] CATEGORIES = {SpendCategory.PA_WAGES, SpendCategory.TRAINING,
        SpendCategory.AGENCY_CARE, SpendCategory.EQUIPMENT_AND_ONE_OFF};
    static final SpendPolicy POLICY = SpendPolicy.standard(new SupportPlanBudget(OPENED, 4,
            Map.of(SpendCategory.PA_WAGES, Gbp.ofPence(300_000), SpendCategory.TRAINING, Gbp.ofPence(20_000),
                    SpendCategory.AGENCY_CARE, Gbp.ofPence(100_000)), Gbp.ofPence(350_000)));

    /** One step of a chain; {@code a}, {@code b}, {@code c} pick funders, payees, holds and amounts. */
    record Op(int kind, int a, int b, int c, long pence) {
    }

    /** One step of any kind, as {@link #chains()} draws them. */
    static Arbitrary<Op> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers()
                .between(0, 50), Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50),
                Arbitraries.longs().between(1, 250_000)).as(Op::new);
    }

    @Provide
    Arbitrary<List<Op>> chains() {
        return ops().list().ofMinSize(1).ofMaxSize(30);
    }

    /** Runs a chain, checking after each step that a step which threw changed nothing. */
    static final class Run {
        final BudgetLedger budget = BudgetLedger.open(CarePackageId.of("pkg-p"), OPENED, POLICY, 7);
        final List<Long> holds = new ArrayList<>();
        final List<Long> postedIds = new ArrayList<>();
        final List<Supplier<Boolean>> resubmissions = new ArrayList<>();
        long nextId = 1;
        LocalDate day = OPENED;
        int rejectedUnchanged;
        int refusedUnchanged;
        int resubmittedUnchanged;

        Run() {
            budget.addFunder(FUNDERS.get(0), EnumSet.of(SpendCategory.PA_WAGES, SpendCategory.TRAINING), OPENED);
            budget.addFunder(FUNDERS.get(1), EnumSet.of(SpendCategory.PA_WAGES, SpendCategory.AGENCY_CARE,
                    SpendCategory.EQUIPMENT_AND_ONE_OFF), OPENED);
            PAYEES.forEach(payee -> budget.addPayee(payee, OPENED));
        }

        void run(List<Op> ops) {
            ops.forEach(this::apply);
        }

        /** Applies one step, checking that a step which threw changed nothing, then moves the day. */
        void apply(Op op) {
            String hash = budget.hash();
            int size = budget.journal().size();
            try {
                step(op);
            } catch (LedgerException e) {
                assertEquals(hash, budget.hash(), "a rejected operation changed the hash");
                assertEquals(size, budget.journal().size());
                rejectedUnchanged++;
            }
            // mostly forward, sometimes back: a back-dated debit must be refused, not take a stream below zero
            day = op.b() % 9 == 8 && day.isAfter(OPENED.plusDays(1)) ? day.minusDays(2) : day.plusDays(op.a() % 3);
        }

        void step(Op op) {
            FunderId funder = FUNDERS.get(op.a() % FUNDERS.size());
            PayeeId payee = PAYEES.get(op.b() % PAYEES.size());
            SpendCategory category = CATEGORIES[op.c() % CATEGORIES.length];
            long id = nextId++;
            LocalDate date = day;
            switch (op.kind()) {
                case 0 -> recorded(id, () -> budget.receive(id, funder, Gbp.ofPence(op.pence() * 2), date).isRecorded());
                case 1 -> spend(id, List.of(new SpendRequest(id, funder, payee, category, Gbp.ofPence(op.pence()),
                        date)));
                case 2 -> {
                    long second = nextId++;
                    spend(id, List.of(new SpendRequest(id, funder, payee, category, Gbp.ofPence(op.pence()), date),
                            new SpendRequest(second, FUNDERS.get((op.a() + 1) % 2), PAYEES.get((op.b() + 1) % 3),
                                    SpendCategory.PA_WAGES, Gbp.ofPence(op.pence() / 2 + 1), date)));
                }
                case 3 -> {
                    long hold = pick(holds, op.c());
                    recorded(id, () -> budget.post(id, hold, Gbp.ofPence(1 + op.pence() % 50_000), date)
                            .isRecorded());
                    holds.remove(hold);
                }
                case 4 -> {
                    long hold = pick(holds, op.c());
                    recorded(id, () -> budget.voidHold(id, hold, date).isRecorded());
                    holds.remove(hold);
                }
                case 5 -> budget.expireHolds(date.plusDays(op.c() % 10));
                case 6 -> {
                    long original = pick(postedIds, op.c());
                    recorded(id, () -> budget.reverse(id, original, date).isRecorded());
                }
                case 7 -> recorded(id, () -> budget.refund(id, payee, funder, category, Gbp.ofPence(op.pence()), date)
                        .isRecorded());
                case 8 -> {
                    FundingTerms terms = new FundingTerms(funder, op.c() % 11, Gbp.ofPence(op.pence() / 10),
                            Gbp.ofPence(op.b() * 100L));
                    Clawback first = budget.clawback(id, terms, date);
                    if (first.returned().isPositive()) {
                        postedIds.add(id);
                        resubmissions.add(() -> budget.clawback(id, terms, date).returned().equals(first.returned()));
                    }
                }
                case 9 -> {
                    if (!resubmissions.isEmpty()) {
                        String hash = budget.hash();
                        assertTrue(resubmissions.get(op.c() % resubmissions.size()).get(), "resubmission not a no-op");
                        assertEquals(hash, budget.hash(), "a resubmission changed the hash");
                        resubmittedUnchanged++;
                    }
                }
                default -> invalid(op, id, funder, payee, date);
            }
        }

        private void recorded(long id, Supplier<Boolean> call) {
            String hash = budget.hash();
            int size = budget.journal().size();
            if (call.get()) {
                postedIds.add(id);
                resubmissions.add(call);
            } else {
                assertEquals(hash, budget.hash(), "a refused operation changed the hash");
                assertEquals(size, budget.journal().size());
                refusedUnchanged++;
            }
        }

        private void spend(long id, List<SpendRequest> requests) {
            String hash = budget.hash();
            int size = budget.journal().size();
            SpendOutcome outcome = budget.spendLinked(requests);
            if (outcome.decision() instanceof SpendDecision.Reject) {
                assertEquals(hash, budget.hash(), "a rejected spend changed the hash");
                assertEquals(size, budget.journal().size());
                refusedUnchanged++;
                return;
            }
            boolean held = outcome.decision() instanceof SpendDecision.Hold;
            for (SpendRequest request : requests) {
                (held ? holds : postedIds).add(request.transferId());
            }
            resubmissions.add(() -> budget.spendLinked(requests).resubmitted());
        }

        private static long pick(List<Long> ids, int at) {
            if (ids.isEmpty()) {
                throw new LedgerException("pick", "a recorded transfer", "none yet");
            }
            return ids.get(at % ids.size());
        }

        private void invalid(Op op, long id, FunderId funder, PayeeId payee, LocalDate date) {
            String hash = budget.hash();
            int size = budget.journal().size();
            Runnable bad = switch (op.c() % 6) {
                case 0 -> () -> budget.receive(id, funder, Gbp.ofPence(-op.pence()), date);
                case 1 -> () -> budget.receive(id, FunderId.of("stranger"), Gbp.ofPence(op.pence()), date);
                case 2 -> () -> budget.receive(id, funder, Gbp.ofPence(op.pence()), OPENED.minusDays(1));
                case 3 -> () -> budget.post(id, holds.isEmpty() ? 999_999 : holds.get(0), Gbp.MAX,
                        date);
                case 4 -> () -> budget.voidHold(id, postedIds.isEmpty() ? 999_999 : postedIds.get(0), date);
                default -> () -> budget.refund(id, payee, funder, SpendCategory.TRAINING, Gbp.ZERO, date);
            };
            assertThrows(LedgerException.class, bad::run);
            assertEquals(hash, budget.hash());
            assertEquals(size, budget.journal().size());
            rejectedUnchanged++;
        }
    }

    @Property
    void money_is_never_created_or_lost_and_no_stream_goes_below_zero(@ForAll("chains") List<Op> ops) {
        Run run = new Run();
        run.run(ops);

        Ledger ledger = Ledger.replay(run.budget.journal());
        long posted = 0;
        long pending = 0;
        for (int account = 0; account < ledger.accountCount(); account++) {
            AccountBalance balance = ledger.balance(account);
            posted += balance.creditsPosted() - balance.debitsPosted();
            pending += balance.creditsPending() - balance.debitsPending();
            if (ledger.label(account).startsWith("stream:")) {
                assertTrue(balance.available().pence() >= 0, "stream below zero: " + balance);
                assertTrue(balance.debitsPending() >= 0 && balance.posted().pence() >= 0);
            }
        }
        assertEquals(0, posted, "posted debits differ from posted credits");
        assertEquals(0, pending, "pending debits differ from pending credits");
        for (FunderId funder : FUNDERS) {
            assertEquals(run.budget.balance(funder, LocalDate.of(2030, 1, 1)), run.budget.balance(funder),
                    "the running totals differ from the journal's");
            for (LocalDate day = OPENED; !day.isAfter(run.day.plusDays(12)); day = day.plusDays(1)) {
                assertTrue(run.budget.balance(funder, day).available().pence() >= 0, funder + " below zero on " + day);
            }
        }
        Statistics.collect("invalid " + (run.rejectedUnchanged > 0), "refused " + (run.refusedUnchanged > 0),
                "resubmitted " + (run.resubmittedUnchanged > 0));
    }

    @Property
    void no_stream_pays_for_a_category_its_funder_does_not_fund(@ForAll("chains") List<Op> ops) {
        Run run = new Run();
        run.run(ops);

        List<LedgerEvent> journal = run.budget.journal();
        Map<Integer, AccountOpened> accounts = new java.util.HashMap<>();
        for (LedgerEvent event : journal) {
            if (event instanceof AccountOpened opened) {
                accounts.put(opened.account(), opened);
            } else if (event instanceof TransferEvent transfer && transfer.category() != null) {
                AccountOpened debited = accounts.get(transfer.debitAccount());
                if (debited.ringFenced()) {
                    assertTrue(debited.funds().contains(transfer.category()),
                            debited.label() + " paid for " + transfer.category());
                }
            }
        }
    }

    @Property
    void what_is_committed_but_not_spent_is_exactly_what_the_open_holds_reserve(@ForAll("chains") List<Op> ops) {
        Run run = new Run();
        run.run(ops);
        DateRange always = DateRange.startingOn(OPENED);

        long reserved = 0;
        for (FunderId funder : FUNDERS) {
            reserved += run.budget.balance(funder, LocalDate.of(2030, 1, 1)).debitsPending();
        }

        assertEquals(Gbp.ofPence(reserved), run.budget.committed(null, always).minus(run.budget.spent(null, always)));
    }

    @Property
    void resubmission_is_idempotent_and_rejections_change_nothing(@ForAll("chains") List<Op> ops) {
        Run run = new Run();
        run.run(ops);
        String hash = run.budget.hash();
        AccountBalance balance = run.budget.balance(LocalDate.of(2030, 1, 1));

        for (Supplier<Boolean> resubmission : run.resubmissions) {
            assertTrue(resubmission.get());
        }

        assertEquals(hash, run.budget.hash());
        assertEquals(balance, run.budget.balance(LocalDate.of(2030, 1, 1)));
    }

    @Property
    void replaying_the_journal_gives_the_identical_state_and_hash(@ForAll("chains") List<Op> ops) {
        Run run = new Run();
        run.run(ops);

        BudgetLedger copy = BudgetLedger.replay(run.budget.journal(), POLICY, 7);

        assertEquals(run.budget.journal(), copy.journal());
        assertEquals(run.budget.hash(), copy.hash());
        for (FunderId funder : FUNDERS) {
            for (LocalDate day = OPENED; day.isBefore(run.day.plusDays(12)); day = day.plusDays(5)) {
                assertEquals(run.budget.balance(funder, day), copy.balance(funder, day));
            }
        }
        for (PayeeId payee : PAYEES) {
            assertEquals(run.budget.paidTo(payee), copy.paidTo(payee));
            assertEquals(run.budget.paymentsTo(payee), copy.paymentsTo(payee));
        }
    }
}
