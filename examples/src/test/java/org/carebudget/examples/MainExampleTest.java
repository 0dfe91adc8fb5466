package org.carebudget.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainExampleTest {

    @Test
    void givenTheOctoberNightShift_thenTheExamplePrintsNineHoursPaidAndSplitToThePenny() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MainExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(printed.contains("elapsed hours: 9"), printed);
        assertTrue(printed.contains("£12.71 an hour"), printed);
        assertTrue(printed.contains("pay at that rate: £114.39; NHS share (2/3): £76.26, council share (1/3): £38.13"),
                printed);
        assertTrue(printed.contains("*919]") && !printed.contains("9434765919"), "NHS number masked: " + printed);
    }
}
