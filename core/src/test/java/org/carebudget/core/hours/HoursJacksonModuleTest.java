package org.carebudget.core.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.carebudget.core.jackson.CareBudgetJson;
import org.junit.jupiter.api.Test;

class HoursJacksonModuleTest {

    static final ObjectMapper MAPPER = CareBudgetJson.configure(CareBudgetJson.builder())
            .addModules(new org.carebudget.core.jackson.CoreJacksonModule(),
                    new org.carebudget.core.hours.jackson.HoursJacksonModule()).build();

    @Test
    void givenASummary_thenItRoundTripsWithItsLines() throws Exception {
        HoursSummary summary = HoursSummary.builder(HoursSummaryTest.APRIL)
                .add(HoursSummaryTest.key(HoursSummaryTest.ICB, HoursSummaryTest.ANNA, HoursKind.NIGHT), 540, 480)
                .add(HoursSummaryTest.key(HoursSummaryTest.COUNCIL, HoursSummaryTest.BEN, HoursKind.DAY), 60, 0)
                .build();

        String json = MAPPER.writeValueAsString(summary);

        assertEquals(summary, MAPPER.readValue(json, HoursSummary.class));
        assertEquals("{\"period\":\"2026-04-01/2026-05-01\",\"lines\":[{\"carePackage\":\"pkg-1\",\"funder\":"
                + "\"council\",\"personalAssistant\":\"pa-ben\",\"kind\":\"DAY\",\"plannedMinutes\":60,"
                + "\"deliveredMinutes\":0},{\"carePackage\":\"pkg-1\",\"funder\":\"icb\",\"personalAssistant\":"
                + "\"pa-anna\",\"kind\":\"NIGHT\",\"plannedMinutes\":540,\"deliveredMinutes\":480}]}", json);
    }

    @Test
    void givenBadLines_thenRefused() {
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("{\"period\":\"2026-04-01/2026-05-01\","
                + "\"lines\":[{\"carePackage\":\"p\",\"funder\":\"f\",\"personalAssistant\":\"a\",\"kind\":\"DAY\","
                + "\"plannedMinutes\":-1,\"deliveredMinutes\":0}]}", HoursSummary.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("{\"period\":\"2026-04-01/2026-05-01\","
                + "\"lines\":[],\"extra\":true}", HoursSummary.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("{\"period\":\"2026-04-01/2026-05-01\","
                + "\"lines\":[{\"carePackage\":\"p\",\"funder\":\"f\",\"personalAssistant\":\"a\",\"kind\":\"NOPE\","
                + "\"plannedMinutes\":1,\"deliveredMinutes\":0}]}", HoursSummary.class));
    }
}
