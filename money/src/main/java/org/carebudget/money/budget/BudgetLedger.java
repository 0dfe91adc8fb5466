package org.carebudget.money.budget;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.Amounts;
import org.carebudget.money.LedgerException;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.ledger.AccountBalance;
import org.carebudget.money.ledger.AccountOpened;
import org.carebudget.money.ledger.AccountRequest;
import org.carebudget.money.ledger.Ledger;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.Statement;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.ledger.TransferKind;
import org.carebudget.money.ledger.TransferRequest;
import org.carebudget.money.ledger.TransferResult;
import org.carebudget.money.policy.LedgerFindings;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendFinding;
import org.carebudget.money.policy.SpendHistory;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SpendSeverity;
import org.jspecify.annotations.Nullable;

/**
 * The managed budget account of one care package: one ring-fenced stream per funder, funding the spend categories
 * its funder funds, over a double-entry {@link Ledger}. The money stays the funder's until spent appropriately:
 * every spend goes through the {@link SpendPolicy}, and a doubtful spend is held (a pending transfer, the funds
 * reserved) until the funder approves it, in full or in part, or releases it, or the hold expires. A spend on a
 * category the funder does not fund is held for the funder's review, or rejected, by the funder's
 * {@link UnfundedSpend} setting.
 *
 * <p>Meaning is in typed fields of the journal, never in text: each account's {@link AccountRole} is its code and
 * its name the funder, payee or package id; each transfer's {@link Purpose} is its code; a hold's reasons are bits
 * of its user data, each bit a rule id recorded in the journal as a {@link AccountRole#HOLD_REASON} account; an
 * agreed spend category is recorded as a {@link AccountRole#CATEGORY} account. Receipts move money funder to stream,
 * spends stream to payee, refunds payee to stream, returns and clawbacks stream to funder; corrections are
 * reversals. Every transfer has a caller-supplied {@link TransferId}; a resubmission with other content is a
 * {@link RetryConflict}, never a second transfer.
 *
 * <p>Spend decisions read running totals per category and period ({@code SpendTotals}), kept up to date as the
 * journal grows, so a decision costs the same however long the budget's history.
 *
 * <p>Thread-safe: every method is serialised on this ledger's monitor, so concurrent posting to one budget loses no
 * update; different budgets (see {@link LedgerRegistry}) share nothing and post in parallel. Any method that throws
 * {@link LedgerException} has changed nothing.
 */
public final class BudgetLedger implements SpendHistory {

    /** The most spends in one linked batch. */
    public static final int MAX_BATCH = 1_000;
    /** The most funders of one budget. */
    public static final int MAX_FUNDERS = 64;

    static final int RECEIPT = 1;
    static final int RETURN = 2;
    static final int CLAWBACK = 3;
    static final int SPEND_BASE = 0x1000;
    static final int REFUND_BASE = 0x2000;
    static final int AGREED_BASE = 0x100;
    private static final int MAX_CATEGORY = 0xFFF;
    private static final int MAX_REASONS = 63;

    private final CarePackageId carePackage;
    private final LocalDate openedOn;
    private final SpendPolicy policy;
    private final int holdDays;
    private final Ledger ledger;
    private final Map<FunderId, Integer> streams = new LinkedHashMap<>();
    private final Set<Integer> streamAccounts = new HashSet<>();
    private final Map<FunderId, Integer> funderAccounts = new HashMap<>();
    private final Map<FunderId, Set<SpendCategory>> funded = new HashMap<>();
    private final Map<FunderId, UnfundedSpend> unfunded = new HashMap<>();
    private final Map<PayeeId, Integer> payees = new LinkedHashMap<>();
    private final Map<Integer, Long> payments = new HashMap<>();
    private final Map<SpendCategory, Integer> agreedCodes = new HashMap<>();
    private final Map<Integer, SpendCategory> agreedByCode = new HashMap<>();
    private final Map<String, Integer> reasonBits = new LinkedHashMap<>();
    private final List<String> reasons = new ArrayList<>();
    private final Map<Integer, String> accountNames = new HashMap<>();
    private final SpendTotals totals = new SpendTotals();
    private int processed;

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
     * @param openedOn the date the account opens, not null, within the supported dates; nothing can be dated before
     * @param policy the spend policy, not null
     * @param holdFor how long after its date a held spend can still be approved: whole days, 1 - 365, not null
     * @return the new ledger, not null
     * @throws LedgerException if a value is null or out of range
     */
    public static BudgetLedger open(CarePackageId carePackage, LocalDate openedOn,
            SpendPolicy policy, Period holdFor) {
        int days = checkSettings(policy, holdFor);
        LedgerException.notNull(carePackage, "carePackage");
        LedgerException.CHECKS.date(openedOn, "openedOn");
        Ledger ledger = Ledger.create();
        ledger.openAccount(AccountRequest.of(AccountRole.PACKAGE.code(), carePackage.value(), openedOn));
        BudgetLedger budget = new BudgetLedger(carePackage, openedOn, policy, days, ledger);
        budget.catchUp();
        return budget;
    }

    /**
     * Rebuilds a budget ledger from its journal, as returned by {@link #journal()}: same accounts, balances, journal
     * and hash.
     *
     * @param journal the events in order, not null, starting with the {@link AccountRole#PACKAGE} account
     * @param policy the spend policy for new spends, not null
     * @param holdFor how long a held spend can still be approved, whole days 1 - 365, not null
     * @return the rebuilt ledger, not null
     * @throws LedgerException if the journal does not replay (naming the position) or is not a budget's journal
     */
    public static BudgetLedger replay(List<LedgerEvent> journal, SpendPolicy policy,
            Period holdFor) {
        int days = checkSettings(policy, holdFor);
        List<LedgerEvent> events = LedgerException.CHECKS.list(journal, Integer.MAX_VALUE, "journal");
        return rebuild(events, Ledger.replay(first(events)), policy, days);
    }

