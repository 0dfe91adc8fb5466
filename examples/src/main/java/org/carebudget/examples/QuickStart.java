package org.carebudget.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.carebudget.core.employment.CaseloadReport;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.rules.DbsRecheckPolicy;
import org.carebudget.core.employment.rules.StandardRules;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.budget.SpendOutcome;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SpendPolicy;
import org.carebudget.money.policy.SpendRequest;
import org.carebudget.money.policy.SupportPlanBudget;

/**
 * The code sample in README.md, compiled and run by a test so that the README never shows code that does not
 * work. The lines between the markers are the README's sample, with {@code System.out} as {@code out}; the
 * caseload is the vendor's own data, here {@link EmploymentExample}'s two personal assistants.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Runs the sample over {@link EmploymentExample}'s caseload.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out, EmploymentExample.caseload());
    }

    /**
     * Runs the sample, printing to {@code out}.
     *
     * @param out where to print, not null
     * @param caseload the personal assistants' employments, not null
     * @return the decision on the wages spend, for the test to check
     */
    public static SpendOutcome run(PrintStream out, List<Employment> caseload) {
        // README sample begins
        LocalDate asOf = LocalDate.of(2026, 4, 6);                               // passed in: no clock is read
        FunderId icb = FunderId.of("nhs-icb");
        FunderId council = FunderId.of("council");
        PayeeId pa = PayeeId.of("pa-7");
        SupportPlanBudget plan = SupportPlanBudget.startingOn(asOf).everyWeeks(4) // the plan's cost, entered once
                .limit(SpendCategory.PA_WAGES, Gbp.parse("£4,000")).periodLimit(Gbp.parse("£4,000")).build();
        BudgetLedger budget = BudgetLedger.open(CarePackageId.of("pkg-42"), asOf, SpendPolicy.standard(plan),
                Period.ofDays(14));                                              // a hold awaits review 14 days
        budget.addFunder(icb, Set.of(SpendCategory.PA_WAGES), asOf);            // ring-fenced: what each funds
        budget.addFunder(council, Set.of(SpendCategory.PA_WAGES, SpendCategory.AGENCY_CARE), asOf);
        budget.addPayee(pa, asOf);
        budget.receive(TransferId.of(1), icb, Gbp.parse("£3,000"), asOf);      // your ids: a retry is a no-op
        budget.receive(TransferId.of(2), council, Gbp.parse("£2,500"), asOf);

        TransferId wagesId = TransferId.of(10);
        SpendOutcome wages = budget.spend(
                new SpendRequest(wagesId, icb, pa, SpendCategory.PA_WAGES, Gbp.parse("£495.69"), asOf));
        if (wages.decision() instanceof SpendDecision.Hold) {                   // a first payment is held
            budget.approveHold(TransferId.of(11), wagesId, Gbp.parse("£495.69"), asOf.plusDays(1));
        }
        out.println("ICB available: " + budget.balance(icb, asOf.plusDays(1)).available());

        CaseloadReport compliance = StandardRules.ruleSet(UkFigures.standard(), // rules cited, figures dated
                DbsRecheckPolicy.THREE_YEARS_OR_ANNUAL_UPDATE_CHECK).evaluate(caseload, asOf.plusDays(14));
        out.println(compliance.blockedCount() + " of " + caseload.size() + " PAs blocked");
        // README sample ends
        return wages;
    }
}
