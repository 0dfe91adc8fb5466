package org.carebudget.money.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.carebudget.money.TransferId;
import org.jspecify.annotations.Nullable;

/**
 * A plain model of the engine, written from its javadoc with maps and no packing: accounts' four totals, every
 * recorded transfer by id, the state of each pending transfer, the transfers reversed, the latest money in per
 * account and the lifetime volume. {@link #submit} predicts what {@link Ledger#submit} returns, or {@code null} when
 * the engine must refuse the request with a {@code LedgerException}, and applies what the engine would record.
 */
final class LedgerModel {

    /** One recorded transfer as the model keeps it. */
    record Rec(TransferKind kind, int debit, int credit, long pence, LocalDate date, int code,
            @Nullable TransferId ref, @Nullable LocalDate expiresOn, long userData) {
    }

    /** How an account was opened, as the model needs it. */
    record Account(boolean ringFenced, Set<Integer> codes, boolean reviewsOthers) {
    }

    final List<Account> accounts = new ArrayList<>();
    final List<long[]> totals = new ArrayList<>();
    final List<LocalDate> lastIn = new ArrayList<>();
    final Map<TransferId, Rec> recorded = new HashMap<>();
    /** Every pending transfer in recording order, with its state: live, posted, voided or expired. */
    final Map<TransferId, String> pendingState = new LinkedHashMap<>();
    final Set<TransferId> reversed = new HashSet<>();
    long volume;

    static final int DEBITS_PENDING = 0;
    static final int DEBITS_POSTED = 1;
    static final int CREDITS_PENDING = 2;
    static final int CREDITS_POSTED = 3;

    void open(Account account, LocalDate on) {
        accounts.add(account);
        totals.add(new long[4]);
        lastIn.add(on);
    }

    LedgerModel copy() {
        LedgerModel copy = new LedgerModel();
        copy.accounts.addAll(accounts);
        totals.forEach(t -> copy.totals.add(t.clone()));
        copy.lastIn.addAll(lastIn);
        copy.recorded.putAll(recorded);
        copy.pendingState.putAll(pendingState);
        copy.reversed.addAll(reversed);
        copy.volume = volume;
        return copy;
    }

    AccountBalance balance(int account) {
        long[] t = totals.get(account);
        return new AccountBalance(t[DEBITS_PENDING], t[DEBITS_POSTED], t[CREDITS_PENDING], t[CREDITS_POSTED]);
    }

    /** Predicts and applies one request; null when the engine must throw. */
    @Nullable TransferResult submit(TransferRequest r) {
        return switch (r.kind()) {
            case TRANSFER, PENDING -> move(r);
            case POST, VOID -> settle(r);
            case REVERSAL -> reverse(r);
            case EXPIRE -> null;
        };
    }

    /** Predicts and applies a linked batch: all or nothing. */
    @Nullable TransferResult submitLinked(List<TransferRequest> batch, LedgerModel[] after) {
        LedgerModel trial = copy();
        int existed = 0;
        for (int i = 0; i < batch.size(); i++) {
            TransferResult result = trial.submit(batch.get(i));
            if (result == null) {
                return null;
            }
            if (result == TransferResult.EXISTS) {
                existed++;
            } else if (result != TransferResult.CREATED) {
                return result;
            }
            if (existed > 0 && existed != i + 1) {
                return null;
            }
        }
        after[0] = trial;
        return existed == 0 ? TransferResult.CREATED : TransferResult.EXISTS;
    }

    /** Predicts and applies an expiry run: how many pending transfers expire. */
    int expire(LocalDate asOf) {
        int expired = 0;
        for (Map.Entry<TransferId, String> entry : pendingState.entrySet()) {
            Rec pending = recorded.get(entry.getKey());
            if (entry.getValue().equals("live") && pending.expiresOn() != null
                    && !pending.expiresOn().isAfter(asOf)) {
                release(pending, 0);
                entry.setValue("expired");
                moneyIn(pending.debit(), pending.expiresOn());
                expired++;
            }
        }
        return expired;
    }

    private @Nullable TransferResult move(TransferRequest r) {
        if (r.debitAccount() == r.creditAccount()) {
            return null;
        }
        Rec existing = recorded.get(r.id());
        if (existing != null) {
            return same(existing, r.kind(), r.debitAccount(), r.creditAccount(), r.pence(), r.date(), r.code(), null,
                    r.expiresOn(), r.userData());
        }
        TransferResult refused = limits(r.debitAccount(), r.pence(), r.code(), r.date(), r.kind());
        if (refused != null) {
            return refused == TransferResult.EXISTS ? null : refused;
        }
        boolean pending = r.kind() == TransferKind.PENDING;
        totals.get(r.debitAccount())[pending ? DEBITS_PENDING : DEBITS_POSTED] += r.pence();
        totals.get(r.creditAccount())[pending ? CREDITS_PENDING : CREDITS_POSTED] += r.pence();
        volume += r.pence();
        if (pending) {
            pendingState.put(r.id(), "live");
        } else {
            moneyIn(r.creditAccount(), r.date());
        }
        recorded.put(r.id(), new Rec(r.kind(), r.debitAccount(), r.creditAccount(), r.pence(), r.date(), r.code(),
                null, r.expiresOn(), r.userData()));
        return TransferResult.CREATED;
    }

