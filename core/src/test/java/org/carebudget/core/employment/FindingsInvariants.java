package org.carebudget.core.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.carebudget.core.time.SupportedDates;

/**
 * The invariants every evaluation of an employment keeps, checked after every test and property that evaluates
 * one: the findings are for that employment and date; each comes from a rule in the set, names evidence the
 * employment holds, has a non-negative amount and a supported {@code actBefore}; a not-checked finding names the
 * missing figures and nothing else does; and a message carries no name of the PA.
 */
public final class FindingsInvariants {

    private FindingsInvariants() {
    }

    public static void check(RuleSet rules, Employment employment, EmploymentFindings found) {
        assertEquals(employment.employer().id(), found.employer());
        assertEquals(employment.personalAssistant().id(), found.personalAssistant());
        assertEquals(employment.firstDay(), found.firstDay());
        assertEquals(rules.lookaheadDays(), found.lookaheadDays());
        Set<String> ids = new HashSet<>();
        rules.rules().forEach(r -> ids.add(r.id()));
        Set<Evidence> held = new HashSet<>(employment.evidence());
        held.addAll(employment.payRecords());
        for (ComplianceFinding f : found.findings()) {
            assertTrue(ids.contains(f.ruleId()), f::toString);
            assertFalse(f.message().isBlank());
            assertFalse(f.message().contains(employment.personalAssistant().name()), f::toString);
            assertNotNull(f.source());
            for (Evidence e : f.evidence()) {
                assertTrue(held.contains(e), () -> f + " names evidence the employment does not hold: " + e);
            }
            if (f.amount() != null) {
                assertFalse(f.amount().isNegative(), f::toString);
            }
            if (f.actBefore() != null) {
                assertTrue(SupportedDates.contains(f.actBefore()) || f.actBefore().equals(SupportedDates.LAST.plusDays(1)),
                        f::toString);
            }
            assertEquals(f.severity() == ComplianceSeverity.NOT_CHECKED, f.figures() instanceof MissingFigures,
                    f::toString);
        }
    }
}
