package org.carebudget.money.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.carebudget.money.SpendCategory;
import org.junit.jupiter.api.Test;

class SpendPolicyTest {

    /** A vendor's own rule: no single spend above £5,000 without review by the vendor's finance team. */
    static final class VendorCapRule extends AbstractSpendRule {
        VendorCapRule(SpendSeverity severity) {
            super("vendor-cap", "Spends above £5,000 are reviewed", severity,
                    Source.of("vendor finance policy FP-7", Status.UNCONFIRMED),
                    DateRange.startingOn(LocalDate.of(2026, 1, 1)));
        }

        @Override
        public Optional<SpendFinding> evaluate(SpendRequest request, SpendHistory history) {
            return request.amount().pence() > 500_000 ? finding("above £5,000") : Optional.empty();
        }
    }

    final SpendPolicy standard = SpendPolicy.standard(Plans.PLAN);

    @Test
    void givenAUsualPaymentWithinThePlan_thenItIsApproved() {
        var decision = standard.evaluate(Plans.spend(SpendCategory.PA_WAGES, 10_000),
                new StubHistory(4, Gbp.ofPence(40_000)));

        assertInstanceOf(SpendDecision.Approve.class, decision);
    }

    @Test
    void givenANewPayeeOutsideThePlan_thenItIsHeldWithBothReasons() {
        var decision = standard.evaluate(Plans.spend(SpendCategory.AGENCY_CARE, 10_000), StubHistory.empty());

        var hold = assertInstanceOf(SpendDecision.Hold.class, decision);
        assertEquals(List.of(OutsideSupportPlanRule.ID, NewPayeeRule.ID),
                hold.reasons().stream().map(SpendFinding::ruleId).toList());
    }

    @Test
    void givenAVendorRejectRule_thenARejectOutweighsHolds() {
        var policy = standard.with(new VendorCapRule(SpendSeverity.REJECT));

        var decision = policy.evaluate(Plans.spend(SpendCategory.AGENCY_CARE, 600_000), StubHistory.empty());

        var reject = assertInstanceOf(SpendDecision.Reject.class, decision);
        assertEquals("vendor-cap", reject.reasons().get(0).ruleId());
        assertEquals(1, reject.reasons().size());
    }

    @Test
    void givenAVendorCanReplaceAndRemove_thenRules() {
        var policy = standard.with(new VendorCapRule(SpendSeverity.REJECT)).with(new VendorCapRule(SpendSeverity.HOLD))
                .without(NewPayeeRule.ID);

        assertEquals(5, policy.rules().size());
        assertEquals(SpendSeverity.HOLD, policy.rules().get(4).severity());
        assertInstanceOf(SpendDecision.Approve.class,
                policy.evaluate(Plans.spend(SpendCategory.PA_WAGES, 100), StubHistory.empty()));
    }

    @Test
    void givenARuleNotYetInForce_thenIsNotApplied() {
        var early = new SpendRequest(org.carebudget.money.TransferId.of(1), Plans.spend(SpendCategory.PA_WAGES, 1).funder(),
                Plans.spend(SpendCategory.PA_WAGES, 1).payee(), SpendCategory.PA_WAGES, Gbp.ofPence(600_000),
                LocalDate.of(2025, 12, 31));

        var decision = SpendPolicy.none().with(new VendorCapRule(SpendSeverity.REJECT)).evaluate(early,
                StubHistory.empty());

        assertInstanceOf(SpendDecision.Approve.class, decision);
    }

    @Test
    void givenTwoRulesWithOneId_thenAreRejected() {
        LedgerException e = assertThrows(LedgerException.class, () -> SpendPolicy.of(
                List.of(new NewPayeeRule(), new NewPayeeRule())));
        assertEquals("Invalid value for rules (valid values rules with unique ids): new-payee twice", e.getMessage());
    }
}
