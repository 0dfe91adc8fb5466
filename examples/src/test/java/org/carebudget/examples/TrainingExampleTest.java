package org.carebudget.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TrainingExampleTest {

    private static String output() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrainingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenSamsTeam_thenReportsTheFindings() {
        String out = output();
        assertTrue(out.contains("  pa-anna safeguarding-adults: lapses on 2026-12-05 (valid through 2026-12-04)"), out);
        assertTrue(out.contains("  pa-anna tracheostomy-care: lapses on 2026-12-10 (valid through 2026-12-09)"), out);
        assertTrue(out.contains("  pa-ben tracheostomy-care: lapsed on 2026-09-01 (SUPPORT_PLAN_CHANGED)"), out);
        assertTrue(out.contains("Is pa-anna competent for tracheostomy care and suction on 2026-12-14? no"), out);
        assertTrue(out.contains("  tracheostomy-care: LAPSES_BEFORE_DATE on 2026-12-10"), out);
        assertTrue(out.contains("Short of cover: tracheostomy care and suction from 2026-11-23 (1 of 2 PAs competent)"),
                out);
        assertTrue(out.contains("  OVERDUE pa-ben tracheostomy-care before 2026-09-01: lapsed on 2026-09-01 (support "
                + "plan changed since sign-off)"), out);
        assertTrue(out.contains("Short of cover: hoist transfers from 2026-12-10 (1 of 2 PAs competent)"), out);
        assertTrue(out.contains("  OVERDUE pa-cara suction before 2026-11-23: no record of suction"), out);
        assertTrue(out.contains("  COVER_AT_RISK pa-anna tracheostomy-care before 2026-12-10"), out);
        assertTrue(!out.contains("DUE pa-anna safeguarding-adults"), out);
        assertTrue(out.contains("Supervision overdue: pa-anna (overdue from 2026-11-13)"), out);
        assertTrue(!out.contains("Supervision overdue: pa-ben"), out);
    }

    @Test
    void givenANightShiftCrossingTheLapseDay_thenNotCompetentThroughItsEnd() {
        String out = output();
        assertTrue(out.contains("through the night shift 2026-12-09 20:00 - 2026-12-10 08:00? no"), out);
        assertTrue(out.contains("  competent from 2026-11-23 until 2026-12-10 (tracheostomy-care lapses then)"), out);
    }

    @Test
    void givenABudgetHolderEmployer_thenThePlanCitesTheirBasisNotTheProvidersLaw() {
        String out = output();
        assertTrue(out.contains("no record of moving-and-handling-people [training.moving-and-handling-people, "
                + "[LAW_UNLESS_DOMESTIC_SERVANT, FUNDER_CONDITION, GOOD_PRACTICE]]"), out);
        assertTrue(out.contains("  BUDGET_HOLDER: [LAW_UNLESS_DOMESTIC_SERVANT, FUNDER_CONDITION, GOOD_PRACTICE]"), out);
        assertTrue(out.contains("  THIRD_PARTY_SERVICE: [LAW]"), out);
    }
}
