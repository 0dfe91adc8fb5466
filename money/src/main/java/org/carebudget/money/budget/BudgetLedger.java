package org.carebudget.money.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import javax.money.MonetaryAmount;
import org.carebudget.money.Amounts;
import org.carebudget.money.LedgerException;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.ledger.AccountBalance;
import org.carebudget.money.ledger.AccountOpened;
import org.carebudget.money.ledger.Ledger;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.Statement;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.ledger.TransferKind;
import org.carebudget.money.ledger.TransferRequest;
import org.carebudget.money.ledger.TransferResult;
import org.carebudget.money.policy.Finding;
import org.carebudget.money.policy.LedgerFindings;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendHistory;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;

/**
 * The managed budget account of one care package: one ring-fenced stream per funder, each funding the spend
 * categories its funder funds, over a double-entry
 * {@link Ledger}. The money stays the funder's until spent appropriately: every spend goes through the
 * {@link SpendPolicy}, and a doubtful spend is held (a pending transfer, the funds reserved) until the funder
 * posts it, in full or in part, or voids it, or it expires.
 *
 * <p>Accounts: {@code package:ID} (records the opening date), and per funder {@code funder:ID} (the funder's side,
 * going negative as it pays in) and {@code stream:ID} (ring-fenced: never below zero, never paying an unfunded
 * category), and {@code payee:ID} per payee. Receipts move money funder to stream, spends stream to payee, refunds
 * payee to stream, clawbacks stream to funder; corrections are reversals. Every transfer has a caller-supplied id.
 *
 * <p>Thread-safe: every method is serialised on this ledger's monitor, so concurrent posting to one budget loses no
 * update; different budgets (see {@link LedgerRegistry}) share nothing and post in parallel. Any method that throws
 * {@link LedgerException} has changed nothing.
 */
public final class BudgetLedger implements SpendHistory {

    private static final String PACKAGE = "package:";
    private static final String STREAM = "stream:";
    private static final String FUNDER = "funder:";
    private static final String PAYEE = "payee:";
    private static final String HELD = "held: ";

    private final CarePackageId carePackage;
    private final LocalDate openedOn;
    private final SpendPolicy policy;
    private final int holdDays;
    private final Ledger ledger;
    private final Map<FunderId, Integer> streams = new LinkedHashMap<>();
    private final Map<FunderId, Integer> funderAccounts = new HashMap<>();
    private final Map<FunderId, Set<SpendCategory>> funded = new HashMap<>();
    private final Map<PayeeId, Integer> payees = new LinkedHashMap<>();

    private BudgetLedger(CarePackageId carePackage, LocalDate openedOn, SpendPolicy policy, int holdDays,
            Ledger ledger) {
        this.carePackage = carePackage;
        this.openedOn = openedOn;
        this.policy = policy;
        this.holdDays = holdDays;
        this.ledger = ledger;
    }

    /**
     * Opens the budget account of a care package.
     *
     * @param carePackage the care package, not null
     * @param openedOn the date the account opens, not null; nothing can be dated before it
     * @param policy the spend policy, not null
     * @param holdDays how many days after its date a held spend can still be posted, 1 - 365
     * @return the new ledger, not null
     * @throws LedgerException if a value is null or out of range
     */
    public static BudgetLedger open(CarePackageId carePackage, LocalDate openedOn, SpendPolicy policy, int holdDays) {
        checkSettings(policy, holdDays);
        LedgerException.notNull(carePackage, "carePackage");
        Ledger ledger = Ledger.create();
        ledger.openAccount(PACKAGE + carePackage, false, Set.of(), LedgerException.notNull(openedOn, "openedOn"));
        return new BudgetLedger(carePackage, openedOn, policy, holdDays, ledger);
    }

