package org.carebudget.jdbc;

import org.carebudget.money.store.AppendResult;
import org.carebudget.money.store.JournalHead;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DurableBudgets#apply} (or {@code open}) did: {@link Done}, the operation's result with its events
 * stored, or {@link Conflicted}, nothing stored because other writers kept appending first until the attempts ran
 * out (or, for {@code open}, the package already has a journal). A value, never an exception. Immutable and
 * thread-safe when the result is.
 *
 * @param <R> the operation's result type
 */
public sealed interface Applied<R extends @Nullable Object> permits Applied.Done, Applied.Conflicted {

    /**
     * Returns how many times the operation ran.
     *
     * @return 1 or more
     */
    int attempts();

    /**
     * Returns whether the operation's events (if any) are stored.
     *
     * @return true for {@link Done}
     */
    boolean done();

    /**
     * The operation ran on the package as stored, and its new events (possibly none: a resubmitted transfer id, a
     * rejected spend) are stored in one transaction.
     *
     * @param <R> the operation's result type
     * @param result what the operation returned; null if it returned null
     * @param head the journal's head after the operation, not null
     * @param attempts how many times the operation ran, 1 or more
     * @param appended how many events it stored, 0 or more
     */
    record Done<R extends @Nullable Object>(R result, JournalHead head, int attempts, int appended)
            implements Applied<R> {

        /**
         * Validates the value.
         *
         * @param result the result; may be null
         * @param head the head, not null
         * @param attempts the attempts, 1 or more
         * @param appended the events stored, 0 or more
         * @throws JournalStoreException if a value is null or out of range
         */
        public Done {
            JournalStoreException.CHECKS.notNull(head, "head");
            JournalStoreException.CHECKS.inRange(attempts, 1, Integer.MAX_VALUE, "attempts");
            JournalStoreException.CHECKS.inRange(appended, 0, Integer.MAX_VALUE, "appended");
        }

        @Override
        public boolean done() {
            return true;
        }
    }

    /**
     * Nothing was stored: another writer appended first at every attempt. The package as stored is unchanged by
     * this operation; try later, or report it.
     *
     * @param <R> the operation's result type
     * @param conflict the last conflict seen, not null
     * @param attempts how many times the operation ran, 1 or more
     */
    record Conflicted<R extends @Nullable Object>(AppendResult.Conflict conflict, int attempts)
            implements Applied<R> {

        /**
         * Validates the value.
         *
         * @param conflict the last conflict, not null
         * @param attempts the attempts, 1 or more
         * @throws JournalStoreException if a value is null or out of range
         */
        public Conflicted {
            JournalStoreException.CHECKS.notNull(conflict, "conflict");
            JournalStoreException.CHECKS.inRange(attempts, 1, Integer.MAX_VALUE, "attempts");
        }

        @Override
        public boolean done() {
            return false;
        }
    }
}
