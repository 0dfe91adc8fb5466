package org.carebudget.core.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.carebudget.core.employment.rules.StandardRules;

class ComplianceProperties {

    private static final RuleSet RULES = StandardRules.ruleSet();

    @Property
    void evaluationIsDeterministicAndIndependentOfEvidenceOrder(@ForAll long seed, @ForAll long shuffle,
            @ForAll @IntRange(min = 0, max = 700) int daysIn) {
        RandomEmployments.Parts parts = RandomEmployments.parts(seed);
        LocalDate asOf = asOf(parts, daysIn);
        List<Evidence> shuffled = new ArrayList<>(parts.evidence());
        Collections.shuffle(shuffled, new Random(shuffle));

        EmploymentFindings first = RULES.evaluate(parts.build(parts.evidence()), asOf);
        EmploymentFindings again = RULES.evaluate(parts.build(parts.evidence()), asOf);
        EmploymentFindings reordered = RULES.evaluate(parts.build(shuffled), asOf);

        assertEquals(first, again);
        assertEquals(first, reordered);
    }

    @Property(tries = 200)
    void caseloadReportIsIndependentOfCaseloadOrder(@ForAll long seed, @ForAll long shuffle,
            @ForAll @IntRange(min = 1, max = 30) int size) {
        Random r = new Random(seed);
        List<Employment> caseload = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            RandomEmployments.Parts parts = RandomEmployments.parts(r.nextLong());
            caseload.add(parts.build(parts.evidence()));
        }
        List<Employment> reordered = new ArrayList<>(caseload);
        Collections.shuffle(reordered, new Random(shuffle));
        LocalDate asOf = RandomEmployments.LATEST.minusDays(r.nextInt(300));

        assertEquals(RULES.evaluate(caseload, asOf), RULES.evaluate(reordered, asOf));
        assertEquals(RULES.lapsingWithin(caseload, asOf, 60), RULES.lapsingWithin(reordered, asOf, 60));
    }

    @Property
    void lapsingWithinIsExactlyTheFindingsOfEvaluateDueInTheWindowSoonestFirst(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 700) int daysIn, @ForAll @IntRange(min = 0, max = 120) int window) {
        RandomEmployments.Parts parts = RandomEmployments.parts(seed);
        Employment employment = parts.build(parts.evidence());
        LocalDate asOf = asOf(parts, daysIn);
        LocalDate last = asOf.plusDays(window);

        List<Finding> lapsing = RULES.lapsingWithin(employment, asOf, window).findings();
        List<Finding> evaluated = RULES.withLookaheadDays(window).evaluate(employment, asOf).findings();

        List<Finding> dueInWindow = new ArrayList<>();
        for (Finding f : evaluated) {
            if (f.dueDate() != null && !f.dueDate().isBefore(asOf) && !f.dueDate().isAfter(last)) {
                dueInWindow.add(f);
            }
        }
        for (Finding f : lapsing) {
            assertTrue(f.dueDate() != null && !f.dueDate().isBefore(asOf) && !f.dueDate().isAfter(last), f::toString);
        }
        for (int i = 1; i < lapsing.size(); i++) {
            assertFalse(lapsing.get(i).dueDate().isBefore(lapsing.get(i - 1).dueDate()), lapsing::toString);
        }
        assertEquals(counts(dueInWindow), counts(lapsing));
    }

    /** Each finding with how many times it occurs, so that two lists compare as multisets. */
    private static Map<Finding, Long> counts(List<Finding> findings) {
        Map<Finding, Long> counts = new HashMap<>();
        for (Finding f : findings) {
            counts.merge(f, 1L, Long::sum);
        }
        return counts;
    }

    private static LocalDate asOf(RandomEmployments.Parts parts, int daysIn) {
        LocalDate date = parts.period().start().minusDays(40).plusDays(daysIn);
        return date.isAfter(RandomEmployments.LATEST) ? RandomEmployments.LATEST : date;
    }
}
