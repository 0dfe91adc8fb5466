package org.carebudget.benchmarks.jdbc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.jdbc.JdbcJournalStore;
import org.carebudget.money.store.AppendResult;
import org.carebudget.money.store.JournalHead;
import org.carebudget.money.store.StoredEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appends into the journal store: one append (one transaction) of {@code batch} events (1, 10, 100: three sizes 10x
 * apart) to one of 1,000 packages in turn, each continuing its package's journal. The score is appends per second;
 * events per second is the score times {@code batch}. Events are real ledger transfers, already encoded, so this
 * measures the store and the database: chaining, one batched insert, the commit. PostgreSQL starts once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class JournalAppendBenchmark {

    /** The database ({@code POSTGRESQL_ASYNC} too, with {@code -p}). */
    @Param({"H2", "POSTGRESQL"})
    public Databases.Kind database;

    /** Events per append. */
    @Param({"1", "10", "100"})
    public int batch;

    private static final int PACKAGES = 1_000;

    private Databases databases;
    private JdbcJournalStore store;
    private JournalHead[] heads;
    private List<StoredEvent> payloads;
    private int next;
    private int payload;

    /** Starts the database and the store. */
    @Setup(Level.Trial)
    public void setUp() {
        databases = Databases.start(database);
        store = JdbcJournalStore.create(databases.dataSource());
        payloads = Journals.samplePayloads();
        heads = new JournalHead[PACKAGES];
        for (int i = 0; i < PACKAGES; i++) {
            heads[i] = JournalHead.empty(CarePackageId.of("pkg-" + i));
        }
        System.out.println("# " + database + (database == Databases.Kind.H2 ? " WRITE_DELAY="
                + databases.setting("WRITE_DELAY") : " fsync=" + databases.setting("fsync")
                + " synchronous_commit=" + databases.setting("synchronous_commit")));
    }

    /** Stops the database and removes its files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        databases.close();
    }

    /**
     * Appends one batch to the next package.
     *
     * @return the new head
     */
    @Benchmark
    public JournalHead append() {
        int at = next;
        next = (next + 1) % PACKAGES;
        JournalHead head = heads[at];
        List<StoredEvent> events = new ArrayList<>(batch);
        JournalHead chained = head;
        for (int i = 0; i < batch; i++) {
            StoredEvent template = payloads.get(payload);
            payload = (payload + 1) % payloads.size();
            StoredEvent event = chained.next(template.kind(), template.payload(), i == batch - 1
                    ? template.chainHash() : null);
            events.add(event);
            chained = JournalHead.after(event);
        }
        AppendResult result = store.append(head, events);
        heads[at] = ((AppendResult.Appended) result).head();
        return heads[at];
    }
}