    /**
     * Rebuilds a budget ledger from its journal, as returned by {@link #journal()}: same accounts, balances, journal
     * and hash.
     *
     * @param journal the events in order, not null, starting with the {@code package:} account
     * @param policy the spend policy for new spends, not null
     * @param holdDays how many days a held spend can still be posted, 1 - 365
     * @return the rebuilt ledger, not null
     * @throws LedgerException if the journal does not replay or is not a budget ledger's journal
     */
    public static BudgetLedger replay(List<LedgerEvent> journal, SpendPolicy policy, int holdDays) {
        checkSettings(policy, holdDays);
        LedgerException.notNull(journal, "journal");
        if (journal.isEmpty() || !(journal.get(0) instanceof AccountOpened first)
                || !first.label().startsWith(PACKAGE)) {
            throw new LedgerException("journal[0]", "the opening of a package: account", journal.isEmpty() ? "none"
                    : journal.get(0));
        }
        Ledger ledger = Ledger.replay(journal);
        BudgetLedger budget = new BudgetLedger(CarePackageId.of(first.label().substring(PACKAGE.length())),
                first.openedOn(), policy, holdDays, ledger);
        for (LedgerEvent event : journal) {
            if (event instanceof AccountOpened opened) {
                budget.index(opened);
            }
        }
        return budget;
    }

    private static void checkSettings(SpendPolicy policy, int holdDays) {
        LedgerException.notNull(policy, "policy");
        LedgerException.inRange(holdDays, 1, 365, "holdDays");
    }

    private void index(AccountOpened opened) {
        String label = opened.label();
        String id = label.substring(label.indexOf(':') + 1);
        if (label.startsWith(STREAM)) {
            streams.put(FunderId.of(id), opened.account());
            funded.put(FunderId.of(id), opened.funds());
        } else if (label.startsWith(FUNDER)) {
            funderAccounts.put(FunderId.of(id), opened.account());
        } else if (label.startsWith(PAYEE)) {
            payees.put(PayeeId.of(id), opened.account());
        }
    }

    /**
     * Adds a funder: opens its ring-fenced stream, funding the given categories, and its funder account.
     *
     * @param funder the funder, not null, not already a funder of this budget
     * @param funds the categories the funder funds, per the support plan, not null, at least one
     * @param from the date the funder starts, not null, on or after the budget opened
     * @throws LedgerException if a value is null or invalid, or the funder was added before
     */
    public synchronized void addFunder(FunderId funder, Set<SpendCategory> funds, LocalDate from) {
        LedgerException.notNull(funder, "funder");
        LedgerException.notNull(funds, "funds");
        if (funds.isEmpty() || funds.contains(null)) {
            throw new LedgerException("funds", "at least one spend category, none null", funds);
        }
        checkFrom(from);
        if (streams.containsKey(funder)) {
            throw new LedgerException("funder", "a funder not yet in budget " + carePackage, funder);
        }
        streams.put(funder, ledger.openAccount(STREAM + funder, true, funds, from));
        funderAccounts.put(funder, ledger.openAccount(FUNDER + funder, false, Set.of(), from));
        funded.put(funder, Set.copyOf(funds));
    }

    /**
     * Adds a payee who can then be paid from the budget.
     *
     * @param payee the payee, not null, not already a payee of this budget
     * @param from the first date the payee can be paid, not null, on or after the budget opened
     * @throws LedgerException if a value is null or invalid, or the payee was added before
     */
    public synchronized void addPayee(PayeeId payee, LocalDate from) {
        LedgerException.notNull(payee, "payee");
        checkFrom(from);
        if (payees.containsKey(payee)) {
            throw new LedgerException("payee", "a payee not yet in budget " + carePackage, payee);
        }
        payees.put(payee, ledger.openAccount(PAYEE + payee, false, Set.of(), from));
    }

    private void checkFrom(LocalDate from) {
        LedgerException.notNull(from, "from");
        if (from.isBefore(openedOn)) {
            throw new LedgerException("from", "on or after " + openedOn + ", when budget " + carePackage + " opened",
                    from);
        }
    }

