package org.carebudget.core.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CoreJacksonModuleTest {

    private final ObjectMapper mapper = mapper();

    /**
     * The mapper a vendor builds. {@code findAndRegisterModules()} finds the module through META-INF/services on the
     * class path; Surefire runs these tests with core as a named module on the module path, where services files are
     * ignored by design (module-info has no {@code provides}, see its javadoc), so there it is registered by hand.
     */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        if (!mapper.getRegisteredModuleIds().contains("carebudget-core")) {
            mapper.registerModule(new CoreJacksonModule());
        }
        return mapper;
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(PersonId.of("person-1"), "\"person-1\""),
                Arguments.of(CarePackageId.of("pkg:2026.1"), "\"pkg:2026.1\""),
                Arguments.of(PersonalAssistantId.of("pa_7"), "\"pa_7\""),
                Arguments.of(EmployerId.of("E1"), "\"E1\""),
                Arguments.of(FunderId.of("icb-qwe"), "\"icb-qwe\""),
                Arguments.of(NhsNumber.parse("943 476 5919"), "\"9434765919\""),
                Arguments.of(NationalInsuranceNumber.parse("ab 12 34 56 c"), "\"AB123456C\""),
                Arguments.of(Gbp.ofPence(1250), "\"£12.50\""),
                Arguments.of(Gbp.ofPence(-5), "\"-£0.05\""),
                Arguments.of(Gbp.ZERO, "\"£0.00\""),
                Arguments.of(Gbp.MAX, "\"£10000000000000.00\""),
                Arguments.of(Gbp.MIN, "\"-£10000000000000.00\""),
                Arguments.of(DateRange.parse("2026-04-01/2026-05-01"), "\"2026-04-01/2026-05-01\""),
                Arguments.of(DateRange.startingOn(LocalDate.of(2024, 4, 1)), "\"2024-04-01/..\""),
                Arguments.of(TaxYear.startingIn(2026), "\"2026/27\""),
                Arguments.of(TaxYear.startingIn(1999), "\"1999/00\""),
                Arguments.of(LocalDate.of(2026, 4, 6), "\"2026-04-06\""),
                Arguments.of(LocalDateTime.of(2026, 10, 25, 1, 30), "\"2026-10-25T01:30\""),
                Arguments.of(Instant.parse("2026-10-25T00:30:00Z"), "\"2026-10-25T00:30:00Z\""),
                Arguments.of(Duration.ofMinutes(450), "\"PT7H30M\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("values")
    void givenKernelValue_thenWrittenAsItsTextAndReadBackEqual(Object value, String json) throws Exception {
        assertEquals(json, mapper.writeValueAsString(value));
        assertEquals(value, mapper.readValue(json, value.getClass()));
    }

    @Test
    void givenNhsNumberInJson_thenFullNumberIsWrittenNotTheMaskedToString() throws Exception {
        NhsNumber n = NhsNumber.parse("4010232137");

        assertEquals("\"4010232137\"", mapper.writeValueAsString(n));
        assertEquals(n, mapper.readValue("\"401 023 2137\"", NhsNumber.class));
    }

    public record Payslip(PersonalAssistantId pa, Gbp gross, DateRange period, TaxYear taxYear, List<Gbp> lines,
            Map<String, Duration> hours) {
    }

    @Test
    void givenRecordOfKernelValues_thenRoundTrips() throws Exception {
        Payslip slip = new Payslip(PersonalAssistantId.of("pa-1"), Gbp.parse("£508.40"),
                DateRange.parse("2026-04-06/2026-04-13"), TaxYear.startingIn(2026),
                List.of(Gbp.ofPence(1), Gbp.ofPence(-2)), Map.of("night", Duration.ofHours(9)));

        String json = mapper.writeValueAsString(slip);

        assertEquals("{\"pa\":\"pa-1\",\"gross\":\"£508.40\",\"period\":\"2026-04-06/2026-04-13\",\"taxYear\":\"2026/27\","
                + "\"lines\":[\"£0.01\",\"-£0.02\"],\"hours\":{\"night\":\"PT9H\"}}", json);
        assertEquals(slip, mapper.readValue(json, Payslip.class));
    }

    @Test
    void givenPayScheduleRecord_thenRoundTripsWithNoExtraModule() throws Exception {
        PaySchedule schedule = PaySchedule.of(PayFrequency.MONTHLY, LocalDate.of(2026, 1, 31));

        String json = mapper.writeValueAsString(schedule);

        assertEquals("{\"frequency\":\"MONTHLY\",\"anchor\":\"2026-01-31\"}", json);
        assertEquals(schedule, mapper.readValue(json, PaySchedule.class));
    }

    static Stream<Arguments> invalidJson() {
        return Stream.of(
                Arguments.of(Gbp.class, "\"£12.505\"", "Invalid value for amount"),
                Arguments.of(Gbp.class, "\"12,50\"", "Invalid value for amount"),
                Arguments.of(NhsNumber.class, "\"9434765918\"", "check digit does not match"),
                Arguments.of(NationalInsuranceNumber.class, "\"QQ123456C\"", "Invalid value for nationalInsuranceNumber"),
                Arguments.of(PersonId.class, "\"-x\"", "Invalid value for personId"),
                Arguments.of(DateRange.class, "\"2026-05-01/2026-04-01\"", "Invalid value for end"),
                Arguments.of(TaxYear.class, "\"2026/28\"", "Invalid value for taxYear"),
                Arguments.of(LocalDate.class, "\"2026-02-30\"", "Invalid value for date"),
                Arguments.of(LocalDateTime.class, "\"2026-02-01 09:00\"", "Invalid value for dateTime"),
                Arguments.of(Instant.class, "\"2026-02-01T09:00\"", "Invalid value for instant"),
                Arguments.of(Duration.class, "\"7h\"", "Invalid value for duration"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("invalidJson")
    void givenInvalidText_thenReadFailsWithTheFactoryMessage(Class<?> type, String json, String message) {
        InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> mapper.readValue(json, type));

        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void givenRejectedNhsNumber_thenJsonErrorDoesNotEchoTheMessageWithTheFullNumber() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("\"9434765918\"", NhsNumber.class));

        assertTrue(e.getMessage().contains("*** *** *918"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("nonStrings")
    void givenNonStringToken_thenReadFails(Class<?> type, String json) {
        assertThrows(JsonMappingException.class, () -> mapper.readValue(json, type));
    }

    static Stream<Arguments> nonStrings() {
        return Stream.of(Arguments.of(Gbp.class, "1250"), Arguments.of(Gbp.class, "{\"pence\":1250}"),
                Arguments.of(TaxYear.class, "2026"), Arguments.of(PersonId.class, "[\"a\"]"),
                Arguments.of(LocalDate.class, "[2026,4,6]"), Arguments.of(Duration.class, "60"));
    }

    @Test
    void givenJsonNull_thenNullValue() throws Exception {
        assertEquals(null, mapper.readValue("null", Gbp.class));
    }

    @Test
    void givenServicesFile_thenItNamesTheCoreModuleWhichIsAJacksonModule() throws Exception {
        String name = Module.class.getName();
        try (InputStream in = CoreJacksonModule.class.getModule()
                .getResourceAsStream("META-INF/services/" + name)) {
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());

            assertTrue(lines.contains(CoreJacksonModule.class.getName()), "services file lists " + lines);
        }
        assertEquals("carebudget-core", new CoreJacksonModule().getModuleName());
    }
}
