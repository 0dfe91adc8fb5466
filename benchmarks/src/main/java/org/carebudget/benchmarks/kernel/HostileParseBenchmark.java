package org.carebudget.benchmarks.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.jackson.CareBudgetJson;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 9 item 1: refusing hostile text costs the same whatever its length, because every kernel parser bounds the
 * length before it parses. Each benchmark refuses a text of {@code length} characters (4,000, 40,000, 400,000: the
 * issue's 400,000-digit amount took 2.5 s in {@code BigDecimal}); {@code naiveBigDecimal} is that baseline, the
 * parse Gbp did before it bounded the length. {@code jsonCareBudgetMapper} reads the text as a JSON string through
 * {@link CareBudgetJson#mapper()}, which refuses it at 10,000 characters, beside {@code jsonDefaultMapper}, a default
 * {@code ObjectMapper} that reads it whole before {@code Gbp.parse} refuses it. Scores are microseconds per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class HostileParseBenchmark {

    /** Length of the hostile text in characters. */
    @Param({"4000", "40000", "400000"})
    public int length;

    private String digits;
    private String amount;
    private String range;
    private String json;
    private ObjectMapper careBudget;
    private ObjectMapper vendor;

    /** Builds the texts and the two mappers. */
    @Setup
    public void setUp() {
        digits = "9".repeat(length);
        amount = "£" + digits;
        range = "2026-04-01/" + digits;
        json = "\"" + amount + "\"";
        careBudget = CareBudgetJson.configure(CareBudgetJson.builder()).addModule(new CoreJacksonModule()).build();
        vendor = new ObjectMapper().registerModule(new CoreJacksonModule());
    }

    /**
     * Refuses a hostile amount.
     *
     * @return the message length, so the work is not eliminated
     */
    @Benchmark
    public int gbpParse() {
        try {
            return Gbp.parse(amount).toString().length();
        } catch (InvalidValueException e) {
            return e.getMessage().length();
        }
    }

    /**
     * The baseline: what {@code Gbp.parse} did before bounding the length, {@code BigDecimal} of all the digits.
     *
     * @return the scale, so the work is not eliminated
     */
    @Benchmark
    public int naiveBigDecimal() {
        return new BigDecimal(digits).precision();
    }

    /**
     * Refuses a hostile NHS number.
     *
     * @return the message length
     */
    @Benchmark
    public int nhsNumberParse() {
        try {
            return NhsNumber.parse(digits).value().length();
        } catch (InvalidValueException e) {
            return e.getMessage().length();
        }
    }

    /**
     * Refuses a hostile date range.
     *
     * @return the message length
     */
    @Benchmark
    public int dateRangeParse() {
        try {
            return DateRange.parse(range).toString().length();
        } catch (InvalidValueException e) {
            return e.getMessage().length();
        }
    }

    /**
     * Refuses a hostile id.
     *
     * @return the message length
     */
    @Benchmark
    public int personId() {
        try {
            return PersonId.of(digits).value().length();
        } catch (InvalidValueException e) {
            return e.getMessage().length();
        }
    }

    /**
     * Refuses the amount as a JSON string through CareBudget's mapper (stream read constraints).
     *
     * @return the message length
     */
    @Benchmark
    public int jsonCareBudgetMapper() {
        try {
            return careBudget.readValue(json, Gbp.class).toString().length();
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage().length();
        }
    }

    /**
     * Refuses the amount as a JSON string through a default mapper: read whole, then refused by {@code Gbp.parse}.
     *
     * @return the message length
     */
    @Benchmark
    public int jsonDefaultMapper() {
        try {
            return vendor.readValue(json, Gbp.class).toString().length();
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage().length();
        }
    }
}