    /**
     * Records money received from a funder into its stream (a scheduled payment, such as 4-weekly in advance).
     *
     * @param id the caller's transfer id, 1 or more
     * @param funder a funder of this budget, not null
     * @param amount the amount, above zero, not null
     * @param date the date received, not null, on or after the funder started
     * @return {@code CREATED}, or {@code EXISTS} for a resubmission, not null
     * @throws LedgerException if a value is invalid or the id was used with other content
     */
    public synchronized TransferResult receive(long id, FunderId funder, Gbp amount, LocalDate date) {
        return ledger.transfer(id, funderAccount(funder), stream(funder), pence(amount), date, null);
    }

    /**
     * Records every instalment of a funder's schedule due on or before a date, as one linked batch: instalment
     * {@code n} gets transfer id {@code firstId + n}, so calling again for a later date records only the new ones.
     *
     * @param firstId the transfer id of instalment 0, 1 or more; ids up to {@code firstId + 999} are reserved
     * @param schedule the schedule, not null, of a funder of this budget
     * @param asOf the date, not null
     * @return how many instalments were recorded now, 0 or more
     * @throws LedgerException if a value is invalid or an id was used with other content
     */
    public synchronized int receiveScheduled(long firstId, ReceiptSchedule schedule, LocalDate asOf) {
        LedgerException.inRange(firstId, 1, Long.MAX_VALUE - ReceiptSchedule.MAX_INSTALMENTS, "firstId");
        LedgerException.notNull(schedule, "schedule");
        int from = funderAccount(schedule.funder());
        int to = stream(schedule.funder());
        List<TransferRequest> instalments = new ArrayList<>();
        int recorded = 0;
        List<LocalDate> due = schedule.dueOnOrBefore(asOf);
        for (int n = 0; n < due.size(); n++) {
            long id = firstId + n;
            TransferRequest instalment = TransferRequest.transfer(id, from, to, schedule.amount().pence(), due.get(n),
                    null);
            if (ledger.contains(id)) {
                ledger.submit(instalment);
            } else {
                instalments.add(instalment);
                recorded++;
            }
        }
        if (!instalments.isEmpty()) {
            ledger.submitLinked(instalments);
        }
        return recorded;
    }

    /**
     * Records money received from a funder, given as a JSR-354 amount.
     *
     * @param id the caller's transfer id, 1 or more
     * @param funder a funder of this budget, not null
     * @param amount the amount, in GBP, whole pence, above zero, not null
     * @param date the date received, not null, on or after the funder started
     * @return {@code CREATED}, or {@code EXISTS} for a resubmission, not null
     * @throws LedgerException if a value is invalid (including a currency other than GBP or a fraction of a penny)
     *     or the id was used with other content
     */
    public synchronized TransferResult receive(long id, FunderId funder, MonetaryAmount amount, LocalDate date) {
        return receive(id, funder, Amounts.gbp(amount), date);
    }

    /**
     * Decides on a spend with the policy and records it: approved spends are posted, held spends become pending
     * transfers, rejected spends are not recorded. The ledger itself rejects a category the funder does not fund and
     * an amount above what the stream has available.
     *
     * @param request the spend, not null, from a funder and to a payee of this budget
     * @return the outcome, not null
     * @throws LedgerException if the request is invalid or its id was used with other content
     */
    public synchronized SpendOutcome spend(SpendRequest request) {
        return spendLinked(List.of(LedgerException.notNull(request, "request")));
    }

