package org.carebudget.money.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;

/**
 * A budget ledger driven by random steps, shared by {@link BudgetLedgerProperties} and
 * {@link BudgetLedgerChainProperties}: receipts, scheduled receipts, single and linked spends, approvals, releases,
 * expiries, reversals, refunds, returns to the funder, clawbacks, resubmissions and invalid operations, with dates
 * that mostly move forward and sometimes back. Every step that throws is checked to have changed nothing; every
 * recorded step keeps a resubmission that must be a no-op.
 */
final class BudgetRun {

    static final LocalDate OPENED = LocalDate.of(2026, 4, 6);
    /** Rejects spends of categories it does not fund. */
    static final FunderId NHS = FunderId.of("nhs-icb");
    /** Holds spends of categories it does not fund for its review (the default). */
    static final FunderId COUNCIL = FunderId.of("council");
    static final List<FunderId> FUNDERS = List.of(NHS, COUNCIL);
    static final List<PayeeId> PAYEES = List.of(PayeeId.of("pa-1"), PayeeId.of("pa-2"), PayeeId.of("agency"));
    static final SpendCategory GYM = SpendCategory.agreed("gym-membership");
    static final List<SpendCategory> CATEGORIES = List.of(SpendCategory.PA_WAGES, SpendCategory.TRAINING,
            SpendCategory.AGENCY_CARE, SpendCategory.EQUIPMENT_AND_ONE_OFF, GYM);
    static final SupportPlanBudget PLAN = SupportPlanBudget.startingOn(OPENED).everyWeeks(4)
            .limit(SpendCategory.PA_WAGES, Gbp.ofPence(300_000)).limit(SpendCategory.TRAINING, Gbp.ofPence(20_000))
            .limit(SpendCategory.AGENCY_CARE, Gbp.ofPence(100_000)).limit(GYM, Gbp.ofPence(4_000))
            .periodLimit(Gbp.ofPence(350_000)).fundedBy(NHS, Gbp.ofPence(250_000))
            .fundedBy(COUNCIL, Gbp.ofPence(100_000)).build();
    static final SpendPolicy POLICY = SpendPolicy.standard(PLAN);
    static final Period HOLD_FOR = Period.ofDays(7);

    /** One step; {@code a}, {@code b}, {@code c} pick funders, payees, categories and earlier transfers. */
    record Op(int kind, int a, int b, int c, long pence) {
    }

