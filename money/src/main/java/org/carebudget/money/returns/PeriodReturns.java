package org.carebudget.money.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.SortedMap;
import java.util.TreeMap;
import org.carebudget.core.hours.HoursLine;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.AccountRole;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.Purpose;
import org.carebudget.money.ledger.AccountOpened;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.ledger.TransferKind;
import org.carebudget.money.policy.SpendFinding;
import org.jspecify.annotations.Nullable;

/**
 * Makes period returns from budget ledgers' journals: one funder of one budget ({@link #of}), or every funder of
 * every budget of a caseload ({@link #caseload}). Each return reads the journal once, from its start to the
 * request's cut; entries are classified by their transfer kind and {@link BudgetLedger#purposeOf purpose} (a code),
 * and by whether the funder's stream is debited or credited, never by text.
 *
 * <p>How corrections to a closed period are shown: a return made with a cut (see {@link ReturnRequest#knownThrough})
 * is reproduced exactly from the same cut however long after, because the journal is append-only. An entry recorded
 * after that cut but dated within the closed period (the ledger allows back-dated money in, such as a refund or a
 * corrected spend) never changes the closed return: the next return, made {@linkplain ReturnRequest#after after} the
 * closed one, opens at the closed return's closing balance and lists the entry as a {@link PriorPeriodAdjustment},
 * so its closing balance is again the journal's balance at the end of its period. Made without a previous return,
 * a return's opening balance is the balance at its own cut and it has no adjustments.
 *
 * <p>Stateless and thread-safe; each call reads a consistent copy of a budget's journal.
 */
public final class PeriodReturns {

    private PeriodReturns() {
    }

    /**
     * Makes one funder's return for a budget.
     *
     * @param budget the budget ledger, not null
     * @param request the funder, period and options, not null, for a funder of this budget; its cut at most the
     *     journal's size, and at least its previous return's cut; its hours of this budget's care package only
     * @return the return, not null, balanced
     * @throws LedgerException if a value is null, the funder is not the budget's, the cut is beyond the journal, the
     *     previous return is of another package or not of this journal (its closing balance differs from this
     *     return's opening), the hours hold a line of another package, or the figures would not balance
     */
    public static PeriodReturn of(BudgetLedger budget, ReturnRequest request) {
        LedgerException.notNull(budget, "budget");
        LedgerException.notNull(request, "request");
        HoursSummary hours = request.hours();
        if (hours != null) {
            for (HoursLine line : hours.lines()) {
                if (!line.key().carePackage().equals(budget.carePackage())) {
                    throw new LedgerException("hours", "hours of care package " + budget.carePackage() + " only",
                            line.key());
                }
            }
            hours = hours.select(null, request.funder(), null, null);
        }
        return make(budget, budget.funders(), budget.journal(), request, hours);
    }

    /**
     * Makes the return of every funder of every budget of a caseload for a period, as of each journal's whole
     * length. Each return is independent of the others; the result does not depend on the order the budgets are
     * given in.
     *
     * @param budgets the budgets, not null, none null, at most one per care package, at most 10,000,000
     * @param period the period, not null, with an end, at least one day, within the supported dates
     * @param hours the caseload's hours of that period, or null for none; every line of a package in the caseload
     *     and of a funder of that package
     * @return the returns, sorted by care package and funder, with their totals, not null
     * @throws LedgerException if a value is null, two budgets are of one package, the hours are of another period or
     *     hold a line of a package or funder not in the caseload, or a return would not balance
     */
    public static CaseloadReturns caseload(Collection<BudgetLedger> budgets, DateRange period,
            @Nullable HoursSummary hours) {
        List<PeriodReturn> returns = new ArrayList<>();
        CaseloadReturns.Adder totals = new CaseloadReturns.Adder();
        DateRange checked = each(budgets, period, hours, r -> {
            totals.add(r);
            returns.add(r);
        });
        return CaseloadReturns.of(checked, returns, totals.totals());
    }