    /**
     * Decides on spends that stand or fall together (a payroll run paying several personal assistants from several
     * funders) and records them as one linked batch: all approved and posted, or all held, or none recorded. Each
     * spend is checked against the history before the batch plus the batch's earlier spends.
     *
     * @param requests the spends, not null, at least one, none null, ids distinct
     * @return the outcome, not null
     * @throws LedgerException if a request is invalid or an id was used with other content
     */
    public synchronized SpendOutcome spendLinked(List<SpendRequest> requests) {
        LedgerException.notNull(requests, "requests");
        if (requests.isEmpty()) {
            throw new LedgerException("requests", "at least one spend", "none");
        }
        for (int i = 0; i < requests.size(); i++) {
            SpendRequest request = LedgerException.notNull(requests.get(i), "requests[" + i + "]");
            stream(request.funder());
            payee(request.payee());
        }
        long first = requests.get(0).transferId();
        if (ledger.contains(first)) {
            return resubmitted(requests, ledger.transferEvent(first));
        }
        List<Finding> refusals = ledgerChecks(requests);
        if (!refusals.isEmpty()) {
            return new SpendOutcome(SpendDecision.of(refusals), false);
        }
        List<Finding> findings = new ArrayList<>();
        BatchHistory history = new BatchHistory(this);
        for (SpendRequest request : requests) {
            findings.addAll(policy.evaluate(request, history).reasons());
            history.add(request);
        }
        SpendDecision decision = SpendDecision.of(findings);
        if (decision instanceof SpendDecision.Reject) {
            return new SpendOutcome(decision, false);
        }
        String memo = decision instanceof SpendDecision.Hold hold ? heldMemo(hold) : null;
        TransferResult result = ledger.submitLinked(transfers(requests, memo));
        if (result != TransferResult.CREATED) {
            throw new IllegalStateException("checked spends refused by the ledger: " + result);
        }
        return new SpendOutcome(decision, false);
    }

    private SpendOutcome resubmitted(List<SpendRequest> requests, TransferEvent recorded) {
        boolean held = recorded.kind() == TransferKind.PENDING;
        String memo = held ? recorded.memo() : null;
        ledger.submitLinked(transfers(requests, memo));
        if (!held) {
            return new SpendOutcome(new SpendDecision.Approve(), true);
        }
        List<Finding> reasons = new ArrayList<>();
        for (String ruleId : memo.substring(HELD.length()).split(",")) {
            reasons.add(LedgerFindings.heldBefore(ruleId));
        }
        return new SpendOutcome(new SpendDecision.Hold(reasons), true);
    }

    private static String heldMemo(SpendDecision.Hold hold) {
        Set<String> ids = new LinkedHashSet<>();
        hold.reasons().forEach(reason -> ids.add(reason.ruleId()));
        String memo = HELD + String.join(",", ids);
        return memo.length() <= 200 ? memo : memo.substring(0, memo.lastIndexOf(',', 200));
    }

    private List<TransferRequest> transfers(List<SpendRequest> requests, String memo) {
        List<TransferRequest> batch = new ArrayList<>(requests.size());
        for (SpendRequest request : requests) {
            int from = stream(request.funder());
            int to = payee(request.payee());
            long pence = request.amount().pence();
            TransferRequest transfer = memo == null
                    ? TransferRequest.transfer(request.transferId(), from, to, pence, request.date(), request.category())
                    : TransferRequest.hold(request.transferId(), from, to, pence, request.date(), request.category(),
                            request.date().plusDays(holdDays)).withMemo(memo);
            batch.add(transfer);
        }
        return batch;
    }

    private List<Finding> ledgerChecks(List<SpendRequest> requests) {
        List<Finding> refusals = new ArrayList<>();
        Map<FunderId, Long> asked = new LinkedHashMap<>();
        for (SpendRequest request : requests) {
            if (!funded.get(request.funder()).contains(request.category())) {
                refusals.add(LedgerFindings.ringFence(request.funder(), request.category()));
            }
            // saturating: a batch asking for more than a long holds is simply more than is available
            asked.merge(request.funder(), request.amount().pence(), (a, b) -> a > Long.MAX_VALUE - b ? Long.MAX_VALUE
                    : a + b);
        }
        asked.forEach((funder, pence) -> {
            Gbp available = ledger.balance(stream(funder)).available();
            if (pence > available.pence()) {
                // a batch asking for more than the largest amount is reported as asking for the largest amount
                refusals.add(LedgerFindings.insufficientFunds(funder, Gbp.ofPence(Math.min(pence, Gbp.MAX_PENCE)),
                        available));
            }
        });
        return refusals;
    }