    /**
     * Rebuilds a budget ledger from its journal and checks it against the hash kept with it, refusing a journal
     * changed since.
     *
     * @param journal the events in order, not null, starting with the {@link AccountRole#PACKAGE} account
     * @param expectedHash the {@link #hash()} kept with the journal, 64 lower-case hex digits, not null
     * @param policy the spend policy for new spends, not null
     * @param holdFor how long a held spend can still be approved, whole days 1 - 365, not null
     * @return the rebuilt ledger, not null
     * @throws LedgerException if the journal does not replay, is not a budget's journal, or its hash differs
     */
    public static BudgetLedger replay(List<LedgerEvent> journal, String expectedHash,
            SpendPolicy policy, Period holdFor) {
        int days = checkSettings(policy, holdFor);
        List<LedgerEvent> events = LedgerException.CHECKS.list(journal, Integer.MAX_VALUE, "journal");
        return rebuild(events, Ledger.replay(first(events), expectedHash), policy, days);
    }

    private static List<LedgerEvent> first(List<LedgerEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof AccountOpened opened)
                || opened.code() != AccountRole.PACKAGE.code()) {
            throw new LedgerException("journal[0]", "the opening of the PACKAGE account", events.isEmpty() ? "none"
                    : events.get(0));
        }
        return events;
    }

    private static BudgetLedger rebuild(List<LedgerEvent> events, Ledger ledger, SpendPolicy policy, int days) {
        AccountOpened first = (AccountOpened) events.get(0);
        CarePackageId carePackage;
        try {
            carePackage = CarePackageId.of(first.name());
        } catch (org.carebudget.core.InvalidValueException e) {
            throw new LedgerException("journal[0].name", e.validValues(), e.givenValue());
        }
        BudgetLedger budget = new BudgetLedger(carePackage, first.openedOn(), policy, days, ledger);
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i) instanceof AccountOpened opened) {
                try {
                    budget.index(opened);
                } catch (org.carebudget.core.InvalidValueException e) {
                    throw new LedgerException("journal[" + i + "]." + e.field(), e.validValues(), e.givenValue());
                }
            }
        }
        budget.catchUp();
        return budget;
    }

    /** Reads the registers again from the ledger's accounts, after a rollback undid some of their openings. */
    private void reindexRegisters() {
        agreedCodes.clear();
        agreedByCode.clear();
        reasonBits.clear();
        reasons.clear();
        for (int account = 0; account < ledger.accountCount(); account++) {
            AccountOpened opened = ledger.account(account);
            if (opened.code() == AccountRole.CATEGORY.code() || opened.code() == AccountRole.HOLD_REASON.code()) {
                index(opened);
            }
        }
    }

    private static int checkSettings(@Nullable SpendPolicy policy, @Nullable Period holdFor) {
        LedgerException.notNull(policy, "policy");
        LedgerException.notNull(holdFor, "holdFor");
        if (holdFor.getYears() != 0 || holdFor.getMonths() != 0) {
            throw new LedgerException("holdFor", "whole days, 1 - 365 (Period.ofDays)", holdFor);
        }
        return LedgerException.CHECKS.inRange(holdFor.getDays(), 1, 365, "holdFor (days)");
    }

    private void index(AccountOpened opened) {
        AccountRole role = AccountRole.of(opened.code());
        if (role == null) {
            throw new LedgerException("code", "an account role's code 1 - 6", opened.code());
        }
        accountNames.put(opened.account(), opened.name());
        switch (role) {
            case STREAM -> {
                FunderId funder = FunderId.of(opened.name());
                streams.put(funder, opened.account());
                streamAccounts.add(opened.account());
                unfunded.put(funder, opened.holdsOtherCodesForReview() ? UnfundedSpend.HOLD_FOR_REVIEW
                        : UnfundedSpend.REJECT);
                Set<SpendCategory> categories = new TreeSet<>();
                for (int code : opened.debitCodes()) {
                    if (code > SPEND_BASE && code < REFUND_BASE) {
                        categories.add(category(code - SPEND_BASE));
                    }
                }
                funded.put(funder, Collections.unmodifiableSet(categories));
            }
            case FUNDER -> funderAccounts.put(FunderId.of(opened.name()), opened.account());
            case PAYEE -> payees.put(PayeeId.of(opened.name()), opened.account());
            case CATEGORY -> {
                SpendCategory category = SpendCategory.agreed(opened.name());
                agreedCodes.put(category, (int) opened.userData());
                agreedByCode.put((int) opened.userData(), category);
            }
            case HOLD_REASON -> {
                reasonBits.put(opened.name(), (int) opened.userData());
                reasons.add(opened.name());
            }
            default -> {
            }
        }
    }

    /**
     * Adds a funder whose stream holds spends on categories it does not fund for its review.
     *
     * @param funder the funder, not null, not already a funder of this budget
     * @param funds the categories the funder funds, per the support plan, not null, 1 - 60, none null (see
     *     {@link #addFunder(FunderId, Set, LocalDate, UnfundedSpend)} for the limit across funders)
     * @param from the date the funder starts, not null, on or after the budget opened
     * @throws LedgerException if a value is null or invalid, or the funder was added before
     */
    public synchronized void addFunder(FunderId funder, Set<SpendCategory> funds,
            LocalDate from) {
        addFunder(funder, funds, from, UnfundedSpend.HOLD_FOR_REVIEW);
    }

    /**
     * Adds a funder: opens its ring-fenced stream, funding the given categories, and its funder account.
     *
     * @param funder the funder, not null, not already a funder of this budget, at most {@value #MAX_FUNDERS}
     * @param funds the categories the funder funds, per the support plan, not null, 1 - 60, none null; the funders
     *     of one budget together fund at most 62 distinct categories (the engine numbers at most 64 distinct debit
     *     codes per ledger: one per category funded, plus the return to the funder and the clawback)
     * @param from the date the funder starts, not null, on or after the budget opened
     * @param otherCategories what the stream does with a spend on a category it does not fund, not null
     * @throws LedgerException if a value is null or invalid, the funder was added before, or the budget's funders
     *     would fund more than 62 distinct categories ({@code allowedDebitCodes}); nothing is then added
     */
    public synchronized void addFunder(FunderId funder, Set<SpendCategory> funds,
            LocalDate from, UnfundedSpend otherCategories) {
        LedgerException.notNull(funder, "funder");
        Set<SpendCategory> categories = LedgerException.CHECKS.set(funds, 60, "funds");
        if (categories.isEmpty()) {
            throw new LedgerException("funds", "at least one spend category", "none");
        }
        checkFrom(from);
        LedgerException.notNull(otherCategories, "otherCategories");
        if (streams.containsKey(funder)) {
            throw new LedgerException("funder", "a funder not yet in budget " + carePackage, funder);
        }
        if (streams.size() == MAX_FUNDERS) {
            throw new LedgerException("funder", "at most " + MAX_FUNDERS + " funders in one budget", funder);
        }
        int stream;
        try {
            stream = ledger.atomically(l -> {
            List<Integer> codes = new ArrayList<>(List.of(RETURN, CLAWBACK));
            for (SpendCategory category : categories) {
                codes.add(SPEND_BASE + registerCategory(category, from));
            }
            AccountRequest request = AccountRequest.of(AccountRole.STREAM.code(), funder.value(), from)
                    .ringFencedFor(codes);
            int opened = l.openAccount(otherCategories == UnfundedSpend.HOLD_FOR_REVIEW
                    ? request.holdingOtherCodesForReview() : request);
            l.openAccount(AccountRequest.of(AccountRole.FUNDER.code(), funder.value(), from));
            return opened;
            });
        } catch (RuntimeException e) {
            reindexRegisters();
            throw e;
        }
        index(ledger.account(stream));
        index(ledger.account(stream + 1));
        catchUp();
    }

    /** Returns the category's number, recording an agreed category in the journal the first time. */
    private int registerCategory(SpendCategory category, LocalDate date) {
        if (category.isStandard()) {
            return category.standardCode();
        }
        Integer code = agreedCodes.get(category);
        if (code != null) {
            return code;
        }
        int next = AGREED_BASE + agreedCodes.size();
        if (next > MAX_CATEGORY) {
            throw new LedgerException("category", "at most " + (MAX_CATEGORY - AGREED_BASE + 1) + " agreed categories "
                    + "in one budget", category);
        }
        index(ledger.account(ledger.openAccount(AccountRequest.of(AccountRole.CATEGORY.code(), category.name(),
                laterOf(date)).withUserData(next))));
        return next;
    }

    private LocalDate laterOf(LocalDate date) {
        return date.isBefore(openedOn) ? openedOn : date;
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
        index(ledger.account(ledger.openAccount(AccountRequest.of(AccountRole.PAYEE.code(), payee.value(), from))));
        catchUp();
    }

    private void checkFrom(@Nullable LocalDate from) {
        LedgerException.CHECKS.date(from, "from");
        if (from.isBefore(openedOn)) {
            throw new LedgerException("from", "on or after " + openedOn + ", when budget " + carePackage + " opened",
                    from);
        }
    }

    /**
     * Records money received from a funder into its stream.
     *
     * @param id the caller's transfer id, not null
     * @param funder a funder of this budget, not null
     * @param amount the amount, 1 pence - {@link Ledger#MAX_AMOUNT}, not null
     * @param date the date received, not null, on or after the funder started
     * @return {@code CREATED}, {@code EXISTS} for a resubmission, or a {@link RetryConflict}; not null
     * @throws LedgerException if a value is invalid
     */
    public synchronized TransferOutcome receive(TransferId id, FunderId funder,
            Gbp amount, LocalDate date) {
        return submit(TransferRequest.transfer(id, funderAccount(funder), stream(funder), pence(amount), date,
                RECEIPT));
    }

    /**
     * Records money received from a funder, given as a JSR-354 amount.
     *
     * @param id the caller's transfer id, not null
     * @param funder a funder of this budget, not null
     * @param amount the amount, in GBP, whole pence, 1 pence - {@link Ledger#MAX_AMOUNT}, not null
     * @param date the date received, not null, on or after the funder started
     * @return {@code CREATED}, {@code EXISTS} for a resubmission, or a {@link RetryConflict}; not null
     * @throws LedgerException if a value is invalid (including a currency other than GBP or a fraction of a penny)
     */
    public synchronized TransferOutcome receive(TransferId id, FunderId funder,
            MonetaryAmount amount, LocalDate date) {
        return receive(id, funder, Amounts.gbp(LedgerException.notNull(amount, "amount")), date);
    }

    /**
     * Records every instalment of a funder's schedule due on or before a date, as one linked batch: instalment
     * {@code n} has transfer id {@link ReceiptSchedule#instalmentId(int)} and user data {@code n}, so calling again
     * for a later date records only the new ones.
     *
     * @param schedule the schedule, not null, of a funder of this budget
     * @param asOf the date, not null, within the supported dates
     * @return how many instalments were recorded now, 0 or more
     * @throws LedgerException if a value is invalid, or an instalment was recorded with other content
     */
    public synchronized int receiveScheduled(ReceiptSchedule schedule, LocalDate asOf) {
        LedgerException.notNull(schedule, "schedule");
        List<LocalDate> due = schedule.dueOnOrBefore(asOf);
        int from = funderAccount(schedule.funder());
        int to = stream(schedule.funder());
        List<TransferRequest> instalments = new ArrayList<>();
        for (int n = 0; n < due.size(); n++) {
            TransferRequest instalment = TransferRequest.transfer(schedule.instalmentId(n), from, to,
                    schedule.amount().pence(), due.get(n), RECEIPT).withUserData(n);
            if (ledger.contains(instalment.id())) {
                TransferResult result = ledger.submit(instalment);
                if (result.isConflict()) {
                    throw new LedgerException("schedule", "a schedule whose instalments match those recorded: "
                            + conflict(instalment, result).message(), schedule);
                }
            } else {
                instalments.add(instalment);
            }
        }
        if (!instalments.isEmpty()) {
            TransferResult result = ledger.submitLinked(instalments);
            if (!result.isRecorded()) {
                throw new LedgerException("schedule", "instalments the ledger takes", result);
            }
        }
        catchUp();
        return instalments.size();
    }

    /**
     * Decides on a spend with the policy and records it: approved spends are posted, held spends reserved, rejected
     * spends not recorded.
     *
     * @param request the spend, not null, from a funder and to a payee of this budget
     * @return the outcome, not null
     * @throws LedgerException if the request is invalid
     */
    public synchronized SpendOutcome spend(SpendRequest request) {
        return spendLinked(List.of(LedgerException.notNull(request, "request")));
    }

    /**
     * Decides on spends that stand or fall together (a payroll run paying several personal assistants from several
     * funders) and records them as one linked batch: all approved and posted, or all held, or none recorded. Limits
     * count the spending recorded before the batch plus the batch's earlier spends; a payee's usual payments (new
     * payee, unusual amount) are those recorded before the batch, so the decision and its reasons do not depend on
     * the order of the batch. A funder's stream must have the batch's total for it available, and a refusal names
     * that total.
     *
     * @param requests the spends, not null, 1 - {@value #MAX_BATCH}, none null, ids distinct
     * @return the outcome, not null
     * @throws LedgerException if a request is invalid, or the batch mixes recorded and new ids
     */
    public synchronized SpendOutcome spendLinked(List<SpendRequest> requests) {
        List<SpendRequest> batch = LedgerException.CHECKS.list(requests, MAX_BATCH, "requests");
        if (batch.isEmpty()) {
            throw new LedgerException("requests", "at least one spend", "none");
        }
        Set<TransferId> ids = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            SpendRequest request = batch.get(i);
            stream(request.funder());
            payee(request.payee());
            if (!ids.add(request.transferId())) {
                throw new LedgerException("requests[" + i + "].transferId", "an id not used earlier in the batch",
                        request.transferId());
            }
        }
        if (ledger.contains(batch.get(0).transferId())) {
            return resubmitted(batch);
        }
        catchUp();
        List<SpendFinding> findings = ledgerChecks(batch);
        if (findings.stream().anyMatch(f -> f.severity() == SpendSeverity.REJECT)) {
            return SpendOutcome.decided(SpendDecision.of(findings));
        }
        BatchHistory history = new BatchHistory(this);
        for (SpendRequest request : batch) {
            findings.addAll(policy.evaluate(request, history).reasons());
            history.add(request);
        }
        SpendDecision decision = SpendDecision.of(findings);
        if (decision instanceof SpendDecision.Reject) {
            return SpendOutcome.decided(decision);
        }
        boolean held = decision instanceof SpendDecision.Hold;
        try {
            ledger.atomically(l -> {
                long mask = held ? reasonMask((SpendDecision.Hold) decision, batch.get(0).date()) : 0;
                List<TransferRequest> transfers = new ArrayList<>(batch.size());
                for (SpendRequest request : batch) {
                    transfers.add(transfer(request, registerCategory(request.category(), request.date()), held,
                            mask));
                }
                TransferResult submitted = l.submitLinked(transfers);
                if (submitted != TransferResult.CREATED) {
                    throw new Refused(submitted);
                }
                return submitted;
            });
        } catch (LedgerException e) {
            reindexRegisters();
            throw e;
        } catch (Refused refused) {
            reindexRegisters();
            // the checks above make this unreachable; should the ledger still refuse, the spend is rejected whole
            return SpendOutcome.decided(SpendDecision.of(List.of(SpendFinding.of(LedgerFindings.INSUFFICIENT_FUNDS,
                    SpendSeverity.REJECT, "the ledger refused the batch: " + refused.result,
                    LedgerFindings.insufficientFunds(batch.get(0).funder(), Gbp.ZERO, Gbp.ZERO).source()))));
        }
        catchUp();
        return SpendOutcome.decided(decision);
    }

    /** A business refusal inside {@link Ledger#atomically}, so that the ledger undoes what the batch appended. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient TransferResult result;

        Refused(TransferResult result) {
            super(result.name(), null, false, false);
            this.result = result;
        }
    }

    private TransferRequest transfer(SpendRequest request, int category, boolean held, long reasonMask) {
        int from = stream(request.funder());
        int to = payee(request.payee());
        long pence = request.amount().pence();
        if (!held) {
            return TransferRequest.transfer(request.transferId(), from, to, pence, request.date(),
                    SPEND_BASE + category);
        }
        return TransferRequest.pending(request.transferId(), from, to, pence, request.date(), SPEND_BASE + category,
                holdExpiry(request.date())).withUserData(reasonMask);
    }

    /** The first day a hold dated {@code date} can no longer be approved: {@code holdDays} days after it are allowed. */
    private LocalDate holdExpiry(LocalDate date) {
        return date.plusDays(holdDays + 1L);
    }

    /** Returns the bits of the hold's reasons, recording in the journal each rule id not seen before. */
    private long reasonMask(SpendDecision.Hold hold, LocalDate date) {
        long mask = 0;
        for (SpendFinding reason : hold.reasons()) {
            Integer bit = reasonBits.get(reason.ruleId());
            if (bit == null) {
                if (reasons.size() == MAX_REASONS) {
                    throw new LedgerException("ruleId", "at most " + MAX_REASONS + " distinct rules holding spends in "
                            + "one budget", reason.ruleId());
                }
                bit = reasons.size();
                index(ledger.account(ledger.openAccount(AccountRequest.of(AccountRole.HOLD_REASON.code(),
                        reason.ruleId(), laterOf(date)).withUserData(bit))));
            }
            mask |= 1L << bit;
        }
        return mask;
    }

    private SpendOutcome resubmitted(List<SpendRequest> batch) {
        TransferEvent first = ledger.transferEvent(batch.get(0).transferId());
        boolean held = first.kind() == TransferKind.PENDING;
        for (int i = 0; i < batch.size(); i++) {
            SpendRequest request = batch.get(i);
            if (!ledger.contains(request.transferId())) {
                throw new LedgerException("requests[" + i + "].transferId",
                        "all new, or all recorded before, in one linked batch", request.transferId());
            }
        }
        SpendDecision recorded = held ? new SpendDecision.Hold(heldBecause(first)) : new SpendDecision.Approve();
        for (SpendRequest request : batch) {
            Integer category = categoryCode(request.category());
            TransferRequest transfer = transfer(request, category == null ? MAX_CATEGORY : category, held,
                    held ? first.userData() : 0);
            TransferResult result = ledger.submit(transfer);
            if (result.isConflict()) {
                return SpendOutcome.conflict(recorded, conflict(transfer, result));
            }
        }
        return SpendOutcome.resubmission(recorded);
    }

    private @Nullable Integer categoryCode(SpendCategory category) {
        return category.isStandard() ? Integer.valueOf(category.standardCode()) : agreedCodes.get(category);
    }

    private List<SpendFinding> heldBecause(TransferEvent hold) {
        List<SpendFinding> found = new ArrayList<>();
        for (int bit = 0; bit < reasons.size(); bit++) {
            if ((hold.userData() & (1L << bit)) != 0) {
                found.add(LedgerFindings.heldBefore(reasons.get(bit)));
            }
        }
        if (found.isEmpty()) {
            found.add(LedgerFindings.heldBefore("funder-review"));
        }
        return found;
    }

    /**
     * Returns why a held spend was held, as recorded in its user data: the rules that held it.
     *
     * @param holdId the held spend's transfer id, not null
     * @return the findings, one per rule id, not null, at least one
     * @throws LedgerException if the id is null or not a hold's
     */
    public synchronized List<SpendFinding> holdReasons(TransferId holdId) {
        TransferEvent hold = ledger.transferEvent(holdId);
        if (hold.kind() != TransferKind.PENDING) {
            throw new LedgerException("holdId", "the id of a held spend", holdId);
        }
        return List.copyOf(heldBecause(hold));
    }

    private List<SpendFinding> ledgerChecks(List<SpendRequest> batch) {
        List<SpendFinding> findings = new ArrayList<>();
        Map<FunderId, Long> asked = new LinkedHashMap<>();
        for (SpendRequest request : batch) {
            if (!funded.get(request.funder()).contains(request.category())) {
                findings.add(LedgerFindings.ringFence(request.funder(), request.category(),
                        unfunded.get(request.funder()) == UnfundedSpend.REJECT ? SpendSeverity.REJECT
                                : SpendSeverity.HOLD));
            }
            // at most MAX_BATCH amounts of at most Ledger.MAX_AMOUNT: the total fits a long and a Gbp
            asked.merge(request.funder(), request.amount().pence(), Long::sum);
        }
        asked.forEach((funder, pence) -> {
            Gbp available = ledger.balance(stream(funder)).available();
            if (pence > available.pence()) {
                findings.add(LedgerFindings.insufficientFunds(funder, Gbp.ofPence(pence), available));
            }
        });
        return findings;
    }

    /**
     * Approves a held spend, in full or in part, after the funder's review: the approved amount is paid and any rest
     * released.
     *
     * @param id the caller's id for the approval, not null
     * @param holdId the held spend's transfer id, still held, not null
     * @param amount the amount to pay, 1 pence up to the held amount, not null
     * @param date the date, not null, on or after the hold's date and before its expiry
     * @return {@code CREATED}, {@code EXISTS} for a resubmission, or a {@link RetryConflict}; not null
     * @throws LedgerException if a value is invalid or the hold is no longer held
     */
    public synchronized TransferOutcome approveHold(TransferId id, TransferId holdId,
            Gbp amount, LocalDate date) {
        return submit(TransferRequest.post(id, holdId, pence(amount), date));
    }

    /**
     * Releases a held spend after the funder's review: the reserved funds go back to the stream and nothing is paid.
     *
     * @param id the caller's id for the release, not null
     * @param holdId the held spend's transfer id, still held, not null
     * @param date the date, not null, on or after the hold's date
     * @return {@code CREATED}, {@code EXISTS} for a resubmission, or a {@link RetryConflict}; not null
     * @throws LedgerException if a value is invalid or the hold is no longer held
     */
    public synchronized TransferOutcome releaseHold(TransferId id, TransferId holdId,
            LocalDate date) {
        return submit(TransferRequest.voidPending(id, holdId, date));
    }

    /**
     * Releases every held spend whose time for approval ran out on or before {@code asOf}.
     *
     * @param asOf the date, not null, within the supported dates
     * @return how many holds were released now, 0 or more
     * @throws LedgerException if {@code asOf} is null or unsupported
     */
    public synchronized int releaseExpiredHolds(LocalDate asOf) {
        int released = ledger.expirePending(asOf);
        catchUp();
        return released;
    }

    /**
     * Records a refund from a payee back into a funder's stream: at most what the stream paid the payee for the
     * category, less earlier refunds and reversals, so a stream never takes in money its funder did not pay out.
     *
     * @param id the caller's transfer id, not null
     * @param payee a payee of this budget, not null
     * @param funder the funder whose stream paid, not null
     * @param category the category refunded, not null
     * @param amount the amount, 1 pence up to what is left to refund, not null
     * @param date the date, not null
     * @return {@code CREATED}, {@code EXISTS} for a resubmission, or a {@link RetryConflict}; not null
     * @throws LedgerException if a value is invalid or the amount is more than is left to refund
     */
    public synchronized TransferOutcome refund(TransferId id, PayeeId payee,
            FunderId funder, SpendCategory category, Gbp amount,
            LocalDate date) {
        LedgerException.notNull(id, "id");
        LedgerException.notNull(category, "category");
        int to = stream(funder);
        int from = payee(payee);
        long pence = pence(amount);
        Integer code = categoryCode(category);
        long paid = code == null ? 0 : ledger.netMoved(to, from, Set.of(SPEND_BASE + code, REFUND_BASE + code));
        if (!ledger.contains(id) && pence > paid) {
            throw new LedgerException("amount", "at most " + Gbp.ofPence(Math.max(0, paid)) + ", what " + funder
                    + " paid " + payee + " for " + category + " less refunds", amount);
        }
        return submit(TransferRequest.transfer(id, from, to, pence, date, REFUND_BASE + (code == null ? 1 : code)));
    }

    /**
     * Gives money back to a funder from its stream, of the budget's own accord (not a clawback under its terms).
     *
     * @param id the caller's transfer id, not null
     * @param funder the funder, not null
     * @param amount the amount, 1 pence up to what the stream has available, not null
     * @param date the date, not null
     * @return {@code CREATED}, {@code EXISTS}, {@code EXCEEDS_CREDITS}, or a {@link RetryConflict}; not null
     * @throws LedgerException if a value is invalid
     */
    public synchronized TransferOutcome returnToFunder(TransferId id, FunderId funder,
            Gbp amount, LocalDate date) {
        return submit(TransferRequest.transfer(id, stream(funder), funderAccount(funder), pence(amount), date,
                RETURN));
    }

    /**
     * Corrects a posted transfer (a receipt, spend, refund, approval, return or clawback) by reversing it with a new
     * transfer of the same purpose.
     *
     * @param id the caller's id for the reversal, not null
     * @param originalId the posted transfer to reverse, not reversed before, not null
     * @param date the date, not null, on or after the original's date
     * @return {@code CREATED}, {@code EXISTS}, {@code EXCEEDS_CREDITS} when the stream no longer holds the money, or
     *     a {@link RetryConflict}; not null
     * @throws LedgerException if a value is invalid or the original cannot be reversed
     */
    public synchronized TransferOutcome reverse(TransferId id, TransferId originalId,
            LocalDate date) {
        return submit(TransferRequest.reversal(id, originalId, date));
    }

    private TransferOutcome submit(TransferRequest request) {
        TransferResult result = ledger.submit(request);
        catchUp();
        return result.isConflict() ? TransferOutcome.conflict(conflict(request, result)) : TransferOutcome.of(result);
    }

    private RetryConflict conflict(TransferRequest request, TransferResult result) {
        TransferEvent recorded = ledger.transferEvent(request.id());
        return switch (result) {
            case EXISTS_WITH_DIFFERENT_AMOUNT -> {
                Gbp given = request.kind() == TransferKind.TRANSFER || request.kind() == TransferKind.PENDING
                        || request.kind() == TransferKind.POST ? Gbp.ofPence(request.pence()) : recorded.amount();
                yield new RetryConflict(request.id(), result, recorded.amount().toString(), given.toString(),
                        recorded.amount(), given);
            }
            case EXISTS_WITH_DIFFERENT_DATE -> new RetryConflict(request.id(), result, recorded.date().toString(),
                    request.date().toString(), null, null);
            case EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT -> new RetryConflict(request.id(), result,
                    accountName(recorded.debitAccount()), accountName(request.debitAccount()), null, null);
            case EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT -> new RetryConflict(request.id(), result,
                    accountName(recorded.creditAccount()), accountName(request.creditAccount()), null, null);
            case EXISTS_WITH_DIFFERENT_CODE -> new RetryConflict(request.id(), result,
                    String.valueOf(purposeOf(recorded.code())), String.valueOf(purposeOf(request.code())), null, null);
            case EXISTS_WITH_DIFFERENT_KIND -> new RetryConflict(request.id(), result, describe(recorded.kind()),
                    describe(request.kind()), null, null);
            case EXISTS_WITH_DIFFERENT_REFERENCE -> new RetryConflict(request.id(), result,
                    String.valueOf(recorded.referenceId()), String.valueOf(request.referenceId()), null, null);
            default -> new RetryConflict(request.id(), result, "as first recorded", "other content", null, null);
        };
    }

    private static String describe(TransferKind kind) {
        return switch (kind) {
            case TRANSFER -> "a payment";
            case PENDING -> "a hold";
            case POST -> "an approval of a hold";
            case VOID -> "a release of a hold";
            case EXPIRE -> "an expiry of a hold";
            case REVERSAL -> "a reversal";
        };
    }

    private String accountName(int account) {
        String name = accountNames.get(account);
        return name == null ? "account " + account : name;
    }

    /**
     * Returns the purpose a transfer of this budget was recorded for, from its code.
     *
     * @param event a transfer of this budget's journal, not null
     * @return the purpose, not null
     * @throws LedgerException if the event is null or its code is not one this budget writes
     */
    public synchronized Purpose purposeOf(TransferEvent event) {
        Purpose purpose = purposeOf(LedgerException.notNull(event, "event").code());
        if (purpose == null) {
            throw new LedgerException("event.code", "a budget purpose's code", event.code());
        }
        return purpose;
    }

    private @Nullable Purpose purposeOf(int code) {
        if (code == RECEIPT) {
            return Purpose.receipt();
        } else if (code == RETURN) {
            return Purpose.returnToFunder();
        } else if (code == CLAWBACK) {
            return Purpose.clawback();
        }
        SpendCategory category = category(code & MAX_CATEGORY);
        if (category == null) {
            return null;
        }
        return (code & ~MAX_CATEGORY) == SPEND_BASE ? Purpose.spend(category)
                : (code & ~MAX_CATEGORY) == REFUND_BASE ? Purpose.refund(category) : null;
    }

    private @Nullable SpendCategory category(int number) {
        if (number >= 1 && number <= SpendCategory.standard().size()) {
            return SpendCategory.standard().get(number - 1);
        }
        return agreedByCode.get(number);
    }

    /**
     * Returns a funder's surplus as of a date: balance less commitments (held spends) less contingency.
     *
     * @param terms the funder's terms, not null, for a funder of this budget
     * @param asOf the date, not null, within the supported dates
     * @return the report, not null
     * @throws LedgerException if a value is null or the funder unknown
     */
    public synchronized SurplusReport surplus(FundingTerms terms, LocalDate asOf) {
        LedgerException.notNull(terms, "terms");
        LedgerException.CHECKS.date(asOf, "asOf");
        AccountBalance balance = ledger.balanceAsOf(stream(terms.funder()), asOf);
        Gbp commitments = Gbp.ofPence(balance.debitsPending());
        Gbp surplus = balance.posted().minus(commitments).minus(terms.contingency());
        return new SurplusReport(terms.funder(), asOf, balance.posted(), commitments, terms.contingency(), surplus,
                surplus.compareTo(terms.clawbackThreshold()) > 0);
    }

    /**
     * Returns a flagged surplus to the funder in one call, dated {@code asOf}. Nothing moves when the surplus is not
     * flagged, or when the stream no longer has it available. Resubmitting the same id with the same terms and date
     * is a no-op that reports the amount returned then; with a date or amount that differs it reports a
     * {@link RetryConflict} and moves nothing.
     *
     * @param id the caller's transfer id, not null
     * @param terms the funder's terms, not null, for a funder of this budget
     * @param asOf the date, not null
     * @return the report and the amount returned, not null
     * @throws LedgerException if a value is invalid
     */
    public synchronized Clawback clawback(TransferId id, FundingTerms terms,
            LocalDate asOf) {
        LedgerException.notNull(id, "id");
        SurplusReport report = surplus(terms, asOf);
        int from = stream(terms.funder());
        int to = funderAccount(terms.funder());
        if (ledger.contains(id)) {
            TransferEvent recorded = ledger.transferEvent(id);
            TransferRequest again = TransferRequest.transfer(id, from, to, recorded.amount().pence(), asOf, CLAWBACK);
            TransferResult result = ledger.submit(again);
            return new Clawback(report, recorded.amount(), result.isConflict() ? conflict(again, result) : null);
        }
        if (!report.flaggedForClawback()) {
            return new Clawback(report, Gbp.ZERO, null);
        }
        TransferResult result = ledger.submit(TransferRequest.transfer(id, from, to, report.surplus().pence(), asOf,
                CLAWBACK));
        catchUp();
        return new Clawback(report, result == TransferResult.CREATED ? report.surplus() : Gbp.ZERO, null);
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
     * @param asOf the date, not null, within the supported dates
     * @return the totals, not null
     * @throws LedgerException if a value is null or unsupported, or the funder unknown
     */
    public synchronized AccountBalance balance(FunderId funder, LocalDate asOf) {
        LedgerException.CHECKS.date(asOf, "asOf");
        return ledger.balanceAsOf(stream(funder), asOf);
    }

    /**
     * Returns the whole budget's totals (all streams) at the end of a date. The totals never overflow: each is at
     * most the ledger's lifetime volume ({@link Ledger#MAX_VOLUME_PENCE}).
     *
     * @param asOf the date, not null, within the supported dates
     * @return the totals, not null
     * @throws LedgerException if {@code asOf} is null or unsupported
     */
    public synchronized AccountBalance balance(LocalDate asOf) {
        LedgerException.CHECKS.date(asOf, "asOf");
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
     * @param period the dates, not null, with an end, within the supported dates
     * @return the statement, not null
     * @throws LedgerException if a value is null or invalid, or the funder unknown
     */
    public synchronized Statement statement(FunderId funder, DateRange period) {
        LedgerException.notNull(period, "period");
        return ledger.statement("stream " + funder, new int[] {stream(funder)}, period);
    }

    /**
     * Returns the whole budget's statement (all streams together) over a period.
     *
     * @param period the dates, not null, with an end, within the supported dates
     * @return the statement, not null
     * @throws LedgerException if the period is null or open-ended, or the budget has no funder yet
     */
    public synchronized Statement statement(DateRange period) {
        LedgerException.notNull(period, "period");
        if (streams.isEmpty()) {
            throw new LedgerException("funders", "at least one funder in budget " + carePackage, "none");
        }
        int[] all = streams.values().stream().mapToInt(Integer::intValue).toArray();
        return ledger.statement("package " + carePackage, all, period);
    }

    @Override
    public synchronized long paymentsTo(PayeeId payee) {
        Integer account = payees.get(LedgerException.notNull(payee, "payee"));
        catchUp();
        return account == null ? 0 : payments.getOrDefault(account, 0L);
    }

    @Override
    public synchronized Gbp paidTo(PayeeId payee) {
        Integer account = payees.get(LedgerException.notNull(payee, "payee"));
        return account == null ? Gbp.ZERO : ledger.balance(account).posted();
    }

    @Override
    public synchronized Gbp spent(@Nullable SpendCategory category, DateRange period) {
        return Gbp.ofPence(total(category, period, false));
    }

    @Override
    public synchronized Gbp committed(@Nullable SpendCategory category, DateRange period) {
        return Gbp.ofPence(total(category, period, true));
    }

    private long total(@Nullable SpendCategory category, @Nullable DateRange period, boolean committed) {
        LedgerException.notNull(period, "period");
        LedgerException.CHECKS.date(period.start(), "period.start");
        catchUp();
        int number = SpendTotals.ALL;
        if (category != null) {
            Integer code = categoryCode(category);
            if (code == null) {
                return 0;
            }
            number = code;
        }
        if (!totals.has(period)) {
            List<SpendTotals.Delta> all = new ArrayList<>();
            for (int row = 0; row < ledger.size(); row++) {
                deltas(ledger.event(row), all);
            }
            totals.start(period, all);
        }
        return committed ? totals.committed(period, number) : totals.spent(period, number);
    }

    /** Brings the running totals up to the journal's end. */
    private void catchUp() {
        List<SpendTotals.Delta> found = new ArrayList<>(2);
        for (; processed < ledger.size(); processed++) {
            LedgerEvent event = ledger.event(processed);
            if (event instanceof TransferEvent transfer) {
                countPayment(transfer);
                found.clear();
                deltas(transfer, found);
                found.forEach(totals::apply);
            }
        }
    }

    private void countPayment(TransferEvent transfer) {
        TransferKind kind = transfer.kind();
        if ((kind == TransferKind.TRANSFER || kind == TransferKind.POST)
                && payees.containsValue(transfer.creditAccount())) {
            payments.merge(transfer.creditAccount(), 1L, Long::sum);
        } else if (kind == TransferKind.REVERSAL && payees.containsValue(transfer.debitAccount())) {
            payments.merge(transfer.debitAccount(), -1L, Long::sum);
        }
    }

    /** Adds what a journal event changes in the spending totals: only spends and refunds of a category count. */
    private void deltas(LedgerEvent event, List<SpendTotals.Delta> into) {
        if (!(event instanceof TransferEvent transfer)) {
            return;
        }
        int base = transfer.code() & ~MAX_CATEGORY;
        if (base != SPEND_BASE && base != REFUND_BASE) {
            return;
        }
        int category = transfer.code() & MAX_CATEGORY;
        long sign = streamAccounts.contains(transfer.debitAccount()) ? 1
                : streamAccounts.contains(transfer.creditAccount()) ? -1 : 0;
        if (sign == 0) {
            return;
        }
        long pence = sign * transfer.amount().pence();
        switch (transfer.kind()) {
            case TRANSFER, REVERSAL -> into.add(new SpendTotals.Delta(transfer.date(), category, pence, pence));
            case PENDING -> into.add(new SpendTotals.Delta(transfer.date(), category, 0, pence));
            case POST, VOID, EXPIRE -> {
                TransferEvent pending = ledger.transferEvent(transfer.referenceId());
                if (transfer.kind() == TransferKind.POST) {
                    into.add(new SpendTotals.Delta(transfer.date(), category, pence, pence));
                }
                into.add(new SpendTotals.Delta(pending.date(), category, 0, -sign * pending.amount().pence()));
            }
        }
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
     * @return the categories, not null, unmodifiable, in category order
     * @throws LedgerException if the funder is null or unknown
     */
    public synchronized Set<SpendCategory> funds(FunderId funder) {
        stream(funder);
        return funded.get(funder);
    }

    /**
     * Returns what a funder's stream does with a spend on a category it does not fund.
     *
     * @param funder a funder of this budget, not null
     * @return the setting, not null
     * @throws LedgerException if the funder is null or unknown
     */
    public synchronized UnfundedSpend unfundedSpend(FunderId funder) {
        stream(funder);
        return unfunded.get(funder);
    }

    private int stream(@Nullable FunderId funder) {
        return account(streams, funder, "funder");
    }

    private int funderAccount(@Nullable FunderId funder) {
        return account(funderAccounts, funder, "funder");
    }

    private int payee(@Nullable PayeeId payee) {
        return account(payees, payee, "payee");
    }

    private <K> int account(Map<K, Integer> accounts, @Nullable K key, String field) {
        Integer account = accounts.get(LedgerException.notNull(key, field));
        if (account == null) {
            throw new LedgerException(field, "a " + field + " of budget " + carePackage + " " + accounts.keySet(),
                    key);
        }
        return account;
    }

    private static long pence(@Nullable Gbp amount) {
        return Ledger.checkedAmount(LedgerException.notNull(amount, "amount"));
    }
}