    private @Nullable TransferResult settle(TransferRequest r) {
        Rec pending = recorded.get(r.referenceId());
        if (pending == null || pending.kind() != TransferKind.PENDING) {
            return null;
        }
        boolean post = r.kind() == TransferKind.POST;
        long amount = post ? r.pence() : pending.pence();
        Rec existing = recorded.get(r.id());
        if (existing != null) {
            return same(existing, r.kind(), pending.debit(), pending.credit(), amount, r.date(), pending.code(),
                    r.referenceId(), null, r.userData());
        }
        if (!pendingState.get(r.referenceId()).equals("live") || amount > pending.pence()
                || r.date().isBefore(pending.date())
                || post && pending.expiresOn() != null && !r.date().isBefore(pending.expiresOn())) {
            return null;
        }
        release(pending, post ? amount : 0);
        pendingState.put(r.referenceId(), post ? "posted" : "voided");
        if (post) {
            volume += amount;
            moneyIn(pending.credit(), r.date());
        }
        if (amount < pending.pence() || !post) {
            moneyIn(pending.debit(), r.date());
        }
        recorded.put(r.id(), new Rec(r.kind(), pending.debit(), pending.credit(), amount, r.date(), pending.code(),
                r.referenceId(), null, r.userData()));
        return TransferResult.CREATED;
    }

    private @Nullable TransferResult reverse(TransferRequest r) {
        Rec original = recorded.get(r.referenceId());
        if (original == null || original.kind() != TransferKind.TRANSFER && original.kind() != TransferKind.POST) {
            return null;
        }
        int debit = original.credit();
        int credit = original.debit();
        Rec existing = recorded.get(r.id());
        if (existing != null) {
            return same(existing, TransferKind.REVERSAL, debit, credit, original.pence(), r.date(), original.code(),
                    r.referenceId(), null, r.userData());
        }
        if (reversed.contains(r.referenceId()) || r.date().isBefore(original.date())) {
            return null;
        }
        TransferResult refused = limits(debit, original.pence(), original.code(), r.date(), TransferKind.REVERSAL);
        if (refused != null) {
            return refused == TransferResult.EXISTS ? null : refused;
        }
        totals.get(debit)[DEBITS_POSTED] += original.pence();
        totals.get(credit)[CREDITS_POSTED] += original.pence();
        volume += original.pence();
        moneyIn(credit, r.date());
        reversed.add(r.referenceId());
        recorded.put(r.id(), new Rec(TransferKind.REVERSAL, debit, credit, original.pence(), r.date(),
                original.code(), r.referenceId(), null, r.userData()));
        return TransferResult.CREATED;
    }

    /** The ring-fence: null when the debit may go ahead; EXISTS stands for "throws" (a back-dated debit). */
    private @Nullable TransferResult limits(int debit, long pence, int code, LocalDate date, TransferKind kind) {
        Account account = accounts.get(debit);
        if (!account.ringFenced()) {
            return null;
        }
        if (date.isBefore(lastIn.get(debit))) {
            return TransferResult.EXISTS;
        }
        if (kind != TransferKind.REVERSAL && !account.codes().contains(code)
                && !(kind == TransferKind.PENDING && account.reviewsOthers())) {
            return TransferResult.CODE_NOT_ALLOWED;
        }
        long[] t = totals.get(debit);
        if (pence > t[CREDITS_POSTED] - t[DEBITS_PENDING] - t[DEBITS_POSTED]) {
            return TransferResult.EXCEEDS_CREDITS;
        }
        return null;
    }

    private void release(Rec pending, long posted) {
        totals.get(pending.debit())[DEBITS_PENDING] -= pending.pence();
        totals.get(pending.credit())[CREDITS_PENDING] -= pending.pence();
        totals.get(pending.debit())[DEBITS_POSTED] += posted;
        totals.get(pending.credit())[CREDITS_POSTED] += posted;
    }

    private void moneyIn(int account, LocalDate date) {
        if (date.isAfter(lastIn.get(account))) {
            lastIn.set(account, date);
        }
    }

    private static TransferResult same(Rec existing, TransferKind kind, int debit, int credit, long pence,
            LocalDate date, int code, @Nullable TransferId ref, @Nullable LocalDate expiresOn, long userData) {
        boolean referring = kind != TransferKind.TRANSFER && kind != TransferKind.PENDING;
        if (existing.kind() != kind) {
            return TransferResult.EXISTS_WITH_DIFFERENT_KIND;
        } else if (referring && !Objects.equals(existing.ref(), ref)) {
            return TransferResult.EXISTS_WITH_DIFFERENT_REFERENCE;
        } else if (existing.debit() != debit) {
            return TransferResult.EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT;
        } else if (existing.credit() != credit) {
            return TransferResult.EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT;
        } else if (existing.pence() != pence) {
            return TransferResult.EXISTS_WITH_DIFFERENT_AMOUNT;
        } else if (!existing.date().equals(date)) {
            return TransferResult.EXISTS_WITH_DIFFERENT_DATE;
        } else if (existing.code() != code) {
            return TransferResult.EXISTS_WITH_DIFFERENT_CODE;
        } else if (kind == TransferKind.PENDING && !Objects.equals(existing.expiresOn(), expiresOn)) {
            return TransferResult.EXISTS_WITH_DIFFERENT_EXPIRY;
        } else if (existing.userData() != userData) {
            return TransferResult.EXISTS_WITH_DIFFERENT_USER_DATA;
        }
        return TransferResult.EXISTS;
    }
}
