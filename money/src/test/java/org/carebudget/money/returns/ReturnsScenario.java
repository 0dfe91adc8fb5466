package org.carebudget.money.returns;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.FundingTerms;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.ledger.TransferKind;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;

/**
 * Budgets driven by generated operations for the property tests: receipts, spends (some held), approvals, releases,
 * refunds, returns, clawbacks and reversals, some of them back-dated. Operations the ledger refuses are skipped (a
 * refused operation changes nothing).
 */
final class ReturnsScenario {

    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final FunderId NHS = FunderId.of("nhs-icb");
    static final FunderId COUNCIL = FunderId.of("council");
    static final List<FunderId> FUNDERS = List.of(NHS, COUNCIL);
    static final PayeeId PA = PayeeId.of("pa-1");
    static final PayeeId AGENCY = PayeeId.of("agency-1");
    static final SupportPlanBudget PLAN = SupportPlanBudget.startingOn(START).everyWeeks(4)
            .limit(SpendCategory.PA_WAGES, Gbp.parse("£4000")).limit(SpendCategory.TRAINING, Gbp.parse("£500"))
            .periodLimit(Gbp.parse("£5000")).fundedBy(NHS, Gbp.parse("£3000")).fundedBy(COUNCIL, Gbp.parse("£1000"))
            .build();
    static final List<SpendCategory> CATEGORIES = List.of(SpendCategory.PA_WAGES, SpendCategory.TRAINING,
            SpendCategory.AGENCY_CARE);

    /** One generated operation: what, which funder, how much, and how many days on (or back, when negative). */
    record Op(int what, int funder, long pence, int days) {
    }

    private ReturnsScenario() {
    }

    static Arbitrary<Op> op() {
        return Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 1),
                Arbitraries.longs().between(1, 40_000), Arbitraries.integers().between(-60, 20)).as(Op::new).withoutEdgeCases();
    }

    static Arbitrary<List<Op>> ops(int max) {
        return op().list().ofMinSize(max / 2).ofMaxSize(max);
    }

    static BudgetLedger open(String carePackage) {
        BudgetLedger budget = BudgetLedger.open(CarePackageId.of(carePackage), START, SpendPolicy.standard(PLAN),
                Period.ofDays(10));
        budget.addFunder(NHS, Set.of(SpendCategory.PA_WAGES, SpendCategory.TRAINING), START);
        budget.addFunder(COUNCIL, Set.of(SpendCategory.PA_WAGES), START);
        budget.addPayee(PA, START);
        budget.addPayee(AGENCY, START);
        return budget;
    }

    static FundingTerms terms(FunderId funder) {
        return FundingTerms.of(PLAN, funder).withContingencyWeeks(2).withClawbackThreshold(Gbp.parse("£100"));
    }

    /** Applies operations from a date on; returns the date reached. Ids start after those already used. */
    static LocalDate apply(BudgetLedger budget, List<Op> ops, LocalDate from) {
        LocalDate today = from;
        long next = budget.journal().size() * 1000L + 1;
        for (Op op : ops) {
            LocalDate day = op.days() >= 0 ? today.plusDays(op.days()) : today.plusDays(op.days());
            if (day.isBefore(START)) {
                day = START;
            }
            if (op.days() >= 0) {
                today = day;
            }
            FunderId funder = FUNDERS.get(op.funder());
            Gbp amount = Gbp.ofPence(op.pence());
            TransferId id = TransferId.of(next++);
            try {
                switch (op.what()) {
                    case 0, 1 -> budget.receive(id, funder, amount.times(10), day);
                    case 2, 3, 4 -> budget.spend(new SpendRequest(id, funder, op.pence() % 5 == 0 ? AGENCY : PA,
                            op.pence() % 3 != 0 ? SpendCategory.PA_WAGES : CATEGORIES.get((int) (op.pence() % 2 + 1)),
                            amount, day));
                    case 5, 6 -> {
                        TransferEvent hold = firstOpenHold(budget, funder);
                        if (hold != null) {
                            budget.approveHold(id, hold.id(), Gbp.ofPence(Math.max(1, hold.amount().pence() / 2)),
                                    later(day, hold.date()));
                        }
                    }
                    case 7 -> {
                        TransferEvent hold = firstOpenHold(budget, funder);
                        if (hold != null) {
                            budget.releaseHold(id, hold.id(), later(day, hold.date()));
                        }
                    }
                    case 8 -> budget.refund(id, PA, funder, SpendCategory.PA_WAGES, Gbp.ofPence(op.pence() / 100 + 1),
                            day);
                    case 9 -> budget.returnToFunder(id, funder, Gbp.ofPence(op.pence() / 20 + 1), day);
                    case 10 -> {
                        TransferEvent original = reversible(budget, (int) (op.pence() % 7));
                        if (original != null) {
                            budget.reverse(id, original.id(), later(day, original.date()));
                        }
                    }
                    default -> budget.clawback(id, terms(funder), day);
                }
            } catch (LedgerException refused) {
                // a refused operation changes nothing: the next one goes on
            }
        }
        budget.releaseExpiredHolds(today);
        return today;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static TransferEvent firstOpenHold(BudgetLedger budget, FunderId funder) {
        List<LedgerEvent> journal = budget.journal();
        Set<TransferId> closed = new java.util.HashSet<>();
        for (LedgerEvent e : journal) {
            if (e instanceof TransferEvent t && t.referenceId() != null && t.kind() != TransferKind.REVERSAL) {
                closed.add(t.referenceId());
            }
        }
        for (LedgerEvent e : journal) {
            if (e instanceof TransferEvent t && t.kind() == TransferKind.PENDING && !closed.contains(t.id())) {
                return t;
            }
        }
        return null;
    }

    private static TransferEvent reversible(BudgetLedger budget, int skip) {
        List<TransferEvent> candidates = new ArrayList<>();
        for (LedgerEvent e : budget.journal()) {
            if (e instanceof TransferEvent t && (t.kind() == TransferKind.TRANSFER || t.kind() == TransferKind.POST)) {
                candidates.add(t);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(skip % candidates.size());
    }
}
