package org.carebudget.benchmarks.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carebudget.benchmarks.ComparedWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsSummaryTest {

    /** Stands in for a benchmark class: {@code fast} is compared with {@code slow}. */
    public static class Fixture {

        /** The benchmark. */
        @ComparedWith("slow")
        public void fast() {
        }

        /** Its baseline. */
        public void slow() {
        }
    }

    private static final String FIXTURE = Fixture.class.getName();

    private static ResultsSummary.Result thrpt(String method, String size, double opsPerSecond) {
        return new ResultsSummary.Result(FIXTURE + "." + method, "thrpt", Map.of("size", size), opsPerSecond, 1,
                "ops/s", "17", "OpenJDK", 1);
    }

    @Test
    void givenThroughputFallingTenfoldPerTenfoldSize_thenGrowthIsLinear() {
        List<ResultsSummary.Result> series = List.of(thrpt("fast", "1000", 1_000_000), thrpt("fast", "10000", 100_000),
                thrpt("fast", "100000", 10_000));

        assertEquals(1.0, ResultsSummary.growth(series, "size"), 1e-9);
    }

    @Test
    void givenAverageTimeFlatAcrossSizes_thenGrowthIsZero() {
        List<ResultsSummary.Result> series = List.of(
                new ResultsSummary.Result("x.Y.z", "avgt", Map.of("n", "100"), 2.0, 0.1, "us/op", "17", "vm", 1),
                new ResultsSummary.Result("x.Y.z", "avgt", Map.of("n", "1000"), 2.0, 0.1, "us/op", "17", "vm", 1),
                new ResultsSummary.Result("x.Y.z", "avgt", Map.of("n", "10000"), 2.0, 0.1, "us/op", "17", "vm", 1));

        assertEquals(0.0, ResultsSummary.growth(series, "n"), 1e-9);
    }

    @Test
    void givenQuadraticAverageTime_thenGrowthIsTwo() {
        List<ResultsSummary.Result> series = List.of(
                new ResultsSummary.Result("x.Y.z", "avgt", Map.of("n", "10"), 1.0, 0, "us/op", "17", "vm", 1),
                new ResultsSummary.Result("x.Y.z", "avgt", Map.of("n", "100"), 100.0, 0, "us/op", "17", "vm", 1),
                new ResultsSummary.Result("x.Y.z", "avgt", Map.of("n", "1000"), 10_000.0, 0, "us/op", "17", "vm", 1));

        assertEquals(2.0, ResultsSummary.growth(series, "n"), 1e-9);
    }

    @Test
    void givenBenchmarkAndItsBaseline_thenRowShowsTheRatioAndTheGrowth() {
        List<ResultsSummary.Result> results = List.of(thrpt("fast", "1000", 2_000_000), thrpt("fast", "10000", 200_000),
                thrpt("slow", "1000", 100_000), thrpt("slow", "10000", 10_000));

        String md = ResultsSummary.section("fixture.json", results);

        assertTrue(md.contains("| ResultsSummaryTest$Fixture.fast |  | size=1000 | 2,000,000 ± 1.00 | ops/s | 20.0x slow |  |"),
                md);
        assertTrue(md.contains("| ResultsSummaryTest$Fixture.fast |  | size=10000 | 200,000 ± 1.00 | ops/s | 20.0x slow | 1.00 |"),
                md);
    }

    @Test
    void givenResultFile_thenSummaryNamesItAndItsRows(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("machine.txt"), "cores: 2\n");
        Files.writeString(dir.resolve("kernel.json"), "[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"threads\":1,"
                + "\"jdkVersion\":\"17.0.15\",\"vmName\":\"OpenJDK 64-Bit Server VM\",\"params\":{\"n\":\"10\"},"
                + "\"primaryMetric\":{\"score\":1.5,\"scoreError\":0.25,\"scoreUnit\":\"us/op\"}}]");

        String md = new ResultsSummary().summarise(dir);

        assertTrue(md.contains("## kernel.json"), md);
        assertTrue(md.contains("```\ncores: 2\n```"), md);
        assertTrue(md.contains("| B.c | n=10 |  | 1.50 ± 0.2500 | us/op |  |  |"), md);
    }
}
