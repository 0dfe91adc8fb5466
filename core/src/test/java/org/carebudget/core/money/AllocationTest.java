package org.carebudget.core.money;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationTest {

    private static long[] longs(String spaced) {
        return Arrays.stream(spaced.trim().split(" +")).mapToLong(Long::parseLong).toArray();
    }

    @ParameterizedTest(name = "{0} by [{1}] = [{2}]")
    @CsvSource({
        "100, 1 1 1, 34 33 33",
        "100, 1 1 1 1 1 1, 17 17 17 17 16 16",
        "-100, 1 1 1, -34 -33 -33",
        "0, 1 2, 0 0",
        "10, 0 1, 0 10",
        "10, 1 0, 10 0",
        "3, 0 1 0 1, 0 2 0 1",
        // ties go to the earlier part
        "1, 1 1, 1 0",
        "2, 1 1 1, 1 1 0",
        "-1, 1 1, -1 0",
        // largest remainder, not the earliest: 5 x 1/3 = 1 r 2, 5 x 2/3 = 3 r 1
        "5, 1 2, 2 3",
        "5, 2 1, 3 2",
        "100, 3, 100",
        "7, 2 2 3, 2 2 3",
        "1000, 333 333 334, 333 333 334",
        "10000, 1 1 1 1 1 1 1, 1429 1429 1429 1429 1428 1428 1428",
        // figures from a budget: £2,000 split 60/30/10
        "200000, 60 30 10, 120000 60000 20000",
        // beyond a long in the intermediate product
        "9223372036854775807, 1 1, 4611686018427387904 4611686018427387903",
        "-9223372036854775807, 1 1, -4611686018427387904 -4611686018427387903",
        "9223372036854775807, 9223372036854775806 1, 9223372036854775806 1",
        "9223372036854775807, 3 3 3, 3074457345618258603 3074457345618258602 3074457345618258602",
        "1000, 4611686018427387903 4611686018427387904, 500 500",
    })
    void givenTotalAndRatios_thenLargestRemainderParts(long total, String ratios, String parts) {
        assertArrayEquals(longs(parts), Allocation.byRatios(total, longs(ratios)));
    }

    @Test
    void givenManyEqualRatios_thenLeftoverPenniesGoToTheEarliestParts() {
        long[] ratios = new long[200_000];
        Arrays.fill(ratios, 1);

        long[] parts = Allocation.byRatios(199_999, ratios);

        long[] expected = new long[200_000];
        Arrays.fill(expected, 0, 199_999, 1);
        assertArrayEquals(expected, parts);
    }

    @Test
    void givenRatiosArray_thenResultIsANewArray() {
        long[] ratios = {1, 1};

        assertNotSame(ratios, Allocation.byRatios(2, ratios));
        assertArrayEquals(new long[] {1, 1}, ratios);
    }

    @Test
    void givenBadRatios_thenRejectedNamingTheFieldRangeAndValue() {
        assertInvalid(() -> Allocation.byRatios(100, (long[]) null), "ratios", "not null");
        assertInvalid(() -> Allocation.byRatios(100), "ratios", "at least one ratio", "none");
        assertInvalid(() -> Allocation.byRatios(100, 1, -1), "ratios[1]", "0 - 9223372036854775807", "-1");
        assertInvalid(() -> Allocation.byRatios(100, Long.MIN_VALUE), "ratios[0]", "0 - 9223372036854775807",
                "-9223372036854775808");
        assertInvalid(() -> Allocation.byRatios(100, 0, 0), "ratios", "a sum above 0", "0");
        assertInvalid(() -> Allocation.byRatios(100, Long.MAX_VALUE, 1), "ratios", "a sum within a long",
                "overflow at ratios[1]");
        assertInvalid(() -> Allocation.byRatios(Long.MIN_VALUE, 1), "total",
                "-9223372036854775807 - 9223372036854775807", "-9223372036854775808");
    }
}
