package org.carebudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableLedgerExampleTest {

    @Test
    void givenARestart_thenTheLedgerReloadsAndTheResentReceiptIsANoOp(@TempDir Path directory) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DurableLedgerExample.run(directory, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertEquals(List.of(
                "Budget pkg-42 stored in H2 at " + directory,
                "  wages to pa-7: hold (1 event stored)",
                "  ICB available before the restart: £2504.31",
                "  after the restart, receipt 1 sent again: EXISTS, 0 events stored",
                "  ICB available after the restart: £2504.31"), lines.subList(0, 5));
        assertTrue(lines.get(5).startsWith("  journal: 9 events, chain checked, head "), lines.get(5));
    }

    @Test
    void givenTwoRuns_thenEachStartsFromAFreshDatabase(@TempDir Path directory) {
        DurableLedgerExample.run(directory, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DurableLedgerExample.run(directory, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("journal: 9 events"));
    }
}
