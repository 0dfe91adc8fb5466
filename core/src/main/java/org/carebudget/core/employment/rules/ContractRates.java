package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.RateType;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * The contract's hourly rates (all but the sleep-in rate, often a flat allowance for time mostly asleep) should
 * be at least the minimum wage for the PA's age: a warning, due on the evaluation date, for a rate already below
 * it, and a warning, due on the day the new rates start, for a rate that falls below the minimum wage coming into
 * force within the lookahead window (an April uprating), where the figures for it are known. Pay actually made is
 * checked per period by {@link MinimumWageRule}. Apprentice rates are not considered here. In force from
 * 1 April 2024, the first date of the standard figures. Immutable and thread-safe.
 */
public final class ContractRates extends AbstractRule {

    /** The rule id. */
    public static final String ID = "pay.contract-rates";

    /** Creates the rule. */
    public ContractRates() {
        super(ID, "The contract's hourly rates keep up with the minimum wage, including the next uprating.",
                Severity.WARNING, Source.of("National Minimum Wage Act 1998; National Minimum Wage Regulations 2015",
                        Status.SECONDARY), DateRange.startingOn(LocalDate.of(2024, 4, 1)));
    }

    @Override
    public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
        Map<RateType, Gbp> rates = employment.payRates();
        LocalDate asOf = context.asOf();
        if (rates.isEmpty() || !employment.continuesOn(asOf)) {
            return;
        }
        LocalDate from = asOf.isBefore(employment.firstDay()) ? employment.firstDay() : asOf;
        MinimumWage now = context.minimumWageIfKnown(from);
        MinimumWage ahead = context.minimumWageIfKnown(context.horizon().minusDays(1));
        for (Map.Entry<RateType, Gbp> rate : rates.entrySet()) {
            if (rate.getKey() == RateType.SLEEP_IN) {
                continue;
            }
            if (now != null && below(rate.getValue(), now, employment, from)) {
                findings.accept(lapse(message(rate, now, employment, from), List.of(), from));
            } else if (ahead != null && ahead != now && ahead.inForce().start().isAfter(from)
                    && below(rate.getValue(), ahead, employment, ahead.inForce().start())) {
                LocalDate change = ahead.inForce().start();
                findings.accept(lapse(message(rate, ahead, employment, change), List.of(), change));
            }
        }
    }

    private static boolean below(Gbp rate, MinimumWage nmw, Employment employment, LocalDate on) {
        int age = employment.personalAssistant().ageOn(on);
        return age >= 16 && rate.compareTo(nmw.hourlyRate(age, false)) < 0;
    }

    private static String message(Map.Entry<RateType, Gbp> rate, MinimumWage nmw, Employment employment,
            LocalDate on) {
        int age = employment.personalAssistant().ageOn(on);
        return "The contract's " + Format.words(rate.getKey())
                + " rate of " + rate.getValue() + " an hour is below the minimum wage of " + nmw.hourlyRate(age, false)
                + " for age " + age + " from " + on + " (" + nmw.source().citation() + ").";
    }
}
