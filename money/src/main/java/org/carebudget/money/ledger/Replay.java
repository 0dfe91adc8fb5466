package org.carebudget.money.ledger;

import java.util.HexFormat;
import java.util.List;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds a {@link Ledger} from its journal, event by event, through the same checks as the live operations, and
 * compares each event the ledger records with the one given, so that a journal edited in any field is refused at
 * the position of the first event that does not apply or does not match. Stateless and thread-safe.
 */
final class Replay {

    private static final int HASH_LENGTH = 64;

    private Replay() {
    }

    static Ledger of(@Nullable List<LedgerEvent> journal) {
        List<LedgerEvent> events = LedgerException.notNull(journal, "journal");
        Ledger ledger = Ledger.create(16, Math.min(events.size(), 100_000_000));
        for (int i = 0; i < events.size(); i++) {
            String field = "journal[" + i + "]";
            LedgerEvent event = events.get(i);
            try {
                apply(ledger, LedgerException.notNull(event, field), field);
            } catch (LedgerException e) {
                if (e.field().startsWith(field)) {
                    throw e;
                }
                throw new LedgerException(field + "." + e.field(), e.validValues(), e.givenValue());
            }
            LedgerEvent recorded = ledger.event(i);
            if (!recorded.equals(event)) {
                throw new LedgerException(field, "the event as the ledger records it, " + recorded, event);
            }
        }
        return ledger;
    }

    private static void apply(Ledger ledger, LedgerEvent event, String field) {
        if (event instanceof AccountOpened opened) {
            if (opened.account() != ledger.accountCount()) {
                throw new LedgerException(field + ".account", String.valueOf(ledger.accountCount()),
                        opened.account());
            }
            AccountRequest request = AccountRequest.of(opened.code(), opened.name(), opened.openedOn())
                    .withUserData(opened.userData());
            if (opened.ringFenced()) {
                request = request.ringFencedFor(opened.debitCodes());
                if (opened.holdsOtherCodesForReview()) {
                    request = request.holdingOtherCodesForReview();
                }
            }
            ledger.openAccount(request);
            return;
        }
        TransferEvent transfer = (TransferEvent) event;
        if (transfer.kind() == TransferKind.EXPIRE) {
            int pending = ledger.pendingRowFor(transfer.referenceId(), "referenceId");
            ledger.expire(pending, Days.of(transfer.date(), "date"));
            return;
        }
        TransferResult result = ledger.submit(request(transfer));
        if (result != TransferResult.CREATED) {
            throw new LedgerException(field, "an event that applies (CREATED)", result);
        }
    }

    private static TransferRequest request(TransferEvent event) {
        TransferRequest request = switch (event.kind()) {
            case TRANSFER -> TransferRequest.transfer(event.id(), event.debitAccount(), event.creditAccount(),
                    event.amount().pence(), event.date(), event.code());
            case PENDING -> TransferRequest.pending(event.id(), event.debitAccount(), event.creditAccount(),
                    event.amount().pence(), event.date(), event.code(), event.expiresOn());
            case POST -> TransferRequest.post(event.id(), event.referenceId(), event.amount().pence(), event.date());
            case VOID -> TransferRequest.voidPending(event.id(), event.referenceId(), event.date());
            case REVERSAL -> TransferRequest.reversal(event.id(), event.referenceId(), event.date());
            case EXPIRE -> throw new LedgerException("kind", "not EXPIRE", event.kind());
        };
        return request.withUserData(event.userData());
    }

    static String checkHash(@Nullable String hash) {
        LedgerException.CHECKS.bounded(hash, HASH_LENGTH, "expectedHash");
        if (hash.length() != HASH_LENGTH || !HexFormat.isHexDigit(hash.charAt(0))
                || !hash.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new LedgerException("expectedHash", "64 lower-case hex digits", hash);
        }
        return hash;
    }

    static void compare(String actual, String expected, @Nullable List<LedgerEvent> journal) {
        if (!actual.equals(expected)) {
            throw new LedgerException("expectedHash", "the hash of the " + (journal == null ? 0 : journal.size())
                    + " events given, " + actual + " (the journal was changed after the hash was taken; compare "
                    + "Ledger.links() with the links kept per event to find the first that differs)", expected);
        }
    }

    static void compareLinks(List<String> actual, List<String> expected) {
        for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
            String mine = i < actual.size() ? actual.get(i) : "none (the journal given is shorter)";
            String kept = i < expected.size() ? expected.get(i) : "none (the links kept are fewer)";
            if (!mine.equals(kept)) {
                throw new LedgerException("journal[" + i + "]", "the event whose link was kept, " + kept, "an event "
                        + "whose link is " + mine);
            }
        }
    }
}
