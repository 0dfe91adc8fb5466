package org.carebudget.core.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;

/** Kernel values as JSON object keys use the same text form as values. */
class MapKeysTest {

    private final ObjectMapper mapper = CoreJacksonModuleTest.mapper();

    private <K> void assertRoundTrip(Map<K, Gbp> map, String json, TypeReference<Map<K, Gbp>> type) throws Exception {
        assertEquals(json, mapper.writeValueAsString(map));
        assertEquals(map, mapper.readValue(json, type));
    }

    @Test
    void givenMapByTaxYear_thenKeysAreTheTaxYearText() throws Exception {
        Map<TaxYear, Gbp> map = new LinkedHashMap<>();
        map.put(TaxYear.startingIn(2025), Gbp.ofPence(1_050_000));
        map.put(TaxYear.startingIn(2026), Gbp.ofPence(1));

        assertRoundTrip(map, "{\"2025/26\":\"£10500.00\",\"2026/27\":\"£0.01\"}", new TypeReference<>() { });
    }

    @Test
    void givenMapByNhsNumber_thenKeysAreTheFullNumberNotTheMaskedToString() throws Exception {
        Map<NhsNumber, Gbp> map = Map.of(NhsNumber.parse("9434765919"), Gbp.ofPence(5));

        assertRoundTrip(map, "{\"9434765919\":\"£0.05\"}", new TypeReference<>() { });
    }

    @Test
    void givenMapByOtherKernelValues_thenRoundTrips() throws Exception {
        assertRoundTrip(Map.of(PersonId.of("p-1"), Gbp.ofPence(5)), "{\"p-1\":\"£0.05\"}", new TypeReference<>() { });
        assertRoundTrip(Map.of(LocalDate.of(2026, 4, 6), Gbp.ofPence(5)), "{\"2026-04-06\":\"£0.05\"}",
                new TypeReference<>() { });
        assertRoundTrip(Map.of(DateRange.parse("2026-04-06/.."), Gbp.ofPence(5)), "{\"2026-04-06/..\":\"£0.05\"}",
                new TypeReference<>() { });
        assertRoundTrip(Map.of(Instant.parse("2026-10-25T01:00:00Z"), Gbp.ofPence(5)),
                "{\"2026-10-25T01:00:00Z\":\"£0.05\"}", new TypeReference<>() { });
        assertEquals(Map.of(Gbp.ofPence(-5), 1), mapper.readValue(mapper.writeValueAsString(Map.of(Gbp.ofPence(-5), 1)),
                new TypeReference<Map<Gbp, Integer>>() { }));
    }

    @Test
    void givenInvalidKey_thenReadFailsWithTheFactoryMessage() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"2026/28\":\"£1.00\"}", new TypeReference<Map<TaxYear, Gbp>>() { }));

        assertTrue(e.getMessage().contains("Invalid value for taxYear"), e.getMessage());
    }
}
