package org.carebudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerExampleTest {

    @Test
    void givenTheExample_thenItPrintsHoldsARejectionARetryConflictTheStatementAndTheClawback() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LedgerExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertEquals(List.of(
                "Budget pkg-42 opened 2026-04-06: ICB £3000.00 and council £2500.00 received, 4-weekly",
                "  pa-1's £1000.01 split by task: {nhs-icb=£666.67, council=£333.34}",
                "  payroll run (3 linked spends): hold [first payment to payee pa-1 (£666.67), first payment to "
                        + "payee pa-1 (£333.34), first payment to payee pa-2 (£420.00)]",
                "  funder approved the payroll in full after review",
                "  agency invoice £750.00: hold [first payment to payee agency-1 (£750.00)]",
                "  funder approved £600.00 of it; the rest is released",
                "  agency care from the ICB stream: reject [funder nhs-icb does not fund AGENCY_CARE]",
                "  a retry with another amount: transfer 23 was first recorded with amount £100.00, £150.00 now; "
                        + "nothing was recorded",
                "  council statement 2026-04-06/2026-05-04: opening £0.00, in £2600.00, out £1453.34, pending £0.00,"
                        + " closing £1146.66",
                "  council surplus £146.66 (balance £1146.66 - contingency £1000.00, 4 weeks), flagged true, "
                        + "returned £146.66"),
                lines.subList(0, 10));
        assertEquals(true, lines.get(10).endsWith("gives the same hash: true"), lines.get(10));
    }
}