    /**
     * Posts a held spend, in full or in part, after the funder's review; any rest is released.
     *
     * @param id the caller's id for the post, 1 or more
     * @param holdId the held spend's transfer id, still open
     * @param amount the amount to post, above zero and at most the held amount, not null
     * @param date the date, not null, on or after the hold's date and not after its expiry
     * @return {@code CREATED}, or {@code EXISTS} for a resubmission, not null
     * @throws LedgerException if a value is invalid or the hold is not open
     */
    public synchronized TransferResult post(long id, long holdId, Gbp amount, LocalDate date) {
        return ledger.post(id, holdId, pence(amount), date);
    }

    /**
     * Voids a held spend after the funder's review: the reserved funds are released.
     *
     * @param id the caller's id for the void, 1 or more
     * @param holdId the held spend's transfer id, still open
     * @param date the date, not null, on or after the hold's date
     * @return {@code CREATED}, or {@code EXISTS} for a resubmission, not null
     * @throws LedgerException if a value is invalid or the hold is not open (already posted, voided or expired)
     */
    public synchronized TransferResult voidHold(long id, long holdId, LocalDate date) {
        return ledger.voidPending(id, holdId, date);
    }

    /**
     * Releases every held spend whose last day to post was before {@code asOf}.
     *
     * @param asOf the date, not null
     * @return how many holds expired now, 0 or more
     * @throws LedgerException if {@code asOf} is null
     */
    public synchronized int expireHolds(LocalDate asOf) {
        return ledger.expirePending(asOf);
    }

    /**
     * Records a refund from a payee back into a funder's stream: at most what the stream paid the payee for the
     * category, less earlier refunds and reversals, so a stream never takes in money its funder did not pay out.
     *
     * @param id the caller's transfer id, 1 or more
     * @param payee a payee of this budget, not null
     * @param funder the funder whose stream paid, not null
     * @param category the category refunded, not null, one the funder funds
     * @param amount the amount, above zero, at most what is left to refund, not null
     * @param date the date, not null
     * @return {@code CREATED}, or {@code EXISTS} for a resubmission, not null
     * @throws LedgerException if a value is invalid, the amount is more than is left to refund, or the id was used
     *     with other content
     */
    public synchronized TransferResult refund(long id, PayeeId payee, FunderId funder, SpendCategory category,
            Gbp amount, LocalDate date) {
        LedgerException.notNull(category, "category");
        int to = stream(funder);
        if (!funded.get(funder).contains(category)) {
            throw new LedgerException("category", "a category funder " + funder + " funds "
                    + EnumSet.copyOf(funded.get(funder)), category);
        }
        int from = payee(payee);
        long pence = pence(amount);
        if (!ledger.contains(id)) {
            long paid = ledger.netMoved(to, from, category);
            if (pence > paid) {
                throw new LedgerException("amount", "at most " + Gbp.ofPence(Math.max(0, paid)) + ", what " + funder
                        + " paid " + payee + " for " + category + " less refunds", amount);
            }
        }
        return ledger.transfer(id, from, to, pence, date, category);
    }

    /**
     * Corrects a posted transfer (a receipt, spend, refund, post or clawback) by reversing it with a new transfer.
     *
     * @param id the caller's id for the reversal, 1 or more
     * @param originalId the posted transfer to reverse, not reversed before
     * @param date the date, not null, on or after the original's date
     * @return {@code CREATED}, {@code EXISTS}, or {@code EXCEEDS_CREDITS} when the stream no longer holds the money
     * @throws LedgerException if a value is invalid or the original cannot be reversed
     */
    public synchronized TransferResult reverse(long id, long originalId, LocalDate date) {
        return ledger.reverse(id, originalId, date);
    }

