package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * Reconciles a statement with the ledger: matches statement lines to ledger entries one to one, checks the
 * statement's balances against the ledger, and flags an account not reconciled for too long.
 *
 * <p>How it matches. Entries sharing a batch id form one unit (their total, dated by the latest of them); every other
 * entry is a unit of its own. A line and a unit are candidates only when their settlement and amount are equal and
 * their dates are within the window ({@link MatchSettings}), or within the longer reference window when the line
 * carries the unit's reference. Blocking keeps it fast: lines and units are sorted by settlement, amount and date,
 * so candidates are found by one sweep per amount, and the candidate pairs split into connected groups that are each
 * solved alone; a line whose only candidate has no other candidate is confirmed at once, and only groups of competing
 * candidates (several payments of the same amount within days) go to the globally optimal assignment
 * ({@link Assignment}). A pair is confirmed only when every optimal assignment makes it (up to swapping identical
 * lines with identical entries); otherwise its group is reported as an {@link Ambiguity} with every candidate and
 * score. The whole run is O(n log n) plus the cube of the largest group, which is bounded by
 * {@link MatchSettings#maxCandidates()}.
 *
 * <p>The result depends only on the input's content: lines and units are put in a fixed order first, so shuffling
 * the statement's lines changes nothing. Immutable and thread-safe: one instance may reconcile many inputs at once.
 */
public final class Reconciler {

    private static final Reconciler DEFAULT = new Reconciler(MatchSettings.defaults());

    private final MatchSettings settings;

    private Reconciler(MatchSettings settings) {
        this.settings = settings;
    }

    /**
     * Returns a reconciler with the default settings.
     *
     * @return the reconciler, not null
     */
    public static Reconciler defaults() {
        return DEFAULT;
    }

    /**
     * Returns a reconciler with some settings.
     *
     * @param settings the settings, not null
     * @return the reconciler, not null
     * @throws LedgerException if {@code settings} is null
     */
    public static Reconciler of(MatchSettings settings) {
        return new Reconciler(LedgerException.notNull(settings, "settings"));
    }

    /**
     * Returns the settings.
     *
     * @return the settings, not null
     */
    public MatchSettings settings() {
        return settings;
    }

    /**
     * Reconciles.
     *
     * @param input the statement and the ledger's entries, not null
     * @return the report, not null
     * @throws LedgerException if {@code input} is null, or a batch's total or a balance is beyond ±£10 trillion
     */
    public ReconciliationReport reconcile(ReconciliationInput input) {
        LedgerException.notNull(input, "input");
        return new Run(settings, input).report();
    }

    /** One statement line, with its sort and match keys. */
    static final class LineRec {
        final StatementLine line;
        final int set;
        final long pence;
        final int day;
        final String normRef;
        private @Nullable String normDesc;

        LineRec(StatementLine line) {
            this.line = line;
            this.set = line.settlement().ordinal();
            this.pence = line.amount().pence();
            this.day = line.day();
            this.normRef = Texts.normal(line.reference());
        }

        /** The description's normal form, made when a candidate first needs it. */
        String normDesc() {
            String made = normDesc;
            if (made == null) {
                made = Texts.normal(line.description());
                normDesc = made;
            }
            return made;
        }
    }

    /** One ledger unit: an entry, or the entries of a batch. */
    static final class UnitRec {
        final List<LedgerEntry> entries;
        final int set;
        final long pence;
        final int day;
        final String normRef;
        final String normCounterparty;
        final String firstId;
        final int firstDay;

        UnitRec(List<LedgerEntry> entries, long pence) {
            this.entries = entries;
            LedgerEntry first = entries.get(0);
            this.set = first.settlement().ordinal();
            this.pence = pence;
            int latest = Integer.MIN_VALUE;
            int earliest = Integer.MAX_VALUE;
            String reference = first.reference();
            String counterparty = first.counterparty();
            for (LedgerEntry e : entries) {
                latest = Math.max(latest, e.day());
                earliest = Math.min(earliest, e.day());
                reference = Objects.equals(reference, e.reference()) ? reference : null;
                counterparty = Objects.equals(counterparty, e.counterparty()) ? counterparty : null;
            }
            this.day = latest;
            this.firstDay = earliest;
            this.normRef = Texts.normal(reference);
            this.normCounterparty = Texts.normal(counterparty);
            this.firstId = first.id();
        }
    }

    private static final Comparator<StatementLine> LINE_TIES = Comparator
            .comparing(StatementLine::description)
            .thenComparing(StatementLine::reference, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(StatementLine::sourceLine)
            .thenComparingInt(StatementLine::occurrence)
            .thenComparing(StatementLine::transactionId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StatementLine::balance, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StatementLine::type, Comparator.nullsFirst(Comparator.naturalOrder()));

    static final Comparator<LineRec> LINE_ORDER = (a, b) -> {
        int c = Integer.compare(a.set, b.set);
        if (c == 0) {
            c = Long.compare(a.pence, b.pence);
        }
        if (c == 0) {
            c = Integer.compare(a.day, b.day);
        }
        return c != 0 ? c : LINE_TIES.compare(a.line, b.line);
    };

    static final Comparator<UnitRec> UNIT_ORDER = (a, b) -> {
        int c = Integer.compare(a.set, b.set);
        if (c == 0) {
            c = Long.compare(a.pence, b.pence);
        }
        if (c == 0) {
            c = Integer.compare(a.day, b.day);
        }
        return c != 0 ? c : a.firstId.compareTo(b.firstId);
    };

    private static final KeySort.Keys<LineRec> LINE_KEYS = new KeySort.Keys<>() {
        @Override
        public int set(LineRec item) {
            return item.set;
        }

        @Override
        public long pence(LineRec item) {
            return item.pence;
        }

        @Override
        public int day(LineRec item) {
            return item.day;
        }
    };

    private static final KeySort.Keys<UnitRec> UNIT_KEYS = new KeySort.Keys<>() {
        @Override
        public int set(UnitRec item) {
            return item.set;
        }

        @Override
        public long pence(UnitRec item) {
            return item.pence;
        }

        @Override
        public int day(UnitRec item) {
            return item.day;
        }
    };

    /** One reconciliation in progress. Not thread-safe; lives for one call. */
    private static final class Run {

        private static final byte UNMATCHED = 0;
        private static final byte CONFIRMED = 1;
        private static final byte AMBIGUOUS = 2;

        private final MatchSettings settings;
        private final ReconciliationInput input;
        private final LineRec[] lines;
        private final UnitRec[] units;
        private final byte[] lineState;
        private final byte[] unitState;
        private final int[] lineBest;
        private final int[] lineBestDiff;
        private final long[] lineBestScore;
        private final int[] unitBest;
        private final int[] unitBestDiff;
        private final long[] unitBestScore;
        private final Match[] lineMatch;
        private final int[] lineUnit;
        private final List<Ambiguity> ambiguities = new ArrayList<>();
        private final List<Integer> ambiguityOrder = new ArrayList<>();
        private final int firstDay;
        private final int lastDay;
        private @Nullable Map<String, Integer> unitsByReference;
        private @Nullable Map<String, Integer> linesByReference;

        // reusable buffers for one block's candidates
        private int[] edgeLine = new int[16];
        private int[] edgeUnit = new int[16];
        private long[] edgeScore = new long[16];
        private int[] edgeDiff = new int[16];
        private boolean[] edgeRef = new boolean[16];
        private int edges;

        Run(MatchSettings settings, ReconciliationInput input) {
            this.settings = settings;
            this.input = input;
            List<StatementLine> given = input.lines();
            lines = new LineRec[given.size()];
            for (int i = 0; i < lines.length; i++) {
                lines[i] = new LineRec(given.get(i));
            }
            KeySort.sort(lines, LINE_KEYS, LINE_ORDER);
            units = buildUnits(input.entries());
            lineState = new byte[lines.length];
            unitState = new byte[units.length];
            lineBest = filled(lines.length);
            lineBestDiff = new int[lines.length];
            lineBestScore = new long[lines.length];
            unitBest = filled(units.length);
            unitBestDiff = new int[units.length];
            unitBestScore = new long[units.length];
            lineMatch = new Match[lines.length];
            lineUnit = new int[lines.length];
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (LineRec line : lines) {
                first = Math.min(first, line.day);
                last = Math.max(last, line.day);
            }
            firstDay = first;
            lastDay = last;
        }

        private static int[] filled(int size) {
            int[] array = new int[size];
            Arrays.fill(array, -1);
            return array;
        }

        private static UnitRec[] buildUnits(List<LedgerEntry> entries) {
            Map<String, List<LedgerEntry>> batches = new HashMap<>();
            List<UnitRec> result = new ArrayList<>(entries.size());
            for (LedgerEntry entry : entries) {
                if (entry.batchId() == null) {
                    result.add(new UnitRec(List.of(entry), entry.amount().pence()));
                } else {
                    batches.computeIfAbsent(entry.batchId(), b -> new ArrayList<>()).add(entry);
                }
            }
            for (Map.Entry<String, List<LedgerEntry>> batch : batches.entrySet()) {
                List<LedgerEntry> members = batch.getValue();
                members.sort(Comparator.comparing(LedgerEntry::id));
                long total = 0;
                for (LedgerEntry e : members) {
                    total += e.amount().pence();
                    if (Math.abs(total) > Gbp.MAX_PENCE) {
                        throw new LedgerException("entries", "batches whose total is within ±"
                                + Gbp.MAX + " (batch " + batch.getKey() + ")", "a larger total");
                    }
                }
                result.add(new UnitRec(Collections.unmodifiableList(members), total));
            }
            UnitRec[] array = result.toArray(new UnitRec[0]);
            KeySort.sort(array, UNIT_KEYS, UNIT_ORDER);
            return array;
        }

        ReconciliationReport report() {
            match();
            List<Match> matches = new ArrayList<>();
            List<UnmatchedLine> unmatchedLines = new ArrayList<>();
            List<UnmatchedEntry> unmatchedEntries = new ArrayList<>();
            int[] lineOrder = byDate(lines.length, i -> lines[i].day);
            for (int i : lineOrder) {
                if (lineState[i] == CONFIRMED) {
                    matches.add(lineMatch[i]);
                } else if (lineState[i] == UNMATCHED) {
                    unmatchedLines.add(unmatchedLine(i));
                }
            }
            int[] unitOrder = byDate(units.length, j -> units[j].day);
            for (int j : unitOrder) {
                if (unitState[j] == UNMATCHED) {
                    unmatchedEntries.add(unmatchedEntry(j));
                }
            }
            Integer[] order = ambiguityOrder.toArray(new Integer[0]);
            Integer[] ambiguityIndex = new Integer[order.length];
            for (int k = 0; k < order.length; k++) {
                ambiguityIndex[k] = k;
            }
            Arrays.sort(ambiguityIndex, Comparator.comparingInt(k -> order[k]));
            List<Ambiguity> sortedAmbiguities = new ArrayList<>(order.length);
            for (int k : ambiguityIndex) {
                sortedAmbiguities.add(ambiguities.get(k));
            }
            BalanceSweep sweep = new BalanceSweep(input, lines, lineState, units, unitState, lineMatch, lineUnit);
            List<BalanceCheck> checks = sweep.checks();
            List<BalanceAssertion> unchecked = sweep.unchecked();
            boolean linesConfirmed = true;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].set == Settlement.SETTLED.ordinal() && lineState[i] != CONFIRMED) {
                    linesConfirmed = false;
                    break;
                }
            }
            boolean balancesExplained = input.assertions().isEmpty() || !checks.isEmpty();
            for (BalanceCheck check : checks) {
                balancesExplained &= check.unexplained().isZero();
            }
            boolean reconciled = linesConfirmed && balancesExplained;
            LocalDate last = reconciled ? input.asOf() : input.lastReconciled();
            List<ReconciliationFinding> findings = new ArrayList<>(1);
            if (!reconciled && (last == null
                    || input.asOf().toEpochDay() - last.toEpochDay() > settings.staleAfterDays())) {
                findings.add(ReconciliationFinding.stale(last, input.asOf(), settings.staleAfterDays()));
            }
            return new ReconciliationReport(input.asOf(), Collections.unmodifiableList(matches),
                    Collections.unmodifiableList(sortedAmbiguities), Collections.unmodifiableList(unmatchedLines),
                    Collections.unmodifiableList(unmatchedEntries), checks, unchecked,
                    Collections.unmodifiableList(findings), reconciled, last);
        }

        /** Indices ordered by day, then by their fixed order, with one primitive sort. */
        private static int[] byDate(int size, java.util.function.IntUnaryOperator day) {
            long[] keyed = new long[size];
            for (int i = 0; i < size; i++) {
                keyed[i] = ((long) (day.applyAsInt(i) + 1_000_000) << 32) | i;
            }
            Arrays.sort(keyed);
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = (int) keyed[i];
            }
            return order;
        }

        /** Sweeps the blocks of equal settlement and amount, and solves each block's groups of candidates. */
        private void match() {
            int i = 0;
            int j = 0;
            while (i < lines.length) {
                int set = lines[i].set;
                long pence = lines[i].pence;
                int lineEnd = i;
                while (lineEnd < lines.length && lines[lineEnd].set == set && lines[lineEnd].pence == pence) {
                    lineEnd++;
                }
                while (j < units.length && (units[j].set < set || (units[j].set == set && units[j].pence < pence))) {
                    j++;
                }
                int unitEnd = j;
                while (unitEnd < units.length && units[unitEnd].set == set && units[unitEnd].pence == pence) {
                    unitEnd++;
                }
                if (unitEnd > j) {
                    block(i, lineEnd, j, unitEnd);
                }
                i = lineEnd;
                j = unitEnd;
            }
        }

        private void block(int lineStart, int lineEnd, int unitStart, int unitEnd) {
            edges = 0;
            int widest = settings.widest();
            int low = unitStart;
            for (int i = lineStart; i < lineEnd; i++) {
                LineRec line = lines[i];
                while (low < unitEnd && units[low].day < line.day - widest) {
                    low++;
                }
                for (int k = low; k < unitEnd && units[k].day <= line.day + widest; k++) {
                    candidate(i, k);
                }
            }
            if (edges == 0) {
                return;
            }
            if (edges == 1) {
                confirm(edgeLine[0], edgeUnit[0], edgeScore[0], edgeRef[0], edgeDiff[0], false);
                return;
            }
            groups(lineStart, lineEnd - lineStart, unitStart, unitEnd - unitStart);
        }

        private void candidate(int i, int k) {
            LineRec line = lines[i];
            UnitRec unit = units[k];
            int diff = line.day - unit.day;
            boolean reference = referenceAgrees(line, unit);
            boolean inWindow = diff >= -settings.daysBefore() && diff <= settings.daysAfter();
            if (!inWindow && !(reference && Math.abs(diff) <= settings.referenceDays())) {
                return;
            }
            long score = (reference ? MatchSettings.REFERENCE_SCORE : 0)
                    + (counterpartyAgrees(line, unit) ? MatchSettings.COUNTERPARTY_SCORE : 0)
                    + (settings.widest() + 1 - Math.abs(diff));
            if (edges == edgeLine.length) {
                int size = edges * 2;
                edgeLine = Arrays.copyOf(edgeLine, size);
                edgeUnit = Arrays.copyOf(edgeUnit, size);
                edgeScore = Arrays.copyOf(edgeScore, size);
                edgeDiff = Arrays.copyOf(edgeDiff, size);
                edgeRef = Arrays.copyOf(edgeRef, size);
            }
            edgeLine[edges] = i;
            edgeUnit[edges] = k;
            edgeScore[edges] = score;
            edgeDiff[edges] = diff;
            edgeRef[edges] = reference;
            edges++;
            if (score > lineBestScore[i]) {
                lineBestScore[i] = score;
                lineBest[i] = k;
                lineBestDiff[i] = diff;
            }
            if (score > unitBestScore[k]) {
                unitBestScore[k] = score;
                unitBest[k] = i;
                unitBestDiff[k] = diff;
            }
        }

        private static boolean referenceAgrees(LineRec line, UnitRec unit) {
            String ref = unit.normRef;
            if (ref.isEmpty()) {
                return false;
            }
            if (ref.equals(line.normRef)) {
                return true;
            }
            return ref.length() >= 6 && (line.normRef.contains(ref) || line.normDesc().contains(ref));
        }

        private static boolean counterpartyAgrees(LineRec line, UnitRec unit) {
            String name = unit.normCounterparty;
            return name.length() >= 3 && line.normDesc().contains(name);
        }

        private void confirm(int i, int k, long score, boolean reference, int diff, boolean interchangeable) {
            lineState[i] = CONFIRMED;
            unitState[k] = CONFIRMED;
            lineUnit[i] = k;
            lineMatch[i] = new Match(lines[i].line, units[k].entries, score,
                    reference ? MatchBasis.REFERENCE : MatchBasis.AMOUNT_AND_DATE, diff, interchangeable);
        }

        /** Splits a block's candidates into connected groups and solves each. */
        private void groups(int lineStart, int lineCount, int unitStart, int unitCount) {
            int[] parent = new int[lineCount + unitCount];
            for (int x = 0; x < parent.length; x++) {
                parent[x] = x;
            }
            for (int e = 0; e < edges; e++) {
                union(parent, edgeLine[e] - lineStart, lineCount + edgeUnit[e] - unitStart);
            }
            long[] keyed = new long[edges];
            for (int e = 0; e < edges; e++) {
                keyed[e] = ((long) find(parent, edgeLine[e] - lineStart) << 32) | e;
            }
            Arrays.sort(keyed);
            int from = 0;
            while (from < edges) {
                int root = (int) (keyed[from] >>> 32);
                int to = from;
                while (to < edges && (int) (keyed[to] >>> 32) == root) {
                    to++;
                }
                int[] group = new int[to - from];
                for (int x = from; x < to; x++) {
                    group[x - from] = (int) keyed[x];
                }
                solve(group);
                from = to;
            }
        }

        private static int find(int[] parent, int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        private static void union(int[] parent, int a, int b) {
            int ra = find(parent, a);
            int rb = find(parent, b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        /** Solves one connected group of candidates, given by edge numbers in ascending order. */
        private void solve(int[] group) {
            int[] rows = distinct(group, edgeLine);
            int[] cols = distinct(group, edgeUnit);
            if (rows.length == 1 && cols.length == 1) {
                int e = group[0];
                confirm(edgeLine[e], edgeUnit[e], edgeScore[e], edgeRef[e], edgeDiff[e], false);
                return;
            }
            if (rows.length > settings.maxCandidates() || cols.length > settings.maxCandidates()) {
                ambiguous(Ambiguity.Reason.TOO_MANY_CANDIDATES, rows, cols, group);
                return;
            }
            int[] edgeRow = new int[group.length];
            int[] edgeCol = new int[group.length];
            long[] scores = new long[group.length];
            for (int x = 0; x < group.length; x++) {
                int e = group[x];
                edgeRow[x] = Arrays.binarySearch(rows, edgeLine[e]);
                edgeCol[x] = Arrays.binarySearch(cols, edgeUnit[e]);
                scores[x] = edgeScore[e];
            }
            Assignment assignment = new Assignment(rows.length, cols.length, edgeRow, edgeCol, scores, group.length);
            assignment.solve();
            Map<Integer, Boolean> material = new HashMap<>();
            Map<Integer, List<Integer>> immaterialRows = new HashMap<>();
            Map<Integer, List<Integer>> componentRows = new HashMap<>();
            Map<Integer, List<Integer>> componentCols = new HashMap<>();
            for (int r = 0; r < rows.length; r++) {
                int c = assignment.rowComponent(r);
                if (assignment.onCycle(c)) {
                    componentRows.computeIfAbsent(c, x -> new ArrayList<>()).add(r);
                }
            }
            for (int k = 0; k < cols.length; k++) {
                int c = assignment.unitComponent(k);
                if (assignment.onCycle(c)) {
                    componentCols.computeIfAbsent(c, x -> new ArrayList<>()).add(k);
                }
            }
            for (Map.Entry<Integer, List<Integer>> entry : componentRows.entrySet()) {
                int c = entry.getKey();
                List<Integer> cRows = entry.getValue();
                List<Integer> cCols = componentCols.getOrDefault(c, List.of());
                boolean isMaterial = assignment.holdsFreedom(c)
                        || (!oneLineClass(rows, cRows) && !oneUnitClass(cols, cCols));
                material.put(c, isMaterial);
                if (!isMaterial) {
                    immaterialRows.put(c, cRows);
                }
            }
            for (Map.Entry<Integer, List<Integer>> entry : componentCols.entrySet()) {
                material.putIfAbsent(entry.getKey(), true);
            }
            // confirmed pairs outside any cycle, and unmatched rows and columns
            for (int r = 0; r < rows.length; r++) {
                int c = assignment.rowComponent(r);
                if (assignment.onCycle(c)) {
                    continue;
                }
                int k = assignment.unitOf(r);
                if (k >= 0) {
                    int e = edgeFor(group, rows[r], cols[k]);
                    confirm(rows[r], cols[k], edgeScore[e], edgeRef[e], edgeDiff[e], false);
                }
            }
            // immaterial cycles: identical lines with identical units, paired in order
            for (Map.Entry<Integer, List<Integer>> entry : immaterialRows.entrySet()) {
                List<Integer> cRows = entry.getValue();
                List<Integer> cCols = new ArrayList<>(componentCols.getOrDefault(entry.getKey(), List.of()));
                Collections.sort(cCols);
                for (int x = 0; x < cRows.size(); x++) {
                    int e = edgeFor(group, rows[cRows.get(x)], cols[cCols.get(x)]);
                    confirm(rows[cRows.get(x)], cols[cCols.get(x)], edgeScore[e], edgeRef[e], edgeDiff[e], true);
                }
            }
            // material cycles: ambiguous groups
            List<Integer> ids = new ArrayList<>(material.keySet());
            Collections.sort(ids);
            for (int c : ids) {
                if (!material.get(c)) {
                    continue;
                }
                List<Integer> cRows = componentRows.getOrDefault(c, List.of());
                List<Integer> cCols = componentCols.getOrDefault(c, List.of());
                int[] groupRows = new int[cRows.size()];
                for (int x = 0; x < groupRows.length; x++) {
                    groupRows[x] = rows[cRows.get(x)];
                }
                int[] groupCols = new int[cCols.size()];
                for (int x = 0; x < groupCols.length; x++) {
                    groupCols[x] = cols[cCols.get(x)];
                }
                ambiguous(Ambiguity.Reason.TIED, groupRows, groupCols, group);
            }
        }

        private int edgeFor(int[] group, int line, int unit) {
            for (int e : group) {
                if (edgeLine[e] == line && edgeUnit[e] == unit) {
                    return e;
                }
            }
            throw new IllegalStateException("no candidate for an assigned pair");
        }

        private boolean oneLineClass(int[] rows, List<Integer> members) {
            LineRec first = lines[rows[members.get(0)]];
            for (int r : members) {
                LineRec line = lines[rows[r]];
                if (line.day != first.day || !line.normRef.equals(first.normRef)
                        || !line.normDesc().equals(first.normDesc())) {
                    return false;
                }
            }
            return true;
        }

        private boolean oneUnitClass(int[] cols, List<Integer> members) {
            if (members.isEmpty()) {
                return false;
            }
            UnitRec first = units[cols[members.get(0)]];
            for (int k : members) {
                UnitRec unit = units[cols[k]];
                if (unit.day != first.day || !unit.normRef.equals(first.normRef)
                        || !unit.normCounterparty.equals(first.normCounterparty)) {
                    return false;
                }
            }
            return true;
        }

        private static int[] distinct(int[] group, int[] values) {
            int[] found = new int[group.length];
            for (int x = 0; x < group.length; x++) {
                found[x] = values[group[x]];
            }
            Arrays.sort(found);
            int size = 0;
            for (int x = 0; x < found.length; x++) {
                if (x == 0 || found[x] != found[x - 1]) {
                    found[size++] = found[x];
                }
            }
            return Arrays.copyOf(found, size);
        }

        private void ambiguous(Ambiguity.Reason reason, int[] groupRows, int[] groupCols, int[] group) {
            List<StatementLine> groupLines = new ArrayList<>(groupRows.length);
            for (int r : groupRows) {
                lineState[r] = AMBIGUOUS;
                groupLines.add(lines[r].line);
            }
            List<LedgerEntry> groupEntries = new ArrayList<>();
            for (int k : groupCols) {
                unitState[k] = AMBIGUOUS;
                groupEntries.addAll(units[k].entries);
            }
            List<Candidate> candidates = new ArrayList<>();
            List<long[]> ordered = new ArrayList<>();
            for (int e : group) {
                if (Arrays.binarySearch(groupRows, edgeLine[e]) >= 0 && Arrays.binarySearch(groupCols, edgeUnit[e]) >= 0) {
                    ordered.add(new long[] {edgeLine[e], -edgeScore[e], edgeUnit[e], e});
                }
            }
            ordered.sort((a, b) -> Arrays.compare(a, b));
            for (long[] o : ordered) {
                int e = (int) o[3];
                candidates.add(new Candidate(lines[edgeLine[e]].line, units[edgeUnit[e]].entries, edgeScore[e],
                        edgeRef[e] ? MatchBasis.REFERENCE : MatchBasis.AMOUNT_AND_DATE, edgeDiff[e]));
            }
            ambiguities.add(new Ambiguity(reason, Collections.unmodifiableList(groupLines),
                    Collections.unmodifiableList(groupEntries), Collections.unmodifiableList(candidates)));
            int firstDay = Integer.MAX_VALUE;
            for (int r : groupRows) {
                firstDay = Math.min(firstDay, lines[r].day);
            }
            for (int k : groupCols) {
                firstDay = Math.min(firstDay, units[k].day);
            }
            ambiguityOrder.add(firstDay);
        }

        private UnmatchedLine unmatchedLine(int i) {
            LineRec line = lines[i];
            if (lineBest[i] >= 0) {
                return new UnmatchedLine(line.line, UnmatchedReason.CANDIDATES_TAKEN, units[lineBest[i]].firstId,
                        null, lineBestDiff[i]);
            }
            if (!line.normRef.isEmpty()) {
                Integer k = unitsByReference().get(line.set + "|" + line.normRef);
                if (k != null) {
                    UnitRec unit = units[k];
                    return new UnmatchedLine(line.line, UnmatchedReason.REFERENCE_AMOUNT_DIFFERS, unit.firstId,
                            pence(line.pence - unit.pence), line.day - unit.day);
                }
            }
            int other = nearestUnit(1 - line.set, line.pence, line.day);
            if (other >= 0 && inWindow(line.day - units[other].day)) {
                return new UnmatchedLine(line.line, UnmatchedReason.SETTLEMENT_DIFFERS, units[other].firstId, null,
                        line.day - units[other].day);
            }
            int same = nearestUnit(line.set, line.pence, line.day);
            if (same >= 0) {
                return new UnmatchedLine(line.line, UnmatchedReason.OUTSIDE_DATE_WINDOW, units[same].firstId, null,
                        line.day - units[same].day);
            }
            return new UnmatchedLine(line.line, UnmatchedReason.NO_SAME_AMOUNT, null, null, null);
        }

        private UnmatchedEntry unmatchedEntry(int k) {
            UnitRec unit = units[k];
            if (unitBest[k] >= 0) {
                return new UnmatchedEntry(unit.entries, UnmatchedReason.CANDIDATES_TAKEN, lines[unitBest[k]].line,
                        null, unitBestDiff[k]);
            }
            if (!unit.normRef.isEmpty()) {
                Integer i = linesByReference().get(unit.set + "|" + unit.normRef);
                if (i != null) {
                    LineRec line = lines[i];
                    return new UnmatchedEntry(unit.entries, UnmatchedReason.REFERENCE_AMOUNT_DIFFERS, line.line,
                            pence(line.pence - unit.pence), line.day - unit.day);
                }
            }
            int other = nearestLine(1 - unit.set, unit.pence, unit.day);
            if (other >= 0 && inWindow(lines[other].day - unit.day)) {
                return new UnmatchedEntry(unit.entries, UnmatchedReason.SETTLEMENT_DIFFERS, lines[other].line, null,
                        lines[other].day - unit.day);
            }
            if (lines.length == 0 || unit.day > lastDay + settings.daysBefore()) {
                return new UnmatchedEntry(unit.entries, UnmatchedReason.AFTER_STATEMENT, null, null, null);
            }
            if (unit.day < firstDay - settings.daysAfter()) {
                return new UnmatchedEntry(unit.entries, UnmatchedReason.BEFORE_STATEMENT, null, null, null);
            }
            int same = nearestLine(unit.set, unit.pence, unit.day);
            if (same >= 0) {
                return new UnmatchedEntry(unit.entries, UnmatchedReason.OUTSIDE_DATE_WINDOW, lines[same].line, null,
                        lines[same].day - unit.day);
            }
            return new UnmatchedEntry(unit.entries, UnmatchedReason.NO_SAME_AMOUNT, null, null, null);
        }

        private boolean inWindow(int diff) {
            return diff >= -settings.daysBefore() && diff <= settings.daysAfter();
        }

        private static Gbp pence(long value) {
            if (Math.abs(value) > Gbp.MAX_PENCE) {
                throw new LedgerException("difference", "within ±" + Gbp.MAX, value + " pence");
            }
            return Gbp.ofPence(value);
        }

        private Map<String, Integer> unitsByReference() {
            if (unitsByReference == null) {
                Map<String, Integer> map = new HashMap<>();
                for (int k = 0; k < units.length; k++) {
                    if (!units[k].normRef.isEmpty()) {
                        map.putIfAbsent(units[k].set + "|" + units[k].normRef, k);
                    }
                }
                unitsByReference = map;
            }
            return unitsByReference;
        }

        private Map<String, Integer> linesByReference() {
            if (linesByReference == null) {
                Map<String, Integer> map = new HashMap<>();
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].normRef.isEmpty()) {
                        map.putIfAbsent(lines[i].set + "|" + lines[i].normRef, i);
                    }
                }
                linesByReference = map;
            }
            return linesByReference;
        }

        /** The unit of a settlement and amount nearest in date (the earlier on a tie), or -1. */
        private int nearestUnit(int set, long pence, int day) {
            int at = lowerBound(units.length, k -> compare(units[k].set, units[k].pence, units[k].day, set, pence,
                    day));
            return nearest(at, units.length, k -> units[k].set == set && units[k].pence == pence,
                    k -> units[k].day, day);
        }

        /** The line of a settlement and amount nearest in date, or -1. */
        private int nearestLine(int set, long pence, int day) {
            int at = lowerBound(lines.length, i -> compare(lines[i].set, lines[i].pence, lines[i].day, set, pence,
                    day));
            return nearest(at, lines.length, i -> lines[i].set == set && lines[i].pence == pence,
                    i -> lines[i].day, day);
        }

        private static int compare(int set, long pence, int day, int wantSet, long wantPence, int wantDay) {
            int c = Integer.compare(set, wantSet);
            if (c == 0) {
                c = Long.compare(pence, wantPence);
            }
            return c != 0 ? c : Integer.compare(day, wantDay);
        }

        private static int lowerBound(int size, java.util.function.IntUnaryOperator compareToKey) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (compareToKey.applyAsInt(mid) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static int nearest(int at, int size, java.util.function.IntPredicate sameBlock,
                java.util.function.IntUnaryOperator dayOf, int day) {
            int best = -1;
            if (at - 1 >= 0 && sameBlock.test(at - 1)) {
                best = at - 1;
            }
            if (at < size && sameBlock.test(at)
                    && (best < 0 || dayOf.applyAsInt(at) - day < day - dayOf.applyAsInt(best))) {
                best = at;
            }
            return best;
        }
    }
}
