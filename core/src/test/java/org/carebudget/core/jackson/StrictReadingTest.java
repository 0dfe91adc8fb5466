package org.carebudget.core.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9 item 11: the Jackson leniencies CareBudget's types must not inherit, each a clear error, on a vendor's
 * default mapper ({@code new ObjectMapper().findAndRegisterModules()}) as on {@link CareBudgetJson#mapper()}.
 */
class StrictReadingTest {

    /** A CareBudget value with a primitive id, a count, an enum and a kernel value (a record in a CareBudget package). */
    public record Counted(long id, int count, PayFrequency frequency, PersonId person) {
    }

    private static final String VALID = "{\"id\":7,\"count\":2,\"frequency\":\"WEEKLY\",\"person\":\"p-1\"}";

    /** The mapper a vendor builds with no settings of its own, and CareBudget's own. */
    static Stream<Arguments> mappers() {
        return Stream.of(Arguments.of("new ObjectMapper().findAndRegisterModules()", CoreJacksonModuleTest.mapper()),
                Arguments.of("CareBudgetJson.mapper()", strictMapper()));
    }

    static JsonMapper strictMapper() {
        JsonMapper mapper = CareBudgetJson.mapper();
        return mapper.getRegisteredModuleIds().contains("carebudget-core") ? mapper
                : CareBudgetJson.configure(CareBudgetJson.builder()).addModule(new CoreJacksonModule()).build();
    }

    static Stream<Arguments> leniencies() {
        return Stream.of(
                Arguments.of("a float read as an integer", "{\"id\":1.5,\"count\":2,\"frequency\":\"WEEKLY\",\"person\":\"p-1\"}",
                        "Cannot coerce Floating-point value (1.5)"),
                Arguments.of("text coerced to a number", "{\"id\":\"7\",\"count\":2,\"frequency\":\"WEEKLY\",\"person\":\"p-1\"}",
                        "Cannot coerce String value (\"7\")"),
                Arguments.of("a missing id read as 0", "{\"count\":2,\"frequency\":\"WEEKLY\",\"person\":\"p-1\"}",
                        "Cannot map `null` into type `long`"),
                Arguments.of("null read as 0", "{\"id\":null,\"count\":2,\"frequency\":\"WEEKLY\",\"person\":\"p-1\"}",
                        "Cannot map `null` into type `long`"),
                Arguments.of("a duplicate key", "{\"id\":7,\"id\":8,\"count\":2,\"frequency\":\"WEEKLY\",\"person\":\"p-1\"}",
                        "Duplicate field 'id'"),
                Arguments.of("an enum by index", "{\"id\":7,\"count\":2,\"frequency\":0,\"person\":\"p-1\"}",
                        "not allowed to deserialize Enum value out of number"),
                Arguments.of("an unknown property", "{\"id\":7,\"count\":2,\"frequency\":\"WEEKLY\",\"person\":\"p-1\",\"x\":1}",
                        "Unrecognized field \"x\""),
                Arguments.of("a number for a kernel text value", "{\"id\":7,\"count\":2,\"frequency\":\"WEEKLY\",\"person\":1}",
                        "Cannot deserialize value of type `org.carebudget.core.id.PersonId`"));
    }

    static Stream<Arguments> mappersAndLeniencies() {
        return mappers().flatMap(m -> leniencies().map(l -> Arguments.of(m.get()[0], m.get()[1], l.get()[0],
                l.get()[1], l.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("mappersAndLeniencies")
    void givenALeniency_thenReadingACareBudgetValueFailsNamingIt(String name, ObjectMapper mapper, String leniency,
            String json, String message) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue(json, Counted.class));

        assertTrue(e.getMessage().contains(message), e::getMessage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void givenTheValidDocument_thenEachMapperReadsIt(String name, ObjectMapper mapper) throws Exception {
        assertEquals(new Counted(7, 2, PayFrequency.WEEKLY, PersonId.of("p-1")), mapper.readValue(VALID, Counted.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void givenDuplicateKeyInAKernelObjectInAList_thenRefused(String name, ObjectMapper mapper) {
        String json = "[{\"frequency\":\"WEEKLY\",\"anchor\":\"2026-04-06\",\"anchor\":\"2026-04-13\"}]";

        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> mapper.readValue(json, new TypeReference<List<PaySchedule>>() { }));

        assertTrue(e.getMessage().contains("Duplicate field 'anchor'"), e::getMessage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappers")
    void givenEnumByIndexInAKernelObject_thenRefused(String name, ObjectMapper mapper) {
        assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"frequency\":3,\"anchor\":\"2026-04-06\"}", PaySchedule.class));
        assertThrows(JsonMappingException.class, () -> mapper.readValue("3", PayFrequency.class));
    }

    @Test
    void givenADefaultMapper_thenAVendorsOwnValuesKeepTheVendorsSettings() throws Exception {
        ObjectMapper vendor = CoreJacksonModuleTest.mapper();

        // a JDK map is not CareBudget's: last key wins, as the vendor's mapper is set up
        assertEquals(Map.of("a", 2), vendor.readValue("{\"a\":1,\"a\":2}", new TypeReference<Map<String, Integer>>() { }));
        // after a strictly read CareBudget value, the rest of the document is read with the vendor's settings again
        List<Object> mixed = vendor.readValue("[" + VALID + ",{\"b\":1,\"b\":2}]", new TypeReference<List<Object>>() { });
        assertEquals(Map.of("b", 2), mixed.get(1));
        assertEquals(new Counted(7, 2, PayFrequency.WEEKLY, PersonId.of("p-1")),
                vendor.convertValue(mixed.get(0), Counted.class));
    }

    @Test
    void givenTrailingTokens_thenCareBudgetsMapperRefusesThemAndLaxSettingsNamesTheDefaultMappersGap() {
        String json = "{\"frequency\":\"WEEKLY\",\"anchor\":\"2026-04-06\"} {\"x\":1}";

        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> strictMapper().readValue(json, PaySchedule.class));

        assertTrue(e.getMessage().contains("Trailing token"), e::getMessage);
        assertTrue(CareBudgetJson.laxSettings(CoreJacksonModuleTest.mapper())
                .contains("FAIL_ON_TRAILING_TOKENS disabled"));
    }

    @Test
    void givenEachMapper_thenLaxSettingsIsEmptyOnlyForCareBudgetsOwn() {
        assertEquals(List.of(), CareBudgetJson.laxSettings(strictMapper()));
        assertEquals(List.of("stream read constraints looser than CareBudgetJson.constraints()",
                "STRICT_DUPLICATE_DETECTION disabled", "FAIL_ON_TRAILING_TOKENS disabled",
                "FAIL_ON_UNKNOWN_PROPERTIES disabled", "FAIL_ON_NULL_FOR_PRIMITIVES disabled",
                "FAIL_ON_NUMBERS_FOR_ENUMS disabled", "ACCEPT_FLOAT_AS_INT enabled", "ALLOW_COERCION_OF_SCALARS enabled"),
                CareBudgetJson.laxSettings(new ObjectMapper().disable(
                        com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
    }

    @Test
    void givenAStrictlyReadKernelValue_thenItStillRoundTrips() throws Exception {
        PaySchedule schedule = PaySchedule.of(PayFrequency.FORTNIGHTLY, LocalDate.of(2026, 4, 6));
        ObjectMapper vendor = CoreJacksonModuleTest.mapper();

        assertEquals(schedule, vendor.readValue(vendor.writeValueAsString(schedule), PaySchedule.class));
    }
}