    /**
     * Returns a funder's surplus as of a date: balance less commitments (held spends) less contingency.
     *
     * @param terms the funder's terms, not null, for a funder of this budget
     * @param asOf the date, not null
     * @return the report, not null
     * @throws LedgerException if a value is null or the funder unknown
     */
    public synchronized SurplusReport surplus(FundingTerms terms, LocalDate asOf) {
        LedgerException.notNull(terms, "terms");
        AccountBalance balance = ledger.balanceAsOf(stream(terms.funder()), LedgerException.notNull(asOf, "asOf"));
        Gbp commitments = Gbp.ofPence(balance.debitsPending());
        Gbp surplus = balance.posted().minus(commitments).minus(terms.contingency());
        return new SurplusReport(terms.funder(), asOf, balance.posted(), commitments, terms.contingency(), surplus,
                surplus.compareTo(terms.clawbackThreshold()) > 0);
    }

    /**
     * Returns a flagged surplus to the funder in one call, dated {@code asOf}. Nothing moves when the surplus is not
     * flagged, or when the stream no longer has it available. The transfer's memo records the terms it was worked out
     * under. Resubmitting the same id with the same terms and date is a no-op that reports the amount returned then
     * (with the surplus as it is now, after the return); with other terms it is an error naming the memo.
     *
     * @param id the caller's transfer id, 1 or more
     * @param terms the funder's terms, not null, for a funder of this budget
     * @param asOf the date, not null
     * @return the report and the amount returned, not null
     * @throws LedgerException if a value is invalid or the id was used with other content
     */
    public synchronized Clawback clawback(long id, FundingTerms terms, LocalDate asOf) {
        SurplusReport report = surplus(terms, asOf);
        int from = stream(terms.funder());
        int to = funderAccount(terms.funder());
        String memo = "clawback: contingency " + terms.contingencyWeeks() + " weeks of " + terms.weeklyPlannedCost()
                + ", threshold " + terms.clawbackThreshold();
        if (ledger.contains(id)) {
            TransferEvent recorded = ledger.transferEvent(id);
            ledger.submit(TransferRequest.transfer(id, from, to, recorded.amount().pence(), asOf, null).withMemo(memo));
            return new Clawback(report, recorded.amount());
        }
        if (!report.flaggedForClawback()) {
            return new Clawback(report, Gbp.ZERO);
        }
        TransferResult result = ledger.submit(TransferRequest.transfer(id, from, to, report.surplus().pence(), asOf,
                null).withMemo(memo));
        return new Clawback(report, result == TransferResult.CREATED ? report.surplus() : Gbp.ZERO);
    }

    /**
     * Returns a funder's stream totals now: every entry recorded, whatever its date, as the ledger's own checks see
     * them (what is available to spend). Constant time.
     *
     * @param funder a funder of this budget, not null
     * @return the totals, not null
     * @throws LedgerException if the funder is null or unknown
     */
    public synchronized AccountBalance balance(FunderId funder) {
        return ledger.balance(stream(funder));
    }

    /**
     * Returns a funder's stream totals at the end of a date.
     *
     * @param funder a funder of this budget, not null
     * @param asOf the date, not null
     * @return the totals, not null
     * @throws LedgerException if a value is null or the funder unknown
     */
    public synchronized AccountBalance balance(FunderId funder, LocalDate asOf) {
        return ledger.balanceAsOf(stream(funder), asOf);
    }

    /**
     * Returns the whole budget's totals (all streams) at the end of a date.
     *
     * @param asOf the date, not null
     * @return the totals, not null
     * @throws LedgerException if {@code asOf} is null
     */
    public synchronized AccountBalance balance(LocalDate asOf) {
        LedgerException.notNull(asOf, "asOf");
        AccountBalance total = AccountBalance.ZERO;
        for (int stream : streams.values()) {
            total = total.plus(ledger.balanceAsOf(stream, asOf));
        }
        return total;
    }

