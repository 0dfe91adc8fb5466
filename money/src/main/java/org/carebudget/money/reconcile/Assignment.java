package org.carebudget.money.reconcile;

import java.util.Arrays;

/**
 * A globally optimal one-to-one assignment of a group of competing statement lines (rows) to ledger units
 * (columns), and which of its pairs every optimal assignment makes.
 *
 * <p>The assignment maximises the total score with the Hungarian method (Kuhn-Munkres with potentials, O(n²(m+n))):
 * each row may also stay unmatched through a dummy column of its own at score 0, so a line is never forced onto a
 * poor candidate. Uniqueness comes from the optimal potentials: every optimal assignment uses only tight pairs
 * (reduced cost 0) and saturates every column whose potential is not 0 (complementary slackness), so an optimal
 * assignment other than the one found exists exactly where the graph of tight pairs has an alternating cycle: from
 * each row to its tight unassigned columns, from each assigned column back to its row, and through a node Z from
 * every free column and to every assigned column whose potential is 0 (one that may become free). A pair lies on such
 * a cycle exactly when its row and column share a strongly connected component (Tarjan). A component is immaterial
 * when it holds neither Z nor a dummy column (so the same lines and units stay matched in every alternative) and its
 * rows are interchangeable lines (one class) or its columns interchangeable units (one class): every alternative
 * then only swaps identical items, and any pairing of them is as good and changes nothing.
 *
 * <p>Not thread-safe; one instance solves one group.
 */
final class Assignment {

    private static final long FORBIDDEN = 1L << 50;

    private final int n;
    private final int units;
    private final int columns;
    private final long[][] cost;
    private final int[] rowOf;
    private final long[] u;
    private final long[] v;

    /** Node ids: rows 0..n-1, columns n..n+columns-1, Z last. */
    private int[] component = new int[0];
    private int[] componentSize = new int[0];

    /**
     * Creates the problem.
     *
     * @param n the rows (lines)
     * @param units the unit columns
     * @param edgeRow each candidate's row
     * @param edgeUnit each candidate's unit column
     * @param edgeScore each candidate's score, above 0
     * @param edges the number of candidates
     */
    Assignment(int n, int units, int[] edgeRow, int[] edgeUnit, long[] edgeScore, int edges) {
        this.n = n;
        this.units = units;
        this.columns = units + n;
        this.cost = new long[n + 1][columns + 1];
        for (long[] row : cost) {
            Arrays.fill(row, FORBIDDEN);
        }
        for (int i = 0; i < n; i++) {
            cost[i + 1][units + i + 1] = 0;
        }
        for (int e = 0; e < edges; e++) {
            cost[edgeRow[e] + 1][edgeUnit[e] + 1] = -edgeScore[e];
        }
        this.rowOf = new int[columns + 1];
        this.u = new long[n + 1];
        this.v = new long[columns + 1];
    }

    /** Solves the assignment and finds the components of the tight alternating graph. */
    void solve() {
        hungarian();
        components();
    }

    private void hungarian() {
        int[] way = new int[columns + 1];
        long[] minv = new long[columns + 1];
        boolean[] used = new boolean[columns + 1];
        for (int i = 1; i <= n; i++) {
            rowOf[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Long.MAX_VALUE);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = rowOf[j0];
                long delta = Long.MAX_VALUE;
                int j1 = 0;
                for (int j = 1; j <= columns; j++) {
                    if (!used[j]) {
                        long cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= columns; j++) {
                    if (used[j]) {
                        u[rowOf[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOf[j0] != 0);
            do {
                int j1 = way[j0];
                rowOf[j0] = rowOf[j1];
                j0 = j1;
            } while (j0 != 0);
        }
    }

    /** Tarjan's strongly connected components, iteratively, over rows, columns and Z. */
    private void components() {
        int nodes = n + columns + 1;
        int z = nodes - 1;
        int[][] adjacency = new int[nodes][];
        int[] buffer = new int[columns + 1];
        for (int i = 1; i <= n; i++) {
            int count = 0;
            for (int j = 1; j <= columns; j++) {
                if (cost[i][j] < FORBIDDEN && rowOf[j] != i && cost[i][j] - u[i] - v[j] == 0) {
                    buffer[count++] = n + j - 1;
                }
            }
            adjacency[i - 1] = Arrays.copyOf(buffer, count);
        }
        int zCount = 0;
        int[] zBuffer = new int[columns];
        for (int j = 1; j <= columns; j++) {
            int node = n + j - 1;
            if (rowOf[j] != 0) {
                adjacency[node] = new int[] {rowOf[j] - 1};
                if (v[j] == 0) {
                    zBuffer[zCount++] = node;
                }
            } else {
                adjacency[node] = new int[] {z};
            }
        }
        adjacency[z] = Arrays.copyOf(zBuffer, zCount);

        component = new int[nodes];
        Arrays.fill(component, -1);
        int[] index = new int[nodes];
        int[] low = new int[nodes];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[nodes];
        int[] stack = new int[nodes];
        int stackTop = 0;
        int[] callNode = new int[nodes];
        int[] callEdge = new int[nodes];
        int counter = 0;
        int components = 0;
        int[] sizes = new int[nodes];
        for (int start = 0; start < nodes; start++) {
            if (index[start] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = start;
            callEdge[0] = 0;
            index[start] = low[start] = counter++;
            stack[stackTop++] = start;
            onStack[start] = true;
            while (depth >= 0) {
                int node = callNode[depth];
                int[] next = adjacency[node];
                if (callEdge[depth] < next.length) {
                    int w = next[callEdge[depth]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[stackTop++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[node] = Math.min(low[node], index[w]);
                    }
                } else {
                    if (low[node] == index[node]) {
                        int w;
                        do {
                            w = stack[--stackTop];
                            onStack[w] = false;
                            component[w] = components;
                            sizes[components]++;
                        } while (w != node);
                        components++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callNode[depth];
                        low[parent] = Math.min(low[parent], low[node]);
                    }
                }
            }
        }
        componentSize = Arrays.copyOf(sizes, components);
    }

    /** The unit column a row is assigned to, or -1 if the row stays unmatched. */
    int unitOf(int row) {
        for (int j = 1; j <= units; j++) {
            if (rowOf[j] == row + 1) {
                return j - 1;
            }
        }
        return -1;
    }

    /** The row a unit column is assigned to, or -1. */
    int rowOfUnit(int unit) {
        return rowOf[unit + 1] - 1;
    }

    /** The component of a row. */
    int rowComponent(int row) {
        return component[row];
    }

    /** The component of a unit column. */
    int unitComponent(int unit) {
        return component[n + unit];
    }

    /** Whether a component lies on an alternating cycle (more than one node). */
    boolean onCycle(int componentId) {
        return componentSize[componentId] > 1;
    }

    /** Whether a component holds Z or a dummy column: some row in it may stay unmatched in an optimal assignment. */
    boolean holdsFreedom(int componentId) {
        if (component[n + columns] == componentId) {
            return true;
        }
        for (int j = units; j < columns; j++) {
            if (component[n + j] == componentId) {
                return true;
            }
        }
        return false;
    }

    /** The total score of the assignment found. */
    long totalScore() {
        long total = 0;
        for (int j = 1; j <= units; j++) {
            if (rowOf[j] != 0) {
                total -= cost[rowOf[j]][j];
            }
        }
        return total;
    }
}