    /**
     * Makes the same returns as {@link #caseload(Collection, DateRange, HoursSummary)} and hands each to
     * {@code each} as it is made, in the same order, keeping none: for a large caseload written straight to a file
     * or a database, without holding every return in memory at once. Every argument, and every budget's package and
     * the hours, is checked before the first return is handed over.
     *
     * @param budgets the budgets, as for {@link #caseload(Collection, DateRange, HoursSummary)}
     * @param period the period, as there
     * @param hours the hours, or null, as there
     * @param each what to do with each return, not null; an exception it throws ends the call and passes through
     * @return each funder's totals over the caseload, sorted by funder id, not null, unmodifiable
     * @throws LedgerException as {@link #caseload(Collection, DateRange, HoursSummary)} does, before any return is
     *     handed over, or, if a return would not balance, naming it (the returns handed over before it stand)
     */
    public static Map<FunderId, CaseloadReturns.Totals> caseload(@Nullable Collection<BudgetLedger> budgets,
            @Nullable DateRange period, @Nullable HoursSummary hours, Consumer<? super PeriodReturn> each) {
        LedgerException.notNull(each, "each");
        CaseloadReturns.Adder totals = new CaseloadReturns.Adder();
        each(budgets, period, hours, r -> {
            totals.add(r);
            each.accept(r);
        });
        return totals.totals();
    }

    private static DateRange each(@Nullable Collection<BudgetLedger> budgets, @Nullable DateRange period,
            @Nullable HoursSummary hours, Consumer<PeriodReturn> sink) {
        List<BudgetLedger> all = LedgerException.CHECKS.list(budgets == null ? null : new ArrayList<>(budgets),
                10_000_000, "budgets");
        DateRange checked = ReturnPeriods.check(period, "period");
        Map<String, BudgetLedger> byPackage = new HashMap<>();
        Map<String, Set<FunderId>> funders = new HashMap<>();
        for (BudgetLedger budget : all) {
            if (byPackage.put(budget.carePackage().value(), budget) != null) {
                throw new LedgerException("budgets", "at most one budget per care package", budget.carePackage());
            }
            funders.put(budget.carePackage().value(), budget.funders());
        }
        List<BudgetLedger> sortedBudgets = new ArrayList<>(all);
        sortedBudgets.sort((a, b) -> a.carePackage().value().compareTo(b.carePackage().value()));
        Map<CarePackageId, Map<FunderId, HoursSummary.Builder>> hoursBy = new HashMap<>();
        if (hours != null) {
            if (!hours.period().equals(checked)) {
                throw new LedgerException("hours.period", "the period of the returns " + checked, hours.period());
            }
            for (HoursLine line : hours.lines()) {
                Set<FunderId> ofPackage = funders.get(line.key().carePackage().value());
                if (ofPackage == null || !ofPackage.contains(line.key().funder())) {
                    throw new LedgerException("hours", "hours of a funder of a care package in the caseload",
                            line.key());
                }
                hoursBy.computeIfAbsent(line.key().carePackage(), p -> new HashMap<>())
                        .computeIfAbsent(line.key().funder(), f -> HoursSummary.builder(checked)).add(line);
            }
        }
        for (BudgetLedger budget : sortedBudgets) {
            List<LedgerEvent> journal = budget.journal();
            Map<FunderId, HoursSummary.Builder> funderHours = hoursBy.remove(budget.carePackage());
            Set<FunderId> ofBudget = funders.get(budget.carePackage().value());
            List<FunderId> sorted = new ArrayList<>(ofBudget);
            sorted.sort((a, b) -> a.value().compareTo(b.value()));
            for (FunderId funder : sorted) {
                HoursSummary.Builder builder = funderHours == null ? null : funderHours.get(funder);
                HoursSummary funderSummary = hours == null ? null
                        : builder == null ? HoursSummary.empty(checked) : builder.build();
                sink.accept(make(budget, ofBudget, journal, ReturnRequest.of(funder, checked), funderSummary));
            }
        }
        return checked;
    }