    /**
     * Returns a funder's stream statement over a period.
     *
     * @param funder a funder of this budget, not null
     * @param period the dates, not null, with an end
     * @return the statement, not null
     * @throws LedgerException if a value is null or invalid, or the funder unknown
     */
    public synchronized Statement statement(FunderId funder, DateRange period) {
        return ledger.statement(STREAM + funder, new int[] {stream(funder)}, period);
    }

    /**
     * Returns the whole budget's statement (all streams together) over a period.
     *
     * @param period the dates, not null, with an end
     * @return the statement, not null
     * @throws LedgerException if the period is null or open-ended, or the budget has no funder yet
     */
    public synchronized Statement statement(DateRange period) {
        int[] all = streams.values().stream().mapToInt(Integer::intValue).toArray();
        return ledger.statement(PACKAGE + carePackage, all, period);
    }

    @Override
    public synchronized long paymentsTo(PayeeId payee) {
        Integer account = payees.get(LedgerException.notNull(payee, "payee"));
        return account == null ? 0 : ledger.paymentCount(account);
    }

    @Override
    public synchronized Gbp paidTo(PayeeId payee) {
        Integer account = payees.get(LedgerException.notNull(payee, "payee"));
        return account == null ? Gbp.ZERO : ledger.balance(account).posted();
    }

    @Override
    public synchronized Gbp spent(SpendCategory category, DateRange period) {
        LedgerException.notNull(period, "period");
        return Gbp.ofPence(streams.values().stream().mapToLong(s -> ledger.spent(s, category, period)).sum());
    }

    @Override
    public synchronized Gbp committed(SpendCategory category, DateRange period) {
        LedgerException.notNull(period, "period");
        return Gbp.ofPence(streams.values().stream().mapToLong(s -> ledger.committed(s, category, period)).sum());
    }

    /**
     * Returns the journal: every account opening and transfer, in order, as immutable events.
     *
     * @return the events, not null, unmodifiable
     */
    public synchronized List<LedgerEvent> journal() {
        return ledger.journal();
    }

    /**
     * Returns the head of the SHA-256 chain over the journal (see {@link Ledger#hash()}).
     *
     * @return 64 lower-case hex digits, not null
     */
    public synchronized String hash() {
        return ledger.hash();
    }

    /**
     * Returns the care package this budget belongs to.
     *
     * @return the care package, not null
     */
    public CarePackageId carePackage() {
        return carePackage;
    }

    /**
     * Returns the date the budget account opened.
     *
     * @return the date, not null
     */
    public LocalDate openedOn() {
        return openedOn;
    }

    /**
     * Returns the funders, in the order added.
     *
     * @return the funders, not null, unmodifiable
     */
    public synchronized Set<FunderId> funders() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(streams.keySet()));
    }

    /**
     * Returns the categories a funder funds.
     *
     * @param funder a funder of this budget, not null
     * @return the categories, not null, unmodifiable
     * @throws LedgerException if the funder is null or unknown
     */
    public synchronized Set<SpendCategory> funds(FunderId funder) {
        stream(funder);
        return Collections.unmodifiableSet(EnumSet.copyOf(funded.get(funder)));
    }

    private int stream(FunderId funder) {
        return account(streams, funder, "funder");
    }

    private int funderAccount(FunderId funder) {
        return account(funderAccounts, funder, "funder");
    }

    private int payee(PayeeId payee) {
        return account(payees, payee, "payee");
    }

    private <K> int account(Map<K, Integer> accounts, K key, String field) {
        Integer account = accounts.get(LedgerException.notNull(key, field));
        if (account == null) {
            throw new LedgerException(field, "a " + field + " of budget " + carePackage + " " + accounts.keySet(),
                    key);
        }
        return account;
    }

    private static long pence(Gbp amount) {
        return LedgerException.notNull(amount, "amount").pence();
    }
}