    static Arbitrary<Op> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50),
                Arbitraries.longs().between(1, 250_000)).as(Op::new);
    }

    final BudgetLedger budget = BudgetLedger.open(CarePackageId.of("pkg-p"), OPENED, POLICY, HOLD_FOR);
    final List<TransferId> holds = new ArrayList<>();
    final List<TransferId> posted = new ArrayList<>();
    final List<Supplier<Boolean>> resubmissions = new ArrayList<>();
    long nextId = 1;
    LocalDate day = OPENED;
    int rejectedUnchanged;
    int refusedUnchanged;
    int resubmittedUnchanged;

    BudgetRun() {
        budget.addFunder(NHS, Set.of(SpendCategory.PA_WAGES, SpendCategory.TRAINING), OPENED, UnfundedSpend.REJECT);
        budget.addFunder(COUNCIL, Set.of(SpendCategory.PA_WAGES, SpendCategory.AGENCY_CARE,
                SpendCategory.EQUIPMENT_AND_ONE_OFF, GYM), OPENED);
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
            assertEquals(hash, budget.hash(), "a rejected operation changed the hash: " + e.getMessage());
            assertEquals(size, budget.journal().size());
            rejectedUnchanged++;
        }
        // mostly forward, sometimes back: a back-dated debit must be refused, not take a stream below zero
        day = op.b() % 9 == 8 && day.isAfter(OPENED.plusDays(1)) ? day.minusDays(2) : day.plusDays(op.a() % 3);
    }

    private void step(Op op) {
        FunderId funder = FUNDERS.get(op.a() % FUNDERS.size());
        PayeeId payee = PAYEES.get(op.b() % PAYEES.size());
        SpendCategory category = CATEGORIES.get(op.c() % CATEGORIES.size());
        TransferId id = TransferId.of(nextId++);
        LocalDate date = day;
        Gbp amount = Gbp.ofPence(op.pence());
        switch (op.kind()) {
            case 0 -> recorded(id, () -> budget.receive(id, funder, Gbp.ofPence(op.pence() * 2), date).isRecorded());
            case 1 -> spend(List.of(new SpendRequest(id, funder, payee, category, amount, date)));
            case 2 -> {
                TransferId second = TransferId.of(nextId++);
                spend(List.of(new SpendRequest(id, funder, payee, category, amount, date),
                        new SpendRequest(second, FUNDERS.get((op.a() + 1) % 2), PAYEES.get((op.b() + 1) % 3),
                                SpendCategory.PA_WAGES, Gbp.ofPence(op.pence() / 2 + 1), date)));
            }
            case 3 -> {
                TransferId hold = pick(holds, op.c());
                Gbp part = Gbp.ofPence(1 + op.pence() % 50_000);
                recorded(id, () -> budget.approveHold(id, hold, part, date).isRecorded());
                holds.remove(hold);
            }
            case 4 -> {
                TransferId hold = pick(holds, op.c());
                recorded(id, () -> budget.releaseHold(id, hold, date).isRecorded());
                holds.remove(hold);
            }
            case 5 -> budget.releaseExpiredHolds(date.plusDays(op.c() % 10));
            case 6 -> {
                TransferId original = pick(posted, op.c());
                recorded(id, () -> budget.reverse(id, original, date).isRecorded());
            }
            case 7 -> recorded(id, () -> budget.refund(id, payee, funder, category, amount, date).isRecorded());
            case 8 -> {
                FundingTerms terms = FundingTerms.of(PLAN, funder).withContingencyWeeks(op.c() % 5)
                        .withClawbackThreshold(Gbp.ofPence(op.b() * 100L));
                Clawback first = budget.clawback(id, terms, date);
                if (first.returned().isPositive()) {
                    posted.add(id);
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
            case 10 -> recorded(id, () -> budget.returnToFunder(id, funder, Gbp.ofPence(1 + op.pence() / 10), date)
                    .isRecorded());
            case 11 -> {
                ReceiptSchedule schedule = ReceiptSchedule.of("s-" + funder, funder, Gbp.ofPence(10_000), OPENED)
                        .everyWeeks(op.b() % 5 == 4 ? 1 : 2);
                budget.receiveScheduled(schedule, date);
            }
            default -> invalid(op, id, funder, payee, date);
        }
    }

    private void recorded(TransferId id, Supplier<Boolean> call) {
        String hash = budget.hash();
        int size = budget.journal().size();
        if (call.get()) {
            posted.add(id);
            resubmissions.add(call);
        } else {
            assertEquals(hash, budget.hash(), "a refused operation changed the hash");
            assertEquals(size, budget.journal().size());
            refusedUnchanged++;
        }
    }

    private void spend(List<SpendRequest> requests) {
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
            (held ? holds : posted).add(request.transferId());
        }
        resubmissions.add(() -> budget.spendLinked(requests).resubmitted());
    }

    private static TransferId pick(List<TransferId> ids, int at) {
        if (ids.isEmpty()) {
            throw new LedgerException("pick", "a recorded transfer", "none yet");
        }
        return ids.get(at % ids.size());
    }

    private void invalid(Op op, TransferId id, FunderId funder, PayeeId payee, LocalDate date) {
        String hash = budget.hash();
        int size = budget.journal().size();
        Runnable bad = switch (op.c() % 8) {
            case 0 -> () -> budget.receive(id, funder, Gbp.ofPence(-op.pence()), date);
            case 1 -> () -> budget.receive(id, FunderId.of("stranger"), Gbp.ofPence(op.pence()), date);
            case 2 -> () -> budget.receive(id, funder, Gbp.ofPence(op.pence()), OPENED.minusDays(1));
            case 3 -> () -> budget.approveHold(id, holds.isEmpty() ? TransferId.of(999_999) : holds.get(0), Gbp.MAX,
                    date);
            case 4 -> () -> budget.releaseHold(id, posted.isEmpty() ? TransferId.of(999_999) : posted.get(0), date);
            case 5 -> () -> budget.spend(new SpendRequest(id, funder, PayeeId.of("stranger"), SpendCategory.PA_WAGES,
                    Gbp.ofPence(op.pence()), date));
            case 6 -> () -> budget.spend(new SpendRequest(id, funder, payee, SpendCategory.PA_WAGES,
                    Gbp.ofPence(op.pence()), LocalDate.of(2201, 1, 1)));
            default -> () -> budget.refund(id, payee, funder, SpendCategory.TRAINING, Gbp.ZERO, date);
        };
        assertThrows(LedgerException.class, bad::run);
        assertEquals(hash, budget.hash());
        assertEquals(size, budget.journal().size());
        rejectedUnchanged++;
    }
}
