package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * Pay in each pay reference period must reach the minimum wage for the hours worked. The rate is the one in force
 * on the first day of the period, for the PA's age on that day (so a birthday moves the PA to a new band from
 * the period after it, or from the period it starts), or the apprentice rate for an apprentice under 19 or in the
 * first year. Hours are all time worked plus sleep-in time awake for the purpose of working; time asleep does
 * not count. Pay is gross pay for work (rolled-up holiday pay does not count) plus the accommodation offset for
 * each whole day accommodation was provided. The required pay is {@code rate x minutes / 60}, rounded up to the
 * penny; a shortfall is reported in pounds. Blocking, one finding per period short. In force from 1 April 2024,
 * the first date of the standard figures. Immutable and thread-safe.
 */
public final class MinimumWageRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "pay.minimum-wage";

    /** Creates the rule. */
    public MinimumWageRule() {
        super(ID, "Pay in each pay reference period reaches the minimum wage for the hours worked.", Severity.BLOCKING,
                Source.of("National Minimum Wage Act 1998; National Minimum Wage Regulations 2015; Mencap v "
                        + "Tomlinson-Blake [2021] UKSC 8 (sleep-ins)", Status.SECONDARY),
                DateRange.startingOn(LocalDate.of(2024, 4, 1)));
    }

    /**
     * Returns the hourly minimum wage for a pay record of an employment.
     *
     * @param employment the employment, not null
     * @param record one of its pay records, not null
     * @param figures the figures, not null
     * @return the hourly rate, not null
     * @throws org.carebudget.core.InvalidValueException if the figures hold no minimum wage for the period start
     */
    public static Gbp hourlyMinimum(Employment employment, PayRecord record, UkFigures figures) {
        return hourlyMinimum(employment, record, figures.minimumWageOn(record.period().start()));
    }

    private static Gbp hourlyMinimum(Employment employment, PayRecord record, MinimumWage nmw) {
        LocalDate start = record.period().start();
        int age = employment.personalAssistant().ageOn(start);
        LocalDate apprenticeFrom = employment.apprenticeshipStart();
        boolean apprentice = apprenticeFrom != null && !start.isBefore(apprenticeFrom)
                && (age < 19 || start.isBefore(apprenticeFrom.plusYears(1)));
        return nmw.hourlyRate(Math.max(age, 16), apprentice);
    }

    /**
     * Returns how far a pay record falls short of the minimum wage.
     *
     * @param employment the employment, not null
     * @param record one of its pay records, not null
     * @param figures the figures, not null
     * @return the shortfall, zero when paid at least the minimum, not null
     * @throws org.carebudget.core.InvalidValueException if the figures hold no minimum wage for the period start
     */
    public static Gbp shortfall(Employment employment, PayRecord record, UkFigures figures) {
        MinimumWage nmw = figures.minimumWageOn(record.period().start());
        long gap = required(hourlyMinimum(employment, record, nmw).pence(), record) - counted(record, nmw);
        return gap > 0 ? Gbp.ofPence(gap) : Gbp.ZERO;
    }

    @Override
    public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
        for (PayRecord record : employment.payRecords()) {
            if (!inScope(record, context)) {
                continue;
            }
            MinimumWage nmw = context.minimumWageOn(record.period().start());
            long rate = hourlyMinimum(employment, record, nmw).pence();
            long required = required(rate, record);
            long counted = counted(record, nmw);
            if (counted < required) {
                findings.accept(finding(employment, record, nmw, required, counted));
            }
        }
    }

    private Finding finding(Employment employment, PayRecord record, MinimumWage nmw, long required, long counted) {
        LocalDate start = record.period().start();
        Gbp rate = hourlyMinimum(employment, record, nmw);
        Gbp offset = nmw.accommodationOffsetPerDay().times(record.accommodationDays());
        String message = "Pay for " + record.period().range() + " is " + Format.money(counted)
                + (record.accommodationDays() > 0 ? " (including " + offset + " accommodation offset for "
                        + record.accommodationDays() + " days)" : "")
                + " for " + Format.hours(record.hours().countedMinutes()) + " hours worked"
                + (record.hours().sleepInAsleepMinutes() > 0 ? " (sleep-in time asleep not counted)" : "")
                + "; the minimum is " + rate + " an hour for age " + employment.personalAssistant().ageOn(start)
                + " on " + start + ", " + Format.money(required) + ": " + Format.money(required - counted) + " short.";
        return breach(message, List.of(record), Gbp.ofPence(required - counted), nmw.source());
    }

    private static long required(long rate, PayRecord record) {
        return Math.floorDiv(Math.multiplyExact(rate, record.hours().countedMinutes()) + 59, 60);
    }

    private static long counted(PayRecord record, MinimumWage nmw) {
        long offset = nmw.accommodationOffsetPerDay().pence() * record.accommodationDays();
        return record.grossPay().pence() + offset;
    }
}
