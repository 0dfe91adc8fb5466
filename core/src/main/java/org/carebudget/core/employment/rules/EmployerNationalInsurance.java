package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.jspecify.annotations.Nullable;

/**
 * Employer (secondary) Class 1 National Insurance for the latest pay period that has started, with the figures of
 * the tax year of its pay date: the secondary rate on earnings (gross pay, rolled-up holiday pay and sick pay) above
 * the secondary threshold for the period length; for a PA under 21 (category M) or an apprentice under 25 (category
 * H) on the pay date, 0% up to the upper secondary threshold and the rate above it (Social Security Contributions and
 * Benefits Act 1992 ss. 9, 9A and 9B). A 20-year-old paid £400 a week in 2026/27 costs £0; a 21-year-old £45.60.
 * Rounded to the nearest penny, half a penny down. The finding says whether the employment's NICs count towards the
 * Employment Allowance ({@link EmploymentAllowance}); the allowance itself is one per employer, across all their PAs,
 * so it is not taken off here. Information, with the NICs as the amount and an {@link EmployerNiCalculation}. A pay
 * date without employer-cost figures is reported as not checked. In force from 6 April 2013 (PAYE in real time).
 * Immutable and thread-safe.
 */
public final class EmployerNationalInsurance extends AbstractRule {

    /** The rule id. */
    public static final String ID = "employer-ni.latest-period";

    private volatile @Nullable Explanation lastExplanation;

    /** Creates the rule. */
    public EmployerNationalInsurance() {
        super(ID, "Employer National Insurance due for the latest pay period, and whether it counts towards the "
                + "Employment Allowance.", ComplianceSeverity.INFO, Source.of("Social Security Contributions and "
                        + "Benefits Act 1992 ss. 9, 9A (under 21) and 9B (apprentices under 25); Employment Allowance: "
                        + "National Insurance Contributions Act 2014 s. 2(3), (3A), HMRC NIM06520, NIM06535",
                        Status.SECONDARY), DateRange.startingOn(LocalDate.of(2013, 4, 6)));
    }

    /**
     * Calculates employer NICs on a payment with the figures for the tax year of its pay date.
     *
     * @param frequency the pay frequency, not null
     * @param paidOn the pay date, a supported date, not null
     * @param earnings the earnings paid, £0 - £30m, not null
     * @param dateOfBirth the PA's date of birth, a supported date, not null
     * @param apprenticeship the PA's statutory apprenticeship, or null when not an apprentice
     * @param figures the figures, not null
     * @return the calculation, not null
     * @throws InvalidValueException if an argument is null or out of range, or the figures hold no employer costs for
     *     the pay date
     */
    public static EmployerNiCalculation calculate(PayFrequency frequency, LocalDate paidOn, Gbp earnings,
            LocalDate dateOfBirth, @Nullable DateRange apprenticeship, UkFigures figures) {
        Checks.CORE.notNull(figures, "figures");
        Checks.CORE.date(paidOn, "paidOn");
        return calculate(frequency, paidOn, earnings, dateOfBirth, apprenticeship,
                figures.on(EmployerCosts.class, paidOn));
    }

    /**
     * Calculates employer NICs on a payment with a given employer-cost row.
     *
     * @param frequency the pay frequency, not null
     * @param paidOn the pay date, a supported date, not null
     * @param earnings the earnings paid, £0 - £30m, not null
     * @param dateOfBirth the PA's date of birth, a supported date, not null
     * @param apprenticeship the PA's statutory apprenticeship, or null when not an apprentice
     * @param costs the employer-cost row for the pay date's tax year, not null
     * @return the calculation, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static EmployerNiCalculation calculate(PayFrequency frequency, LocalDate paidOn, Gbp earnings,
            LocalDate dateOfBirth, @Nullable DateRange apprenticeship, EmployerCosts costs) {
        Checks.CORE.notNull(frequency, "frequency");
        Checks.CORE.date(paidOn, "paidOn");
        Checks.CORE.notNull(earnings, "earnings");
        Checks.CORE.inRange(earnings.pence(), 0, 3 * PayRecord.MAX_LINE.pence(), "earnings (pence)");
        Checks.CORE.date(dateOfBirth, "dateOfBirth");
        Checks.CORE.notNull(costs, "costs");
        NiRelief relief = relief(paidOn, dateOfBirth, apprenticeship, costs);
        Gbp secondary = costs.secondaryThreshold(frequency);
        Gbp threshold = relief == NiRelief.NONE ? secondary : max(secondary, costs.upperSecondaryThreshold(frequency));
        long above = Math.max(0, earnings.pence() - threshold.pence());
        Gbp ni = Gbp.ofPence(Shares.nearestHalfDown(above, costs.secondaryRateBasisPoints(), 10_000));
        return new EmployerNiCalculation(paidOn, costs.taxYear(), frequency, earnings, relief, threshold,
                costs.secondaryRateBasisPoints(), ni);
    }

    /**
     * Calculates employer NICs on a pay record, by its pay date.
     *
     * @param record the pay record, not null
     * @param dateOfBirth the PA's date of birth, a supported date, not null
     * @param apprenticeship the PA's statutory apprenticeship, or null when not an apprentice
     * @param costs the employer-cost row for the pay date's tax year, not null
     * @return the calculation, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static EmployerNiCalculation calculate(PayRecord record, LocalDate dateOfBirth,
            @Nullable DateRange apprenticeship, EmployerCosts costs) {
        Checks.CORE.notNull(record, "record");
        return calculate(record.period().frequency(), record.paidOn(), record.earnings(), dateOfBirth, apprenticeship,
                costs);
    }

    /**
     * Returns the relief that applies to a payment.
     *
     * @param paidOn the pay date, a supported date, not null
     * @param dateOfBirth the PA's date of birth, a supported date, not null
     * @param apprenticeship the PA's statutory apprenticeship, or null
     * @param costs the employer-cost row, not null
     * @return the relief, not null
     * @throws InvalidValueException if an argument is null or a date unsupported
     */
    public static NiRelief relief(LocalDate paidOn, LocalDate dateOfBirth, @Nullable DateRange apprenticeship,
            EmployerCosts costs) {
        Checks.CORE.date(paidOn, "paidOn");
        Checks.CORE.date(dateOfBirth, "dateOfBirth");
        Checks.CORE.notNull(costs, "costs");
        int age = Ages.on(dateOfBirth, paidOn);
        if (apprenticeship != null && apprenticeship.contains(paidOn) && age < costs.apprenticeReliefBelowAge()) {
            return NiRelief.APPRENTICE_UNDER_25;
        }
        return age < costs.under21ReliefBelowAge() ? NiRelief.UNDER_21 : NiRelief.NONE;
    }

