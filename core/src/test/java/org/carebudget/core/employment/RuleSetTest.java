package org.carebudget.core.employment;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.carebudget.core.employment.rules.DbsEnhancedCheck;
import org.carebudget.core.employment.rules.EmployersLiabilityCover;
import org.carebudget.core.employment.rules.MinimumWageRule;
import org.carebudget.core.employment.rules.StandardRules;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        public ComplianceSeverity severity() {
            return ComplianceSeverity.WARNING;
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
        public void evaluate(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
            long count = employment.evidence().stream().filter(e -> e instanceof Reference).count();
            if (count < 2) {
                findings.accept(ComplianceFinding.builder(id, ComplianceSeverity.WARNING,
                        count + " of 2 references received.", source()).build());
            }
        }
    }

    private static EmploymentFindings evaluate(RuleSet set, Employment e, LocalDate asOf) {
        EmploymentFindings found = set.evaluate(e, asOf);
        FindingsInvariants.check(set, e, found);
        return found;
    }

    @Test
    void givenStandardRules_thenNineteenRulesWithDistinctIdsAndSources() {
        Set<String> ids = new HashSet<>();
        for (ComplianceRule rule : STANDARD.rules()) {
            assertTrue(ids.add(rule.id()), rule.id());
            assertFalse(rule.description().isBlank());
            assertFalse(rule.source().citation().isBlank());
        }
        assertEquals(19, ids.size());
    }

    @Test
    void givenCompliantEmployment_thenNoFindings() {
        EmploymentFindings found = evaluate(STANDARD, Given.compliant().build(), Given.AS_OF);

        assertEquals(List.of(), found.findings());
        assertFalse(found.blocked());
        assertEquals(EmployerId.of("emp-1"), found.employer());
        assertEquals(PersonalAssistantId.of("pa-1"), found.personalAssistant());
        assertEquals(RuleSet.DEFAULT_LOOKAHEAD_DAYS, found.lookaheadDays());
    }

    @Test
    void givenBareEmployment_thenEveryPreEmploymentDutyIsBlocking() {
        EmploymentFindings found = evaluate(STANDARD, Given.bare().build(), Given.AS_OF);

        assertTrue(found.blocked());
        assertEquals(List.of("right-to-work.before-first-day", "dbs.enhanced-check", "insurance.employers-liability",
                "written-statement.by-first-day"), found.findings().stream().map(ComplianceFinding::ruleId).toList());
        assertEquals(List.of(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 3), Given.FIRST_DAY,
                LocalDate.of(2025, 6, 3)), found.findings().stream().map(ComplianceFinding::actBefore).toList());
    }

    @Test
    void givenRuleSwitchedOff_thenItsFindingsGo() {
        RuleSet set = STANDARD.without(DbsEnhancedCheck.ID);

        assertEquals(List.of(), evaluate(set, Given.bare().build(), Given.AS_OF).from(DbsEnhancedCheck.ID));
        assertEquals(18, set.rules().size());
        assertTrue(set.rule(DbsEnhancedCheck.ID).isEmpty());
        assertEquals(19, STANDARD.rules().size());
    }

    @Test
    void givenUnknownRuleSwitchedOff_thenRejected() {
        assertInvalid(() -> STANDARD.without("no.such-rule"), "ruleId", "the id of a rule in this set", "no.such-rule");
    }

    @Test
    void givenVendorRule_thenAddedAtTheEnd_andReplacingKeepsThePlace() {
        RuleSet added = STANDARD.with(new TwoReferences("vendor.references", DateRange.startingOn(Given.FIRST_DAY)));
        RuleSet replaced = STANDARD.with(new TwoReferences(EmployersLiabilityCover.ID,
                DateRange.startingOn(Given.FIRST_DAY)));

        assertEquals("vendor.references", added.rules().get(19).id());
        assertEquals("0 of 2 references received.",
                evaluate(added, Given.compliant().build(), Given.AS_OF).findings().get(0).message());
        assertEquals(19, replaced.rules().size());
        assertTrue(replaced.rules().get(4) instanceof TwoReferences);
    }

    @Test
    void givenRuleNotInForce_thenNotEvaluated() {
        RuleSet later = STANDARD.with(new TwoReferences("vendor.references",
                DateRange.startingOn(LocalDate.of(2030, 1, 1))));

        assertEquals(List.of(), evaluate(later, Given.compliant().build(), Given.AS_OF).findings());
    }

    @Test
    void givenDuplicateIds_thenRejected() {
        assertInvalid(() -> RuleSet.of(UkFigures.standard(), List.of(new DbsEnhancedCheck(), new DbsEnhancedCheck())),
                "rules", "rules with distinct ids", "dbs.enhanced-check");
        assertInvalid(() -> RuleSet.of(UkFigures.standard(), Arrays.asList(new DbsEnhancedCheck(), null)), "rules[1]",
                "not null");
    }

    @ParameterizedTest(name = "as of 2026-05-10 within {0} days: {1} lapse")
    @CsvSource({"30, 1", "22, 1", "21, 0", "10, 0", "0, 0"})
    void givenInsuranceEnding31May_thenItLapsesWhenTheLastDayToActIsInTheWindow(int days, int expected) {
        Employment e = Given.compliant().build();

        List<ComplianceFinding> lapsing = STANDARD.lapsingWithin(e, LocalDate.of(2026, 5, 10), days).findings();

        assertEquals(expected, lapsing.size(), lapsing::toString);
        if (expected == 1) {
            assertEquals(EmployersLiabilityCover.ID, lapsing.get(0).ruleId());
            assertEquals(LocalDate.of(2026, 6, 1), lapsing.get(0).actBefore());
        }
    }

    @Test
    void givenInsuranceExpiring39DaysOut_thenTheDefaultLookaheadReportsIt_notHidesIt() {
        Employment e = Given.compliant().build();
        LocalDate asOf = LocalDate.of(2026, 6, 1).minusDays(39);

        EmploymentFindings found = evaluate(STANDARD, e, asOf);

        assertEquals(List.of(EmployersLiabilityCover.ID), found.findings().stream().map(ComplianceFinding::ruleId)
                .toList());
        assertEquals(LocalDate.of(2026, 6, 1), found.findings().get(0).actBefore());
        assertEquals(List.of(), evaluate(STANDARD.withLookaheadDays(30), e, asOf).findings());
        assertEquals(30, STANDARD.withLookaheadDays(30).evaluate(e, asOf).lookaheadDays());
    }

    @Test
    void givenCaseloadInEitherOrder_thenEqualReports() {
        Employment a = Given.compliant().build();
        Employment b = Employment.builder(Employer.thirdPartyService(EmployerId.of("emp-0")), Given.pa(Given.BORN),
                FundingRegime.NHS_PERSONAL_HEALTH_BUDGET, DateRange.startingOn(Given.FIRST_DAY),
                Given.compliant().build().paySchedule()).build();

        CaseloadReport ab = STANDARD.evaluate(List.of(a, b), Given.AS_OF);
        CaseloadReport ba = STANDARD.evaluate(List.of(b, a), Given.AS_OF);

        assertEquals(ab, ba);
        assertEquals(EmployerId.of("emp-0"), ab.employments().get(0).employer());
        assertEquals(1, ab.blockedCount());
        assertEquals(4, ab.findingCount());
        assertEquals(0, ab.notCheckedCount());
        assertEquals(ab.employments().size(), STANDARD.lapsingWithin(List.of(b, a), Given.AS_OF, 30).employments().size());
    }

    @Test
    void givenInvalidArguments_thenMessagesNameTheField() {
        Employment e = Given.compliant().build();

        assertInvalid(() -> STANDARD.evaluate(e, null), "asOf", "not null");
        assertInvalid(() -> STANDARD.evaluate(e, LocalDate.MAX), "asOf", "1900-01-01 - 2200-12-31");
        assertInvalid(() -> STANDARD.evaluate(e, LocalDate.MIN), "asOf", "1900-01-01 - 2200-12-31");
        assertInvalid(() -> STANDARD.evaluate((Employment) null, Given.AS_OF), "employment", "not null");
        assertInvalid(() -> STANDARD.lapsingWithin(e, Given.AS_OF, -1), "days", "0 - 3660", "-1");
        assertInvalid(() -> STANDARD.evaluate(Arrays.asList((Employment) null), Given.AS_OF), "employments[0]",
                "not null");
        assertInvalid(() -> RuleContext.of(LocalDate.MAX, UkFigures.standard(), 30), "asOf", "1900-01-01 - 2200-12-31");
        assertInvalid(() -> STANDARD.withLookaheadDays(3661), "lookaheadDays", "0 - 3660", "3661");
        assertEquals(3660, STANDARD.withLookaheadDays(3660).lookaheadDays());
    }

    @Test
    void givenTheLastSupportedDate_thenEvaluatedWithoutError() {
        Employment e = Given.compliant().evidence(Given.pay(PayFrequency.WEEKLY, Given.FIRST_DAY,
                Given.FIRST_DAY.plusWeeks(5), HoursWorked.ofDayMinutes(600), 20_000)).build();

        EmploymentFindings found = evaluate(STANDARD.withLookaheadDays(3660), e, LocalDate.of(2200, 12, 31));

        assertTrue(found.findings().stream().allMatch(f -> f.actBefore() == null
                || !f.actBefore().isAfter(LocalDate.of(2200, 12, 31))), found::toString);
    }

    @Test
    void givenPayBeyondTheFigures_thenANotCheckedFindingNamesTheMissingFigures_neverASilentSkipOrAnException() {
        LocalDate start = LocalDate.of(2027, 4, 5);
        Employment e = Given.bare(Given.BORN, start, PayFrequency.WEEKLY)
                .evidence(Given.pay(PayFrequency.WEEKLY, start, start, HoursWorked.ofDayMinutes(60), 2_000)).build();

        List<ComplianceFinding> found = evaluate(RuleSet.of(UkFigures.standard(), List.of(new MinimumWageRule())), e,
                LocalDate.of(2027, 4, 10)).findings();

        assertEquals(1, found.size(), found::toString);
        assertEquals(ComplianceSeverity.NOT_CHECKED, found.get(0).severity());
        assertEquals(MissingFigures.named("minimum wage", start), found.get(0).figures(MissingFigures.class));
        assertTrue(found.get(0).message().startsWith("Not checked: pay needs minimum wage figures on 2027-04-05"),
                found.get(0).message());
    }

    @Test
    void givenNextAprilsFiguresAdded_thenThePeriodIsChecked() {
        LocalDate start = LocalDate.of(2027, 4, 5);
        Employment e = Given.bare(Given.BORN, start, PayFrequency.WEEKLY)
                .evidence(Given.pay(PayFrequency.WEEKLY, start, start, HoursWorked.ofDayMinutes(60), 2_000)).build();
        UkFigures withApril2027 = UkFigures.standard().with(MinimumWage.from(LocalDate.of(2027, 4, 1))
                .nationalLivingWage(org.carebudget.core.money.Gbp.parse("13.00"), 21)
                .youngAdultRate(org.carebudget.core.money.Gbp.parse("11.00"))
                .age16To17(org.carebudget.core.money.Gbp.parse("8.50"))
                .apprentice(org.carebudget.core.money.Gbp.parse("8.50"))
                .accommodationOffsetPerDay(org.carebudget.core.money.Gbp.parse("11.50"))
                .source(Source.of("vendor's April 2027 row", Status.UNCONFIRMED)).build());

        assertEquals(List.of(), evaluate(RuleSet.of(withApril2027, List.of(new MinimumWageRule())), e,
                LocalDate.of(2027, 4, 10)).findings());
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
}
