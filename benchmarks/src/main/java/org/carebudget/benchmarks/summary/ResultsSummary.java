package org.carebudget.benchmarks.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebudget.benchmarks.ComparedWith;

/**
 * Writes {@code benchmarks/RESULTS.md} from the JMH result files ({@code -rf json}) in a folder: one row per
 * benchmark and size with its score and unit, the ratio to its baseline (a method named by {@link ComparedWith}, same
 * parameters), the growth exponent across sizes, and the machine each file was recorded on.
 *
 * <p>The growth exponent {@code k} is the least-squares slope of {@code log(cost per operation)} against
 * {@code log(size)}, where the cost is the score in time per operation (average-time and single-shot modes) or its
 * reciprocal (throughput): {@code k = 1} means the cost grows in proportion to the size, {@code k = 0} that it does
 * not grow. The size is the one numeric {@code @Param} that varies within a series; the other parameters name the
 * series.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.carebudget.benchmarks.summary.ResultsSummary
 * benchmarks/results benchmarks/RESULTS.md}. Not thread-safe; a command-line tool.
 */
public final class ResultsSummary {

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Runs the summary.
     *
     * @param args the results folder and the Markdown file to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ResultsSummary RESULTS_DIR OUTPUT.md");
        }
        Path out = Path.of(args[1]);
        String markdown = new ResultsSummary().summarise(Path.of(args[0]));
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
    }

    /**
     * Reads every {@code *.json} file in a folder and returns the Markdown summary.
     *
     * @param folder the folder of JMH result files
     * @return the Markdown text
     * @throws IOException if a file cannot be read
     */
    public String summarise(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n")
                .append("Written by `benchmarks/run-all` (or `ResultsSummary` alone) from the JMH result files in `")
                .append(folder.getFileName()).append("/`. Cost is time per operation; the growth exponent `k` is the ")
                .append("slope of log(cost) against log(size) over the sizes run (1 = linear, 0 = flat). The ratio ")
                .append("compares a benchmark with its baseline in the same run and parameters (higher is better ")
                .append("for the benchmark). Figures from a shared 2-core machine: read them as orders of magnitude.\n");
        Path machine = folder.resolve("machine.txt");
        if (Files.exists(machine)) {
            md.append("\nMachine (`machine.txt`, written by `run-all`):\n\n```\n")
                    .append(Files.readString(machine, StandardCharsets.UTF_8).strip()).append("\n```\n");
        }
        for (Path file : files) {
            md.append(section(file.getFileName().toString(), read(file)));
        }
        return md.toString();
    }

    private List<Result> read(Path file) {
        try {
            JsonNode root = mapper.readTree(file.toFile());
            List<Result> results = new ArrayList<>();
            for (JsonNode node : root) {
                Map<String, String> params = new TreeMap<>();
                JsonNode p = node.get("params");
                if (p != null) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> e = it.next();
                        params.put(e.getKey(), e.getValue().asText());
                    }
                }
                JsonNode metric = node.get("primaryMetric");
                results.add(new Result(node.get("benchmark").asText(), node.get("mode").asText(), params,
                        metric.get("score").asDouble(), metric.get("scoreError").asDouble(Double.NaN),
                        metric.get("scoreUnit").asText(), node.path("jdkVersion").asText("?"),
                        node.path("vmName").asText("?"), node.path("threads").asInt(1)));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static String section(String name, List<Result> results) {
        StringBuilder md = new StringBuilder("\n## ").append(name).append("\n\n");
        if (!results.isEmpty()) {
            Result first = results.get(0);
            md.append("Recorded on JDK ").append(first.jdk()).append(" (").append(first.vm()).append(").\n\n");
        }
        md.append("| benchmark | params | size | score | unit | vs baseline | growth k |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        Map<String, List<Result>> series = new LinkedHashMap<>();
        for (Result r : results) {
            series.computeIfAbsent(r.benchmark() + " " + r.seriesKey(sizeParam(results, r)), k -> new ArrayList<>())
                    .add(r);
        }
        for (List<Result> s : series.values()) {
            String size = sizeParam(results, s.get(0));
            s.sort(Comparator.comparingDouble(r -> size == null ? 0 : Double.parseDouble(r.params().get(size))));
            String growth = size == null || s.size() < 2 ? "" : String.format(Locale.ROOT, "%.2f", growth(s, size));
            for (Result r : s) {
                md.append("| ").append(r.shortName()).append(" | ").append(r.seriesKey(size)).append(" | ")
                        .append(size == null ? "" : size + "=" + r.params().get(size)).append(" | ")
                        .append(format(r.score())).append(Double.isNaN(r.error()) ? "" : " ± " + format(r.error()))
                        .append(" | ").append(r.unit()).append(" | ").append(ratio(results, r)).append(" | ")
                        .append(r == s.get(s.size() - 1) ? growth : "").append(" |\n");
            }
        }
        return md.toString();
    }

    /** The numeric parameter that varies among the results of the same benchmark, if exactly one does. */
    static String sizeParam(List<Result> all, Result of) {
        List<Result> same = all.stream().filter(r -> r.benchmark().equals(of.benchmark())).toList();
        List<String> varying = new ArrayList<>();
        for (String key : of.params().keySet()) {
            boolean numeric = same.stream().allMatch(r -> r.params().containsKey(key)
                    && r.params().get(key).matches("[0-9]+(\\.[0-9]+)?"));
            long distinct = same.stream().map(r -> r.params().get(key)).distinct().count();
            if (numeric && distinct > 1) {
                varying.add(key);
            }
        }
        return varying.size() == 1 ? varying.get(0) : varying.isEmpty() ? null : varying.get(0);
    }

    /** The least-squares slope of log(cost per operation) against log(size). */
    static double growth(List<Result> series, String size) {
        double n = series.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Result r : series) {
            double x = Math.log(Double.parseDouble(r.params().get(size)));
            double y = Math.log(r.costPerOp());
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double denominator = n * sxx - sx * sx;
        return denominator == 0 ? Double.NaN : (n * sxy - sx * sy) / denominator;
    }

    private static String ratio(List<Result> all, Result r) {
        Optional<String> baseline = baselineOf(r.benchmark());
        if (baseline.isEmpty()) {
            return "";
        }
        String wanted = r.benchmark().substring(0, r.benchmark().lastIndexOf('.') + 1) + baseline.get();
        return all.stream().filter(b -> b.benchmark().equals(wanted) && b.params().equals(r.params())
                && b.mode().equals(r.mode())).findFirst()
                .map(b -> String.format(Locale.ROOT, "%.1fx %s", b.costPerOp() / r.costPerOp(), baseline.get()))
                .orElse("");
    }

    private static Optional<String> baselineOf(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        try {
            Class<?> type = Class.forName(benchmark.substring(0, dot));
            for (Method m : type.getMethods()) {
                if (m.getName().equals(benchmark.substring(dot + 1)) && m.isAnnotationPresent(ComparedWith.class)) {
                    return Optional.of(m.getAnnotation(ComparedWith.class).value());
                }
            }
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String format(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 1 ? "%.2f" : "%.4f", value);
    }

    /** One JMH result. */
    record Result(String benchmark, String mode, Map<String, String> params, double score, double error, String unit,
            String jdk, String vm, int threads) {

        double costPerOp() {
            return mode.equals("thrpt") ? 1 / score : score;
        }

        String shortName() {
            String[] parts = benchmark.split("\\.");
            return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
        }

        String seriesKey(String size) {
            return params.entrySet().stream().filter(e -> !e.getKey().equals(size))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        }
    }
}