    private static Gbp max(Gbp a, Gbp b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        List<PayRecord> records = employment.payRecords();
        for (int i = records.size() - 1; i >= 0; i--) {
            PayRecord record = records.get(i);
            if (!inScope(record, context)) {
                continue;
            }
            Missing missing = new Missing();
            EmployerCosts costs = rowOrNote(context, EmployerCosts.class, record.paidOn(), record, missing);
            missing.report(this, "employer National Insurance", findings);
            if (costs == null) {
                return;
            }
            EmployerNiCalculation ni = calculate(record, employment.personalAssistant().dateOfBirth(),
                    employment.apprenticeship(), costs);
            if (ni.employerNi().isPositive()) {
                findings.accept(breach(message(record, ni, costs, EmploymentAllowance.eligibility(employment)),
                        List.of(record), null, ni.employerNi(), ni, costs));
            }
            return;
        }
    }

    private String message(PayRecord record, EmployerNiCalculation ni, EmployerCosts costs,
            EmploymentAllowanceEligibility allowance) {
        Explanation explanation = explanation(costs, allowance);
        return "Employer National Insurance for " + record.period().range() + " (paid " + ni.paidOn() + ", "
                + explanation.taxYear + "): " + String.valueOf(ni.employerNi()) + " (" + explanation.rate + " of "
                + String.valueOf(ni.earnings()) + " above " + String.valueOf(ni.thresholdApplied())
                + (ni.relief() == NiRelief.NONE ? "" : ", " + Format.words(ni.relief()) + " relief") + "). "
                + explanation.allowance;
    }

    /** Returns the parts of the message that depend only on the figures row and the allowance, made once a pair. */
    private Explanation explanation(EmployerCosts costs, EmploymentAllowanceEligibility allowance) {
        Explanation last = lastExplanation;
        if (last == null || last.costs != costs || last.eligibility != allowance) {
            last = new Explanation(costs, allowance);
            lastExplanation = last;
        }
        return last;
    }

    /** The message parts for one figures row and allowance; immutable, so safely published through a volatile. */
    private static final class Explanation {
        private final EmployerCosts costs;
        private final EmploymentAllowanceEligibility eligibility;
        private final String taxYear;
        private final String rate;
        private final String allowance;

        Explanation(EmployerCosts costs, EmploymentAllowanceEligibility eligibility) {
            this.costs = costs;
            this.eligibility = eligibility;
            this.taxYear = String.valueOf(costs.taxYear());
            this.rate = Format.percent(costs.secondaryRateBasisPoints());
            this.allowance = eligibility.counts() ? "It counts towards the employer's Employment Allowance (up to "
                    + String.valueOf(costs.employmentAllowance()) + " a year across all their PAs)"
                    + (eligibility == EmploymentAllowanceEligibility.ORGANISATION
                            ? ", subject to the organisation's own eligibility." : ".")
                    : eligibility == EmploymentAllowanceEligibility.EXCLUDED_DOMESTIC
                            ? "It does not count towards the Employment Allowance: the PA also does other household "
                                    + "work (NIM06535)."
                            : "Record whether every duty is care and support for the person cared for: only then "
                                    + "does it count towards the Employment Allowance (NIM06520).";
        }
    }
}
