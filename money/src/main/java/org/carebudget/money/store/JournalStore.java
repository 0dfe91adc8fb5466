package org.carebudget.money.store;

import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.jspecify.annotations.Nullable;

/**
 * An append-only store of care packages' journals, one journal per package, safe for several writers (several
 * instances of a service) at once.
 *
 * <p>The contract every implementation keeps:
 * <ul>
 *   <li>{@link #append} writes all of its events or none, in one transaction. It writes only when the stored journal
 *       still ends at the writer's {@code expected} head; otherwise it returns {@link AppendResult.Conflict} and writes
 *       nothing. Two writers that both saw sequence {@code n} cannot both append event {@code n + 1}: exactly one
 *       wins, the other gets the conflict.</li>
 *   <li>An append that does not continue the journal is invalid input, refused with the implementation's exception
 *       (an {@link org.carebudget.core.InvalidValueException}) and nothing written: an event of another package, a
 *       sequence gap ({@code expected} past the stored head, or events not numbered on from it), an event
 *       whose chain hash does not link to the one before ({@link JournalChain#verify}), an expected head whose hash
 *       is not the stored one (the writer's view diverged), an unknown kind.</li>
 *   <li>{@link #load} returns events as appended, in sequence order, without checking their chain: a reader checks
 *       it with {@link JournalChain#verify}, so a torn or edited row is found however it got there.</li>
 * </ul>
 *
 * <p>Implementations are thread-safe. A store does no retrying of its own: the writer decides (see
 * {@code org.carebudget.jdbc.DurableBudgets}).
 */
public interface JournalStore {

    /** The most events one append may hold: 10,000. */
    int MAX_APPEND = 10_000;

    /** The most packages one {@link #carePackages} page may hold: 10,000. */
    int MAX_PAGE = 10_000;

    /**
     * Appends a package's new events, if the stored journal still ends where the writer last saw it.
     *
     * @param expected the head the writer last saw (its package, sequence number and chain hash), not null;
     *     {@link JournalHead#empty} for a new package
     * @param events the new events, not null, 1 to {@value #MAX_APPEND}, none null, numbered on from
     *     {@code expected} and chained from its hash (build them with {@link JournalHead#next})
     * @return {@link AppendResult.Appended} with the new head, or {@link AppendResult.Conflict} when another writer
     *     appended first (nothing written), not null
     * @throws org.carebudget.core.InvalidValueException (the implementation's subtype) if a value is invalid or the
     *     events do not continue the journal, nothing written; or if the store failed (then whether the events were
     *     written is unknown until the journal is loaded again)
     */
    AppendResult append(JournalHead expected, List<StoredEvent> events);

    /**
     * Loads a package's journal from a sequence number on.
     *
     * @param carePackage the package, not null
     * @param fromSequence the first sequence number wanted, 1 or more
     * @return the events from {@code fromSequence} to the head, in order, not null, unmodifiable; empty when the
     *     package has no such events (or no journal)
     * @throws org.carebudget.core.InvalidValueException (the implementation's subtype) if a value is invalid, a row
     *     cannot be read as a {@link StoredEvent}, or the store failed
     */
    List<StoredEvent> load(CarePackageId carePackage, long fromSequence);

    /**
     * Returns a page of the packages that have a journal, in the order of their ids' {@code String} values.
     *
     * @param after the last package of the previous page, or null for the first page
     * @param limit the most packages to return, 1 to {@value #MAX_PAGE}
     * @return the packages after {@code after}, in order, at most {@code limit}, not null, unmodifiable
     * @throws org.carebudget.core.InvalidValueException (the implementation's subtype) if a value is invalid or the
     *     store failed
     */
    List<CarePackageId> carePackages(@Nullable CarePackageId after, int limit);
}
