package org.carebudget.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.Clawback;
import org.carebudget.money.budget.FunderShare;
import org.carebudget.money.budget.FundingSplit;
import org.carebudget.money.budget.FundingTerms;
import org.carebudget.money.budget.ReceiptSchedule;
import org.carebudget.money.budget.SpendOutcome;
import org.carebudget.money.budget.TaskShare;
import org.carebudget.money.budget.TransferOutcome;
import org.carebudget.money.budget.UnfundedSpend;
import org.carebudget.money.policy.SpendFinding;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;

/**
 * The ring-fenced budget ledger: an integrated budget funded by an NHS integrated care board and a council, each
 * paying 4-weekly by a receipt schedule, a payroll run split between them by task, a first payment to a new agency
 * held for the funder's review and posted in part, a ring-fence breach rejected, a statement, and the council's
 * surplus clawed back in one call.
 */
public final class LedgerExample {

    private static final LocalDate START = LocalDate.of(2026, 4, 6);
    private static final FunderId ICB = FunderId.of("nhs-icb");
    private static final FunderId COUNCIL = FunderId.of("council");
    private static final PayeeId PA_1 = PayeeId.of("pa-1");
    private static final PayeeId PA_2 = PayeeId.of("pa-2");
    private static final PayeeId AGENCY = PayeeId.of("agency-1");

    private LedgerExample() {
    }

    /**
     * Runs the example and prints what it finds.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, printing to {@code out}.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        SupportPlanBudget plan = SupportPlanBudget.startingOn(START).everyWeeks(4)
                .limit(SpendCategory.PA_WAGES, Gbp.parse("£4,000")).limit(SpendCategory.AGENCY_CARE, Gbp.parse("£800"))
                .periodLimit(Gbp.parse("£4,800")).fundedBy(ICB, Gbp.parse("£3,000")).fundedBy(COUNCIL,
                        Gbp.parse("£1,000")).build();
        BudgetLedger budget = BudgetLedger.open(CarePackageId.of("pkg-42"), START, SpendPolicy.standard(plan),
                Period.ofDays(14));
        budget.addFunder(ICB, Set.of(SpendCategory.PA_WAGES), START, UnfundedSpend.REJECT);
        budget.addFunder(COUNCIL, Set.of(SpendCategory.PA_WAGES, SpendCategory.AGENCY_CARE), START);
        List.of(PA_1, PA_2, AGENCY).forEach(payee -> budget.addPayee(payee, START));
        // Each funder pays 4-weekly in advance; receiveScheduled records the instalments due so far (here the first),
        // and a later call records only the new ones, each under an id derived from the schedule's reference.
        budget.receiveScheduled(ReceiptSchedule.of("icb-2026-27", ICB, Gbp.parse("£3,000"), START), START);
        budget.receiveScheduled(ReceiptSchedule.of("council-2026-27", COUNCIL, Gbp.parse("£2,500"), START), START);
        out.println("Budget pkg-42 opened " + START + ": ICB £3000.00 and council £2500.00 received, 4-weekly");

        List<FunderShare> shares = FundingSplit.byTask(Gbp.parse("£1000.01"), List.of(
                new TaskShare("PEG feeding", ICB, 120), new TaskShare("personal care", COUNCIL, 60)));
        out.println("  pa-1's £1000.01 split by task: " + describe(shares));
        List<SpendRequest> payroll = new ArrayList<>();
        long next = 10;
        for (FunderShare share : shares) {
            payroll.add(new SpendRequest(TransferId.of(next++), share.funder(), PA_1, SpendCategory.PA_WAGES,
                    share.amount(), START));
        }
        payroll.add(new SpendRequest(TransferId.of(next), COUNCIL, PA_2, SpendCategory.PA_WAGES, Gbp.parse("£420"),
                START));
        report(out, "payroll run (3 linked spends)", budget.spendLinked(payroll));
        for (SpendRequest held : payroll) {
            budget.approveHold(TransferId.of(100 + held.transferId().low()), held.transferId(), held.amount(),
                    START.plusDays(1));
        }
        out.println("  funder approved the payroll in full after review");

        TransferId invoice = TransferId.of(20);
        report(out, "agency invoice £750.00", budget.spend(new SpendRequest(invoice, COUNCIL, AGENCY,
                SpendCategory.AGENCY_CARE, Gbp.parse("£750"), START.plusDays(2))));
        budget.approveHold(TransferId.of(21), invoice, Gbp.parse("£600"), START.plusDays(3));
        out.println("  funder approved £600.00 of it; the rest is released");
        report(out, "agency care from the ICB stream", budget.spend(new SpendRequest(TransferId.of(22), ICB, AGENCY,
                SpendCategory.AGENCY_CARE, Gbp.parse("£50"), START.plusDays(3))));
        TransferOutcome retry = budget.receive(TransferId.of(23), COUNCIL, Gbp.parse("£100"), START.plusDays(3));
        retry = budget.receive(TransferId.of(23), COUNCIL, Gbp.parse("£150"), START.plusDays(3));
        out.println("  a retry with another amount: " + retry.conflict().message());
        budget.reverse(TransferId.of(24), TransferId.of(23), START.plusDays(3));

        var statement = budget.statement(COUNCIL, DateRange.of(START, START.plusWeeks(4)));
        out.println("  council statement " + statement.period() + ": opening " + statement.opening() + ", in "
                + statement.in() + ", out " + statement.out() + ", pending " + statement.pending() + ", closing "
                + statement.closing());

        FundingTerms terms = FundingTerms.of(plan, COUNCIL).withContingencyWeeks(4)
                .withClawbackThreshold(Gbp.parse("£100"));
        Clawback clawback = budget.clawback(TransferId.of(30), terms, START.plusWeeks(4));
        out.println("  council surplus " + clawback.report().surplus() + " (balance " + clawback.report().balance()
                + " - contingency " + clawback.report().contingency() + ", 4 weeks), flagged "
                + clawback.report().flaggedForClawback() + ", returned " + clawback.returned());

        BudgetLedger replayed = BudgetLedger.replay(budget.journal(), budget.hash(), SpendPolicy.standard(plan),
                Period.ofDays(14));
        out.println("  journal: " + budget.journal().size() + " events, hash " + budget.hash().substring(0, 16)
                + "..., replay checked against it gives the same hash: " + replayed.hash().equals(budget.hash()));
    }

    private static String describe(List<FunderShare> shares) {
        Map<String, String> parts = new LinkedHashMap<>();
        shares.forEach(share -> parts.put(share.funder().value(), share.amount().toString()));
        return parts.toString();
    }

    private static void report(PrintStream out, String what, SpendOutcome outcome) {
        String decision = outcome.decision().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        List<String> reasons = outcome.decision().reasons().stream().map(SpendFinding::message).toList();
        out.println("  " + what + ": " + decision + (reasons.isEmpty() ? "" : " " + reasons));
    }
}