    private static PeriodReturn make(BudgetLedger budget, Set<FunderId> funders, List<LedgerEvent> journal,
            ReturnRequest request, @Nullable HoursSummary hours) {
        FunderId funder = request.funder();
        if (!funders.contains(funder)) {
            throw new LedgerException("funder", "a funder of budget " + budget.carePackage() + " " + funders, funder);
        }
        int cut = request.knownThrough() < 0 ? journal.size() : request.knownThrough();
        if (cut > journal.size()) {
            throw new LedgerException("knownThrough", "1 - " + journal.size() + ", the entries in the journal of "
                    + budget.carePackage(), cut);
        }
        PeriodReturn previous = request.previous();
        int priorCut = cut;
        if (previous != null) {
            if (!previous.carePackage().equals(budget.carePackage())) {
                throw new LedgerException("previous.carePackage", "the care package of this budget "
                        + budget.carePackage(), previous.carePackage());
            }
            if (previous.knownThrough() > cut) {
                throw new LedgerException("knownThrough", "at least the previous return's cut "
                        + previous.knownThrough(), cut);
            }
            priorCut = previous.knownThrough();
        }
        LocalDate start = request.period().start();
        LocalDate end = request.period().end().orElseThrow();
        Figures f = new Figures();
        int stream = -1;
        Map<TransferId, HeldSpend> open = new LinkedHashMap<>();
        List<@Nullable String> reasons = new ArrayList<>();
        for (int i = 0; i < cut; i++) {
            LedgerEvent event = journal.get(i);
            if (event instanceof AccountOpened opened) {
                if (opened.code() == AccountRole.STREAM.code() && opened.name().equals(funder.value())) {
                    stream = opened.account();
                } else if (opened.code() == AccountRole.HOLD_REASON.code()) {
                    reason(reasons, opened);
                }
                continue;
            }
            TransferEvent transfer = (TransferEvent) event;
            boolean debit = transfer.debitAccount() == stream;
            if (!debit && transfer.creditAccount() != stream) {
                continue;
            }
            LocalDate date = transfer.date();
            if (!date.isBefore(end)) {
                continue;
            }
            switch (transfer.kind()) {
                case PENDING -> open.put(transfer.id(), held(budget, transfer, reasons));
                case VOID, EXPIRE -> open.remove(transfer.referenceId());
                default -> {
                    if (transfer.kind() == TransferKind.POST) {
                        open.remove(transfer.referenceId());
                    }
                    long signed = debit ? -transfer.amount().pence() : transfer.amount().pence();
                    f.closing += signed;
                    if (date.isBefore(start)) {
                        if (i < priorCut) {
                            f.opening += signed;
                        } else {
                            f.adjustments.add(PriorPeriodAdjustment.of(i, transfer.id(), transfer.kind(),
                                    budget.purposeOf(transfer), date, Gbp.ofPence(signed)));
                        }
                    } else {
                        f.inPeriod(i, transfer, debit, budget.purposeOf(transfer));
                    }
                }
            }
        }
        if (previous != null && previous.closingBalance().pence() != f.opening) {
            throw new LedgerException("previous", "a return of this journal: its closing balance "
                    + previous.closingBalance() + " is not this journal's balance " + Gbp.ofPence(f.opening)
                    + " at the end of " + start.minusDays(1) + " as known through " + priorCut + " entries",
                    previous);
        }
        List<HeldSpend> held = new ArrayList<>(open.values());
        held.sort((a, b) -> a.date().equals(b.date()) ? a.holdId().compareTo(b.holdId())
                : a.date().compareTo(b.date()));
        PeriodReturn result = new PeriodReturn(budget.carePackage(), funder, request.period(), cut,
                previous == null ? cut : priorCut, gbp(f.opening), gbp(f.receipts), amounts(f.spend),
                amounts(f.refunds), gbp(f.reversalsIn), gbp(f.reversalsOut), gbp(f.returns), gbp(f.clawbacks),
                f.adjustments, gbp(f.closing), held, request.terms(), hours);
        balance(result);
        return result;
    }

    /** Refuses a return whose figures do not add up: {@code opening + in - out = closing}. */
    private static void balance(PeriodReturn r) {
        long expected = r.openingBalance().pence() + r.moneyIn().pence() - r.moneyOut().pence();
        if (expected != r.closingBalance().pence()) {
            throw new LedgerException("closingBalance", "opening " + r.openingBalance() + " + in " + r.moneyIn()
                    + " - out " + r.moneyOut() + " = " + Gbp.ofPence(expected) + " for " + r.carePackage() + " "
                    + r.funder() + " " + r.period(), r.closingBalance());
        }
    }

