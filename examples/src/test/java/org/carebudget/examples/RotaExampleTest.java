package org.carebudget.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RotaExampleTest {

    private static String output() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RotaExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenSamsRota_thenTheCoordinatorSeesTheBreachesTheGapsWithWhoCouldFillAndTheHours() {
        String out = output();
        assertTrue(out.contains("the sleep-in over the October clock change: 2026-10-24T22:00 to 2026-10-25T08:00 = "
                + "11 elapsed hours"), out);
        // Anna works for two employers: the weekly rest counts both
        assertTrue(out.contains("wtr.weekly-rest [BLOCKING] pa-anna would have at most 27 consecutive hours off"), out);
        assertTrue(out.contains("wtr.daily-rest [BLOCKING] pa-anna would rest at most 4 consecutive hours"), out);
        // Ben is 17
        assertTrue(out.contains("wtr.young-night-work [BLOCKING] pa-ben is under 18 and would work 0.5 hours"), out);
        assertTrue(out.contains("cover.working-time [BLOCKING] Shift 1000 (2026-10-19 07:30 to 2026-10-19 10:00, day)"
                + ": pa-anna's rota breaks wtr.weekly-rest"), out);
        assertTrue(out.contains("Could fill: pa-cara."), out);
        assertTrue(out.contains("cover.competence-lapses [WARNING] Shift 1020 (2026-10-30 07:30 to 2026-10-30 10:00, "
                + "day): pa-cara's moving-and-handling-people lapses on 2026-10-30"), out);
        assertTrue(out.contains("cover.unfilled [BLOCKING] Shift 1023 (2026-10-31 22:00 to 2026-11-01 08:00, sleep in)"
                + " has 1 place unfilled."), out);
        assertTrue(out.contains("hours.over-use [WARNING] pkg-sam plans 35.5 hours of council against 30 budgeted"),
                out);
        assertTrue(out.contains("hours.forecast-under-use [NOTICE] pkg-sam is on course to use"), out);
        assertTrue(out.contains("Hours for money to cost: "), out);
    }

    @Test
    void givenTwoRuns_thenTheSameReport() {
        assertTrue(output().equals(output()));
    }
}
