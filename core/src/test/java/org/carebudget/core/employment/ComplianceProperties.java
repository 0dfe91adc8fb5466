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
        Employment employment = parts.build(parts.evidence());

        EmploymentFindings first = RULES.evaluate(employment, asOf);
        EmploymentFindings again = RULES.evaluate(parts.build(parts.evidence()), asOf);
        EmploymentFindings reordered = RULES.evaluate(parts.build(shuffled), asOf);

        FindingsInvariants.check(RULES, employment, first);
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
        LocalDate end = asOf.plusDays(window);

        List<ComplianceFinding> lapsing = RULES.lapsingWithin(employment, asOf, window).findings();
        List<ComplianceFinding> evaluated = RULES.withLookaheadDays(window).evaluate(employment, asOf).findings();

        List<ComplianceFinding> dueInWindow = new ArrayList<>();
        for (ComplianceFinding f : evaluated) {
            if (f.actBefore() != null && f.actBefore().isAfter(asOf) && !f.actBefore().isAfter(end)) {
                dueInWindow.add(f);
            }
        }
        for (ComplianceFinding f : lapsing) {
            assertTrue(f.actBefore() != null && f.actBefore().isAfter(asOf) && !f.actBefore().isAfter(end),
                    f::toString);
        }
        for (int i = 1; i < lapsing.size(); i++) {
            assertFalse(lapsing.get(i).actBefore().isBefore(lapsing.get(i - 1).actBefore()), lapsing::toString);
        }
        assertEquals(counts(dueInWindow), counts(lapsing));
    }

    @Property(tries = 300)
    void aRuleSwitchedOffRemovesExactlyItsFindings(@ForAll long seed, @ForAll @IntRange(min = 0, max = 18) int index,
            @ForAll @IntRange(min = 0, max = 700) int daysIn) {
        RandomEmployments.Parts parts = RandomEmployments.parts(seed);
        Employment employment = parts.build(parts.evidence());
        LocalDate asOf = asOf(parts, daysIn);
        String id = RULES.rules().get(index).id();

        List<ComplianceFinding> all = RULES.evaluate(employment, asOf).findings();
        List<ComplianceFinding> without = RULES.without(id).evaluate(employment, asOf).findings();

        assertEquals(all.stream().filter(f -> !f.ruleId().equals(id)).toList(), without);
    }

    /** Each finding with how many times it occurs, so that two lists compare as multisets. */
    private static Map<ComplianceFinding, Long> counts(List<ComplianceFinding> findings) {
        Map<ComplianceFinding, Long> counts = new HashMap<>();
        for (ComplianceFinding f : findings) {
            counts.merge(f, 1L, Long::sum);
        }
        return counts;
    }

    private static LocalDate asOf(RandomEmployments.Parts parts, int daysIn) {
        LocalDate date = parts.period().start().minusDays(40).plusDays(daysIn);
        return date.isAfter(RandomEmployments.LATEST) ? RandomEmployments.LATEST : date;
    }
}
