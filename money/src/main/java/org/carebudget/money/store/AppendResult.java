package org.carebudget.money.store;

import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.LedgerException;

/**
 * What an {@link JournalStore#append} did: {@link Appended}, or {@link Conflict} when another writer appended to the
 * package first. A value, never an exception: a conflict is the expected outcome of two writers racing, and the
 * writer retries after reloading. Implementations are immutable and thread-safe.
 */
public sealed interface AppendResult permits AppendResult.Appended, AppendResult.Conflict {

    /**
     * Returns whether the events were written.
     *
     * @return true for {@link Appended}
     */
    boolean appended();

    /**
     * The events were written, all of them, in one transaction.
     *
     * @param head the journal's head after the events, not null
     */
    record Appended(JournalHead head) implements AppendResult {

        /**
         * Validates the result.
         *
         * @param head the head after the events, not null
         * @throws LedgerException if {@code head} is null
         */
        public Appended {
            LedgerException.notNull(head, "head");
        }

        @Override
        public boolean appended() {
            return true;
        }
    }

    /**
     * Nothing was written: the journal no longer ends where the writer last saw it, because another writer (another
     * instance of the service, another thread) appended first. Retryable: reload the journal, apply the operation
     * again, append again.
     *
     * @param carePackage the package, not null
     * @param expectedSequence the sequence number the writer last saw, 0 or more
     * @param storedSequence the journal's last committed sequence number when the conflict was seen: above
     *     {@code expectedSequence}, or equal to it when the other writer held the next event's lock and had not
     *     committed yet (another writer may have appended again since)
     */
    record Conflict(CarePackageId carePackage, long expectedSequence, long storedSequence) implements AppendResult {

        /**
         * Validates the result.
         *
         * @param carePackage the package, not null
         * @param expectedSequence the sequence number the writer last saw, 0 or more
         * @param storedSequence the stored journal's last committed sequence number, {@code expectedSequence} or more
         * @throws LedgerException if a value is null or out of range
         */
        public Conflict {
            LedgerException.notNull(carePackage, "carePackage");
            LedgerException.inRange(expectedSequence, 0, Long.MAX_VALUE, "expectedSequence");
            LedgerException.inRange(storedSequence, expectedSequence, Long.MAX_VALUE, "storedSequence");
        }

        @Override
        public boolean appended() {
            return false;
        }
    }
}
