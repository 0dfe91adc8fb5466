package org.carebudget.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmploymentExampleTest {

    @Test
    void givenTheExampleCaseload_thenItPrintsFindingsWithTypedFiguresAndLapsesSoonestFirst() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmploymentExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(out.startsWith("PA employment compliance as of 2026-04-20 (18 rules; 2 of 2 PAs blocked)"), out);
        assertTrue(out.contains("[BLOCKING] pay.minimum-wage: Pay for 2026-04-13/2026-04-20 is £400.00 for 39 hours "
                + "worked (sleep-in time asleep not counted); the minimum is £12.71 an hour for age 35 on 2026-04-13, "
                + "£495.69: £95.69 short."), out);
        assertTrue(out.contains("figures: 2340 minutes at £12.71 need £495.69; paid £400.00; short £95.69"), out);
        assertTrue(out.contains("[BLOCKING] family.funder-approval: No approval from the council to pay a spouse "
                + "living in the same household on or before the first day, 2026-04-06."), out);
        assertTrue(out.contains("[WARNING] dbs.recheck: DBS recheck due before 2026-05-20"), out);
        assertTrue(out.contains("amira employed by holder-17: 4 findings"), out);
        int insurance = out.indexOf("  amira 2026-05-01: Employers' liability insurance");
        int dbs = out.indexOf("  amira 2026-05-20: DBS recheck due");
        int rightToWork = out.indexOf("  amira 2026-06-15: Follow-up right-to-work check");
        assertTrue(insurance > 0 && insurance < dbs && dbs < rightToWork, out);
        assertTrue(out.contains("Employer NI on £400.00 a week for a 20-year-old PA (2026/27): £0.00, UNDER_21 relief "
                + "up to £967.00"), out);
    }
}
