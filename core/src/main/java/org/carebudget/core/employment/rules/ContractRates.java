package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.RateType;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * The contract's hourly rates (all but the sleep-in rate, often a flat allowance for time mostly asleep) should be at
 * least the minimum wage for the PA's age: a warning, to act on today, for a rate already below it, and a warning, to
 * act on before the day after new rates start, for a rate that falls below a minimum wage coming into force within
 * the lookahead window (an April uprating) where the figures for it are known. Pay actually made is checked per
 * period by {@link MinimumWageRule}; apprentice rates are not considered here. Today's rates missing from the figures
 * are reported as not checked. In force from 1 April 1999. Immutable and thread-safe.
 */
public final class ContractRates extends AbstractRule {

    /** The rule id. */
    public static final String ID = "pay.contract-rates";

    /** Creates the rule. */
    public ContractRates() {
        super(ID, "The contract's hourly rates keep up with the minimum wage, including the next uprating.",
                ComplianceSeverity.WARNING, Source.of("National Minimum Wage Act 1998; National Minimum Wage "
                        + "Regulations 2015", Status.SECONDARY), DateRange.startingOn(LocalDate.of(1999, 4, 1)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        Map<RateType, Gbp> rates = employment.payRates();
        LocalDate asOf = context.asOf();
        if (rates.isEmpty() || !employment.continuesOn(asOf)) {
            return;
        }
        LocalDate from = asOf.isBefore(employment.firstDay()) ? employment.firstDay() : asOf;
        Missing missing = new Missing();
        MinimumWage now = rowOrNote(context, MinimumWage.class, from, null, missing);
        missing.report(this, "the contract's rates", findings);
        LocalDate lastDay = context.lookaheadEnd().minusDays(1);
        MinimumWage ahead = lastDay.isAfter(from) ? context.find(MinimumWage.class, lastDay) : null;
        LocalDate born = employment.personalAssistant().dateOfBirth();
        for (Map.Entry<RateType, Gbp> rate : rates.entrySet()) {
            if (rate.getKey() == RateType.SLEEP_IN) {
                continue;
            }
            RateBelowMinimum below = now == null ? null : below(rate, now, born, from);
            if (below == null && ahead != null && ahead != now && ahead.inForce().start().isAfter(from)) {
                below = below(rate, ahead, born, ahead.inForce().start());
            }
            if (below != null) {
                MinimumWage row = below.from().equals(from) && now != null ? now : ahead;
                findings.accept(finding(ComplianceSeverity.WARNING, message(below, row), source())
                        .actBefore(RuleContext.dayAfter(below.from())).amount(below.gapPerHour()).figures(below)
                        .evidence(List.of()).build());
            }
        }
    }

    private static RateBelowMinimum below(Map.Entry<RateType, Gbp> rate, MinimumWage nmw, LocalDate born, LocalDate on) {
        if (born.isAfter(on.minusYears(16))) {
            return null;
        }
        int age = Ages.on(born, on);
        Gbp minimum = nmw.rateForAge(age);
        return rate.getValue().compareTo(minimum) < 0
                ? new RateBelowMinimum(rate.getKey(), rate.getValue(), minimum, age, on) : null;
    }

    private static String message(RateBelowMinimum below, MinimumWage row) {
        return "The contract's " + Format.words(below.rateType()) + " rate of " + below.contractRate()
                + " an hour is below the minimum wage of " + below.minimumRate() + " for age " + below.age() + " from "
                + below.from() + " (" + row.source().citation() + ").";
    }
}
