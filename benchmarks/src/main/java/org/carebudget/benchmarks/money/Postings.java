package org.carebudget.benchmarks.money;

import java.util.SplittableRandom;

/**
 * The postings both ledgers run: pseudo-random pairs of distinct accounts and amounts, fixed by seed, read from
 * arrays so that choosing them costs no random-number generation in the measured loop.
 */
final class Postings {

    static final int SIZE = 1 << 16;
    static final int MASK = SIZE - 1;

    final int[] debits = new int[SIZE];
    final int[] credits = new int[SIZE];
    final long[] pence = new long[SIZE];

    Postings(int accounts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SIZE; i++) {
            debits[i] = random.nextInt(accounts);
            int credit = random.nextInt(accounts - 1);
            credits[i] = credit >= debits[i] ? credit + 1 : credit;
            pence[i] = 1 + random.nextInt(100_000);
        }
    }
}