    /** Records a rule id that holds spends at the bit its account's user data gives it. */
    private static void reason(List<@Nullable String> reasons, AccountOpened opened) {
        long bit = opened.userData();
        if (bit < 0 || bit > 62) {
            throw new LedgerException("journal[" + opened.account() + "].userData", "a hold reason's bit 0 - 62", bit);
        }
        while (reasons.size() <= bit) {
            reasons.add(null);
        }
        reasons.set((int) bit, opened.name());
    }

    /**
     * Returns a held spend with the rule ids its user data's bits stand for, read from the journal's
     * {@code HOLD_REASON} accounts; a hold recorded with no bit set is asked of the budget, which names its default.
     */
    private static HeldSpend held(BudgetLedger budget, TransferEvent hold, List<@Nullable String> reasons) {
        Purpose purpose = budget.purposeOf(hold);
        SpendCategory category = purpose.category();
        if (purpose.kind() != Purpose.Kind.SPEND || category == null) {
            throw new LedgerException("journal.code", "a spend's code on a held transfer", purpose);
        }
        List<String> ruleIds = new ArrayList<>(2);
        long mask = hold.userData();
        for (int bit = 0; bit < reasons.size(); bit++) {
            String ruleId = reasons.get(bit);
            if ((mask & (1L << bit)) != 0 && ruleId != null) {
                ruleIds.add(ruleId);
            }
        }
        if (ruleIds.isEmpty()) {
            for (SpendFinding reason : budget.holdReasons(hold.id())) {
                ruleIds.add(reason.ruleId());
            }
        }
        return HeldSpend.of(hold.id(), category, hold.amount(), hold.date(), hold.expiresOn(), ruleIds);
    }

    /** Returns an amount, sharing {@link Gbp#ZERO}: most figures of most returns are zero. */
    private static Gbp gbp(long pence) {
        return pence == 0 ? Gbp.ZERO : Gbp.ofPence(pence);
    }

    private static SortedMap<SpendCategory, Gbp> amounts(Map<SpendCategory, long[]> pence) {
        if (pence.isEmpty()) {
            return java.util.Collections.emptySortedMap();
        }
        SortedMap<SpendCategory, Gbp> amounts = new TreeMap<>();
        pence.forEach((category, total) -> amounts.put(category, Gbp.ofPence(total[0])));
        return amounts;
    }

    /** The running figures of one return; sums stay within the ledger's lifetime volume, so none overflows. */
    private static final class Figures {
        long opening;
        long closing;
        long receipts;
        long reversalsIn;
        long reversalsOut;
        long returns;
        long clawbacks;
        final Map<SpendCategory, long[]> spend = new HashMap<>();
        final Map<SpendCategory, long[]> refunds = new HashMap<>();
        final List<PriorPeriodAdjustment> adjustments = new ArrayList<>();

        void inPeriod(int position, TransferEvent transfer, boolean debit, Purpose purpose) {
            long pence = transfer.amount().pence();
            if (transfer.kind() == TransferKind.REVERSAL) {
                if (debit) {
                    reversalsOut += pence;
                } else {
                    reversalsIn += pence;
                }
                return;
            }
            Purpose.Kind kind = purpose.kind();
            boolean expectedDebit = kind != Purpose.Kind.RECEIPT && kind != Purpose.Kind.REFUND;
            if (debit != expectedDebit) {
                throw new LedgerException("journal[" + position + "]", "a " + purpose + " "
                        + (expectedDebit ? "out of" : "into") + " the funder's stream", transfer);
            }
            switch (kind) {
                case RECEIPT -> receipts += pence;
                case RETURN_TO_FUNDER -> returns += pence;
                case CLAWBACK -> clawbacks += pence;
                case SPEND -> spend.computeIfAbsent(purpose.category(), c -> new long[1])[0] += pence;
                case REFUND -> refunds.computeIfAbsent(purpose.category(), c -> new long[1])[0] += pence;
            }
        }
    }
}
