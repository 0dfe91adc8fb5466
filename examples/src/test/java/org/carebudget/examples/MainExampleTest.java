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

    @Test
    void givenTheMainExample_thenItRunsEveryCapabilityInOrder() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MainExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);

        int kernel = printed.indexOf("== 1. Kernel");
        int ledger = printed.indexOf("== 2. Budget ledger");
        int employment = printed.indexOf("== 3. PA employment compliance");
        int training = printed.indexOf("== 4. Training and competency expiry");
        assertTrue(kernel == 0 && kernel < ledger && ledger < employment && employment < training, printed);
        assertTrue(printed.indexOf("replay gives the same hash: true", ledger) < employment, printed);
        assertTrue(printed.indexOf("pay.minimum-wage", employment) < training, printed);
        assertTrue(printed.indexOf("Training plan (next 90 days):", training) > training, printed);
    }
}
