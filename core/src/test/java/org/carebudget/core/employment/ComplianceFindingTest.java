package org.carebudget.core.employment;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.rule.CitedFinding;
import org.junit.jupiter.api.Test;

class ComplianceFindingTest {

    private static final Source SOURCE = Source.of("a source", Status.CONFIRMED);

    @Test
    void givenFinding_thenItIsACitedFindingWithTypedFigures() {
        ComplianceFinding f = ComplianceFinding.builder("rule.id", ComplianceSeverity.BLOCKING, "Message.", SOURCE)
                .actBefore(LocalDate.of(2026, 1, 2)).amount(Gbp.parse("1.00"))
                .figures(MissingFigures.named("minimum wage", LocalDate.of(2026, 1, 1))).evidence(List.of(Given.RTW))
                .build();
        CitedFinding<ComplianceSeverity> cited = f;

        assertEquals("rule.id", cited.ruleId());
        assertEquals(ComplianceSeverity.BLOCKING, cited.severity());
        assertEquals(LocalDate.of(2026, 1, 2), cited.actBefore());
        assertEquals(LocalDate.of(2026, 1, 1), f.figures(MissingFigures.class).date());
        assertNull(f.figures(org.carebudget.core.employment.rules.MinimumWageCheck.class));
        assertEquals(List.of(Given.RTW), f.evidence());
    }

    @Test
    void givenBlankOrNullParts_thenRejected() {
        assertInvalid(() -> ComplianceFinding.builder(" ", ComplianceSeverity.INFO, "m", SOURCE), "finding.ruleId",
                "non-blank");
        assertInvalid(() -> ComplianceFinding.builder("r", null, "m", SOURCE), "finding.severity", "not null");
        assertInvalid(() -> ComplianceFinding.builder("r", ComplianceSeverity.INFO, "x".repeat(2001), SOURCE),
                "finding.message", "at most 2000 characters");
        assertInvalid(() -> ComplianceFinding.builder("r", ComplianceSeverity.INFO, "m", SOURCE)
                .evidence(new ArrayList<>(Arrays.asList(Given.RTW, null))), "finding.evidence[1]", "not null");
        assertInvalid(() -> ComplianceFinding.builder("r", ComplianceSeverity.INFO, "m", SOURCE)
                .actBefore(LocalDate.MAX), "finding.actBefore", "1900-01-01 - 2201-01-01");
    }

    @Test
    void givenEvidenceListChangedAfterwards_thenTheFindingKeepsItsCopy() {
        List<Evidence> evidence = new ArrayList<>(List.of(Given.RTW));
        ComplianceFinding f = ComplianceFinding.builder("r", ComplianceSeverity.INFO, "m", SOURCE).evidence(evidence)
                .build();

        evidence.add(Given.DBS);

        assertEquals(List.of(Given.RTW), f.evidence());
    }
}
