package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.AccountRole;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.ledger.AccountOpened;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.ledger.TransferKind;
import org.jspecify.annotations.Nullable;

/**
 * The ledger side of a reconciliation, read from a {@link BudgetLedger}'s journal: one {@link LedgerEntry} for every
 * movement of money into or out of the budget's managed account, as of a date.
 *
 * <p>Every funder's ring-fenced stream lives in the one bank or card account, so a transfer crediting a stream from
 * outside it is money paid in (a funder's receipt, a payee's refund: positive), and one debiting a stream to outside it
 * is money paid out (a wage, an invoice, a return to the funder, a clawback: negative). A held spend is a pending entry
 * until the funder approves it (its post becomes a settled entry of the amount posted) or it is released or expires
 * (it leaves). A reversal is its own entry with the opposite sign. The side of each transfer comes from the accounts'
 * roles ({@link AccountRole}, their codes in the journal), never from a name or memo. The entry's id is the transfer
 * id's text, its counterparty the payee's or funder's id; a payment reference and a batch id (a payroll run paid as
 * one bank line) come from the vendor, who knows them, through {@link PaymentDetails}.
 *
 * <p>Stateless and thread-safe; reading a budget takes its monitor once.
 */
public final class LedgerEntries {

    /** What the vendor knows of a transfer's bank payment: its reference and the batch it was paid in. */
    public interface PaymentDetails {

        /** No reference and no batch for any transfer. */
        PaymentDetails NONE = new PaymentDetails() {
        };

        /**
         * Returns the payment reference the bank will show for a transfer.
         *
         * @param transfer the transfer's id, not null
         * @return the reference, or null when none is known
         */
        default @Nullable String reference(TransferId transfer) {
            return null;
        }

        /**
         * Returns the batch a transfer was paid in, when several transfers leave the account as one bank line.
         *
         * @param transfer the transfer's id, not null
         * @return the batch id, or null when paid alone
         */
        default @Nullable String batch(TransferId transfer) {
            return null;
        }
    }

    private LedgerEntries() {
    }

    /**
     * Returns the budget's entries dated on or before a date, with no references or batches.
     *
     * @param budget the budget, not null
     * @param asOf the last date to include, not null, within the supported dates
     * @return the entries in journal order, not null
     * @throws LedgerException if a value is null or invalid
     */
    public static List<LedgerEntry> of(BudgetLedger budget, LocalDate asOf) {
        return of(budget, asOf, PaymentDetails.NONE);
    }

    /**
     * Returns the budget's entries dated on or before a date, with the references and batches the vendor knows.
     *
     * @param budget the budget, not null
     * @param asOf the last date to include, not null, within the supported dates
     * @param details the payment details of each transfer, not null
     * @return the entries in journal order, not null
     * @throws LedgerException if a value is null or invalid, or a detail is not a valid reference or batch id
     */
    public static List<LedgerEntry> of(BudgetLedger budget, LocalDate asOf, PaymentDetails details) {
        LedgerException.notNull(budget, "budget");
        LedgerException.CHECKS.date(asOf, "asOf");
        LedgerException.notNull(details, "details");
        Map<Integer, AccountOpened> accounts = new HashMap<>();
        Map<TransferId, LedgerEntry> entries = new LinkedHashMap<>();
        for (LedgerEvent event : budget.journal()) {
            if (event instanceof AccountOpened opened) {
                accounts.put(opened.account(), opened);
            } else if (event instanceof TransferEvent transfer && !transfer.date().isAfter(asOf)) {
                apply(transfer, accounts, entries, details);
            }
        }
        return List.copyOf(new ArrayList<>(entries.values()));
    }

    private static void apply(TransferEvent transfer, Map<Integer, AccountOpened> accounts,
            Map<TransferId, LedgerEntry> entries, PaymentDetails details) {
        if (transfer.kind() == TransferKind.VOID || transfer.kind() == TransferKind.EXPIRE) {
            entries.remove(transfer.referenceId());
            return;
        }
        boolean intoStream = isStream(accounts.get(transfer.creditAccount()));
        boolean outOfStream = isStream(accounts.get(transfer.debitAccount()));
        if (intoStream == outOfStream) {
            return; // between two streams, or outside the account altogether: no bank movement
        }
        if (transfer.kind() == TransferKind.POST) {
            entries.remove(transfer.referenceId());
        }
        TransferId id = transfer.id();
        if (id == null) {
            return;
        }
        AccountOpened other = accounts.get(intoStream ? transfer.debitAccount() : transfer.creditAccount());
        Gbp amount = intoStream ? transfer.amount() : transfer.amount().negated();
        LedgerEntry entry = LedgerEntry.of(id.toString(), transfer.date(), amount)
                .withCounterparty(other == null ? null : other.name())
                .withReference(details.reference(id))
                .withBatchId(details.batch(id))
                .withSettlement(transfer.kind() == TransferKind.PENDING ? Settlement.PENDING : Settlement.SETTLED);
        entries.put(id, entry);
    }

    private static boolean isStream(@Nullable AccountOpened account) {
        return account != null && account.code() == AccountRole.STREAM.code();
    }
}
