package org.carebudget.core.jackson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.money.Gbp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9 items 1 and 8: what a JSON error says. A rejected NHS number, NI number or date is never printed in full,
 * whatever the mapper; a huge string or number is refused by CareBudget's mapper before it is read.
 */
class JsonErrorsTest {

    /** Every message in an exception's chain, its suppressed ones, and the value an InvalidFormatException keeps. */
    static List<String> everythingSaid(Throwable thrown) {
        List<String> said = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            said.add(String.valueOf(t.getMessage()));
            said.add(t.toString());
            if (t instanceof InvalidFormatException invalid) {
                said.add(String.valueOf(invalid.getValue()));
            }
            for (Throwable suppressed : t.getSuppressed()) {
                said.addAll(everythingSaid(suppressed));
            }
        }
        return said;
    }

    static Stream<Arguments> personalData() {
        String hugeId = "a".repeat(15_000_000);
        return Stream.of(
                Arguments.of("a valid NHS number with a digit appended", NhsNumber.class, "94347659190", "94347659190"),
                Arguments.of("a valid NHS number with a digit appended, spaced", NhsNumber.class, "943 476 5919 0",
                        "9434765919"),
                Arguments.of("an NHS number with a wrong check digit", NhsNumber.class, "9434765918", "9434765918"),
                Arguments.of("an invalid NI number", NationalInsuranceNumber.class, "QQ123456C", "QQ123456"),
                Arguments.of("an unallocated NI prefix", NationalInsuranceNumber.class, "BG 12 34 56 A", "BG 12"),
                Arguments.of("an invalid date of birth", LocalDate.class, "1980-02-30", "1980-02-30"),
                Arguments.of("a date of birth in the wrong form", LocalDate.class, "30/02/1980", "02/1980"),
                Arguments.of("a 15 MB id", PersonId.class, hugeId, "a".repeat(101)));
    }

    static Stream<Arguments> mappersAndPersonalData() {
        return Stream.of(CoreJacksonModuleTest.mapper(), StrictReadingTest.strictMapper()).flatMap(mapper ->
                personalData().map(a -> Arguments.of(a.get()[0], mapper, a.get()[1], a.get()[2], a.get()[3])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappersAndPersonalData")
    void givenRejectedPersonalData_thenNoMessageInTheChainCarriesItInFull(String what, ObjectMapper mapper,
            Class<?> type, String text, String secret) {
        String json = "\"" + text + "\"";

        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, type));

        for (String said : everythingSaid(e)) {
            assertFalse(said.contains(secret), () -> what + " shown in: " + said.substring(0, Math.min(300, said.length())));
            assertTrue(said.length() < 2_000, () -> what + ": a message of " + said.length() + " characters");
        }
    }

    @Test
    void givenRejectedNhsNumberAsAMapKey_thenTheKeyIsNotShownInFull() {
        ObjectMapper mapper = CoreJacksonModuleTest.mapper();

        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(
                "{\"94347659190\":\"£1.00\"}", new TypeReference<Map<NhsNumber, Gbp>>() { }));

        assertTrue(e.getMessage().contains("Invalid value for nhsNumber"), e::getMessage);
        everythingSaid(e).forEach(said -> assertFalse(said.contains("94347659190"), said));
    }

    @Test
    void givenRejectedValue_thenTheErrorKeepsTheMaskedValueAndTheType() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> CoreJacksonModuleTest.mapper().readValue("\"9434765918\"", NhsNumber.class));

        assertTrue(String.valueOf(e.getValue()).startsWith("*** *** *918"), () -> String.valueOf(e.getValue()));
        assertTrue(e.getTargetType() == NhsNumber.class);
        assertTrue(e.getMessage().startsWith("Invalid value for nhsNumber"), e::getMessage);
    }

    @Test
    void givenA15MegabyteString_thenCareBudgetsMapperRefusesItByItsLength() {
        String json = "\"" + "9".repeat(15_000_000) + "\"";

        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> StrictReadingTest.strictMapper().readValue(json, Gbp.class));

        assertTrue(e.getMessage().contains("exceeds the maximum allowed (" + CareBudgetJson.MAX_STRING_LENGTH),
                e::getMessage);
        assertTrue(e.getMessage().length() < 1_000, () -> e.getMessage().length() + " characters");
    }

    @Test
    void givenA1000DigitNumber_thenCareBudgetsMapperRefusesItByItsLength() {
        String json = "{\"id\":" + "9".repeat(1_000) + ",\"count\":1,\"frequency\":\"WEEKLY\",\"person\":\"p\"}";

        StreamConstraintsException e = assertThrows(StreamConstraintsException.class,
                () -> StrictReadingTest.strictMapper().readValue(json, StrictReadingTest.Counted.class));

        assertTrue(e.getMessage().contains("exceeds the maximum"), e::getMessage);
        assertTrue(e.getMessage().contains(String.valueOf(CareBudgetJson.MAX_NUMBER_LENGTH)), e::getMessage);
    }

    @Test
    void givenA400000CharacterAmount_thenRefusedAsTooLongByGbpEvenOnADefaultMapper() {
        String json = "\"£" + "9".repeat(400_000) + "\"";

        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> CoreJacksonModuleTest.mapper().readValue(json, Gbp.class));

        assertTrue(e.getMessage().contains("text of at most " + Gbp.MAX_TEXT + " characters"), e::getMessage);
        assertTrue(e.getMessage().contains("(400001 characters)"), e::getMessage);
    }
}
