package org.carebudget.core.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.rules.DbsEnhancedCheck;
import org.carebudget.core.employment.rules.EmployersLiabilityCover;
import org.carebudget.core.employment.rules.StandardRules;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RuleSetTest {

    private static final RuleSet STANDARD = StandardRules.ruleSet();

    /** A vendor's rule: every PA needs two references. */
    private static final class TwoReferences implements ComplianceRule {
        private final String id;
        private final DateRange inForce;

        TwoReferences(String id, DateRange inForce) {
            this.id = id;
            this.inForce = inForce;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "Two references are received.";
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public Source source() {
            return Source.of("Vendor policy", Status.UNCONFIRMED);
        }

        @Override
        public DateRange inForce() {
            return inForce;
        }

        @Override
        public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
            long count = employment.evidence().stream().filter(e -> e instanceof Reference).count();
            if (count < 2) {
                findings.accept(new Finding(id, Severity.WARNING, count + " of 2 references received.", source(),
                        List.of(), null, null));
            }
        }
    }

    @Test
    void givenStandardRules_thenSixteenRulesWithDistinctIdsAndSources() {
        Set<String> ids = new HashSet<>();
        for (ComplianceRule rule : STANDARD.rules()) {
            assertTrue(ids.add(rule.id()), rule.id());
            assertFalse(rule.description().isBlank());
            assertFalse(rule.source().citation().isBlank());
        }
        assertEquals(16, ids.size());
    }

    @Test
    void givenCompliantEmployment_thenNoFindings() {
        EmploymentFindings found = STANDARD.evaluate(Given.compliant().build(), Given.AS_OF);

        assertEquals(List.of(), found.findings());
        assertFalse(found.blocked());
        assertEquals(EmployerId.of("emp-1"), found.employer());
        assertEquals(PersonalAssistantId.of("pa-1"), found.personalAssistant());
    }

    @Test
    void givenBareEmployment_thenEveryPreEmploymentDutyIsBlocking() {
        EmploymentFindings found = STANDARD.evaluate(Given.bare().build(), Given.AS_OF);

        assertTrue(found.blocked());
        assertEquals(List.of("right-to-work.before-first-day", "dbs.enhanced-check", "insurance.employers-liability",
                "written-statement.by-first-day"), found.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void givenRuleSwitchedOff_thenItsFindingsGo() {
        RuleSet set = STANDARD.without(DbsEnhancedCheck.ID);

        assertEquals(List.of(), set.evaluate(Given.bare().build(), Given.AS_OF).from(DbsEnhancedCheck.ID));
        assertEquals(15, set.rules().size());
        assertTrue(set.rule(DbsEnhancedCheck.ID).isEmpty());
        assertEquals(16, STANDARD.rules().size());
    }

    @Test
    void givenUnknownRuleSwitchedOff_thenRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> STANDARD.without("no.such-rule"));

        assertEquals("Invalid value for ruleId (valid values the id of a rule in this set): no.such-rule", e.getMessage());
    }

    @Test
    void givenVendorRule_thenAddedAtTheEnd_andReplacingKeepsThePlace() {
        RuleSet added = STANDARD.with(new TwoReferences("vendor.references", DateRange.startingOn(Given.FIRST_DAY)));
        RuleSet replaced = STANDARD.with(new TwoReferences(EmployersLiabilityCover.ID,
                DateRange.startingOn(Given.FIRST_DAY)));

        assertEquals("vendor.references", added.rules().get(16).id());
        assertEquals("0 of 2 references received.",
                added.evaluate(Given.compliant().build(), Given.AS_OF).findings().get(0).message());
        assertEquals(16, replaced.rules().size());
        assertTrue(replaced.rules().get(4) instanceof TwoReferences);
    }

    @Test
    void givenRuleNotInForce_thenNotEvaluated() {
        RuleSet later = STANDARD.with(new TwoReferences("vendor.references",
                DateRange.startingOn(LocalDate.of(2030, 1, 1))));

        assertEquals(List.of(), later.evaluate(Given.compliant().build(), Given.AS_OF).findings());
    }

    @Test
    void givenDuplicateIds_thenRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RuleSet.of(UkFigures.standard(),
                List.of(new DbsEnhancedCheck(), new DbsEnhancedCheck())));

        assertEquals("Invalid value for rules (valid values rules with distinct ids): dbs.enhanced-check", e.getMessage());
    }

    @Test
    void givenInsuranceEnding31May_thenItLapsesWithin30DaysButNot10() {
        Employment e = Given.compliant().build();

        List<Finding> in30 = STANDARD.lapsingWithin(e, LocalDate.of(2026, 5, 10), 30).findings();
        List<Finding> in10 = STANDARD.lapsingWithin(e, LocalDate.of(2026, 5, 10), 10).findings();

        assertEquals(List.of(EmployersLiabilityCover.ID), in30.stream().map(Finding::ruleId).toList());
        assertEquals(LocalDate.of(2026, 5, 31), in30.get(0).dueDate());
        assertEquals(List.of(), in10);
    }

    @Test
    void givenLongerLookahead_thenEarlierWarning() {
        Employment e = Given.compliant().build();

        assertEquals(List.of(), STANDARD.evaluate(e, LocalDate.of(2026, 3, 5)).findings());
        assertEquals(1, STANDARD.withLookaheadDays(90).evaluate(e, LocalDate.of(2026, 3, 5)).findings().size());
    }

    @Test
    void givenCaseloadInEitherOrder_thenEqualReports() {
        Employment a = Given.compliant().build();
        Employment b = Employment.builder(Employer.of(EmployerId.of("emp-0"), EmployerKind.THIRD_PARTY_SERVICE),
                Given.pa(Given.BORN), FundingRegime.NHS_PERSONAL_HEALTH_BUDGET, DateRange.startingOn(Given.FIRST_DAY),
                Given.compliant().build().paySchedule()).build();

        CaseloadReport ab = STANDARD.evaluate(List.of(a, b), Given.AS_OF);
        CaseloadReport ba = STANDARD.evaluate(List.of(b, a), Given.AS_OF);

        assertEquals(ab, ba);
        assertEquals(EmployerId.of("emp-0"), ab.employments().get(0).employer());
        assertEquals(1, ab.blockedCount());
        assertEquals(4, ab.findingCount());
        assertEquals(ab.employments().size(), STANDARD.lapsingWithin(List.of(b, a), Given.AS_OF, 30).employments().size());
    }

    @Test
    void givenInvalidArguments_thenMessagesNameTheField() {
        assertEquals("Invalid value for asOf (valid values not null): null", assertThrows(InvalidValueException.class,
                () -> STANDARD.evaluate(Given.compliant().build(), null)).getMessage());
        assertEquals("Invalid value for lookaheadDays (valid values 0 - 3660): -1", assertThrows(
                InvalidValueException.class, () -> STANDARD.lapsingWithin(Given.compliant().build(), Given.AS_OF, -1))
                .getMessage());
        assertEquals("Invalid value for employments[] (valid values not null): null", assertThrows(
                InvalidValueException.class, () -> STANDARD.evaluate(Arrays.asList((Employment) null),
                        Given.AS_OF)).getMessage());
    }

    @Test
    void givenAsOfBeyondTheFigures_thenTheMissingFiguresAreNamed() {
        Employment e = Given.bare(Given.BORN, LocalDate.of(2027, 4, 5), PayFrequency.WEEKLY)
                .evidence(Given.pay(PayFrequency.WEEKLY, LocalDate.of(2027, 4, 5),
                        LocalDate.of(2027, 4, 5), HoursWorked.ofDayMinutes(60), 2_000)).build();

        InvalidValueException ex = assertThrows(InvalidValueException.class,
                () -> STANDARD.evaluate(e, LocalDate.of(2027, 4, 10)));

        assertTrue(ex.getMessage().startsWith("Invalid value for date (valid values a date with minimum wage figures"),
                ex.getMessage());
    }

    @Test
    void givenOneRuleSetSharedByThreadsEvaluatingDifferentDates_thenSameResultsAsAlone() throws Exception {
        List<Employment> caseload = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            RandomEmployments.Parts parts = RandomEmployments.parts(seed);
            caseload.add(parts.build(parts.evidence()));
        }
        List<LocalDate> dates = List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 11, 30));
        RuleSet shared = StandardRules.ruleSet();
        List<List<EmploymentFindings>> alone = new ArrayList<>();
        for (LocalDate date : dates) {
            List<EmploymentFindings> results = new ArrayList<>();
            for (Employment e : caseload) {
                results.add(StandardRules.ruleSet().evaluate(e, date));
            }
            alone.add(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int first = t;
                checks.add(pool.submit(() -> {
                    boolean same = true;
                    for (int round = 0; round < 20; round++) {
                        int d = (first + round) % dates.size();
                        for (int i = 0; i < caseload.size(); i++) {
                            same &= shared.evaluate(caseload.get(i), dates.get(d)).equals(alone.get(d).get(i));
                        }
                    }
                    return same;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertTrue(check.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenLookaheadAboveTenYears_thenRejectedAndTheRuleSetUnchanged() {
        Employment e = Given.compliant().build();

        for (Executable action : List.<Executable>of(() -> STANDARD.withLookaheadDays(3661),
                () -> STANDARD.lapsingWithin(e, Given.AS_OF, 3661),
                () -> STANDARD.lapsingWithin(List.of(e), Given.AS_OF, 3661),
                () -> RuleContext.of(Given.AS_OF, UkFigures.standard(), 3661))) {
            InvalidValueException ex = assertThrows(InvalidValueException.class, action);
            assertEquals("lookaheadDays", ex.field());
            assertEquals("0 - 3660", ex.validValues());
            assertEquals("3661", ex.givenValue());
        }
        assertEquals(RuleSet.DEFAULT_LOOKAHEAD_DAYS, STANDARD.lookaheadDays());
        assertEquals(3660, STANDARD.withLookaheadDays(3660).lookaheadDays());
    }
}
