package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;

/**
 * Employer (secondary) Class 1 National Insurance for the latest pay period that has started: the rate on
 * earnings (gross pay plus rolled-up holiday pay, {@link PayRecord#earningsPence()}: holiday pay is earnings for
 * NI) above the secondary threshold for the period length (weekly times 1, 2 or 4 weeks, or the monthly figure),
 * rounded half down to the penny, with a note that the Employment Allowance is available to an individual
 * employing a care or support worker (HMRC NIM06520). Information, with the amount. In force from 6 April 2025,
 * the first date of the standard employer-cost figures. Immutable and thread-safe.
 */
public final class EmployerNationalInsurance extends AbstractRule {

    /** The rule id. */
    public static final String ID = "employer-ni.latest-period";

    private volatile Explanation lastExplanation;

    /** Creates the rule. */
    public EmployerNationalInsurance() {
        super(ID, "Employer National Insurance due for the latest pay period, and the Employment Allowance.",
                Severity.INFO, Source.of("Social Security Contributions and Benefits Act 1992 s. 9; Employment "
                        + "Allowance: HMRC NIM06520", Status.SECONDARY), DateRange.startingOn(LocalDate.of(2025, 4, 6)));
    }

    /**
     * Returns the employer NI for a pay record, on its earnings including rolled-up holiday pay.
     *
     * @param record the pay record, not null
     * @param costs the employer-cost figures for the period start, not null
     * @return the employer NI, zero at or below the secondary threshold, not null
     */
    public static Gbp employerNi(PayRecord record, EmployerCosts costs) {
        long threshold = PeriodThresholds.forPeriod(record.period().frequency(), costs.secondaryThresholdWeekly().pence(),
                costs.secondaryThresholdMonthly().pence());
        long above = record.earningsPence() - threshold;
        if (above <= 0) {
            return Gbp.ZERO;
        }
        long scaled = Math.multiplyExact(above, costs.secondaryNicRateBasisPoints());
        long pence = scaled / 10_000;
        return Gbp.ofPence(scaled % 10_000 * 2 > 10_000 ? pence + 1 : pence);
    }

    /**
     * Returns the part of the message that depends only on the figures and pay frequency, made once per pair.
     */
    private String explanation(EmployerCosts costs, PayFrequency frequency) {
        Explanation last = lastExplanation;
        if (last == null || last.costs != costs || last.frequency != frequency) {
            last = new Explanation(costs, frequency, " (" + Format.percent(costs.secondaryNicRateBasisPoints())
                    + " of pay above the secondary threshold for " + frequency + " pay); the Employment Allowance (up "
                    + "to " + Format.money(costs.employmentAllowance().pence()) + " a year) is available to an "
                    + "individual employing a care or support worker.");
            lastExplanation = last;
        }
        return last.text;
    }

    /** The last explanation made, with the figures and frequency it is for; immutable, safely published. */
    private static final class Explanation {
        private final EmployerCosts costs;
        private final PayFrequency frequency;
        private final String text;

        Explanation(EmployerCosts costs, PayFrequency frequency, String text) {
            this.costs = costs;
            this.frequency = frequency;
            this.text = text;
        }
    }

    @Override
    public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
        List<PayRecord> records = employment.payRecords();
        for (int i = records.size() - 1; i >= 0; i--) {
            PayRecord record = records.get(i);
            if (!inScope(record, context)) {
                continue;
            }
            EmployerCosts costs = context.employerCostsOn(record.period().start());
            Gbp ni = employerNi(record, costs);
            if (ni.isPositive()) {
                findings.accept(breach("Employer National Insurance for " + record.period().range() + ": "
                        + Format.money(ni.pence()) + explanation(costs, record.period().frequency()), List.of(record),
                        ni, costs.source()));
            }
            return;
        }
    }
}
