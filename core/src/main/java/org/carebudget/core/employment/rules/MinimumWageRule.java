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
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * Pay in each pay reference period must reach the minimum wage for the hours worked (National Minimum Wage Act 1998;
 * National Minimum Wage Regulations 2015). The rate is the one in force on the first day of the period, for the PA's
 * age on that day (a birthday moves the PA to a new band from the period after it), the age the National Living Wage
 * starts at being a column of the figures; or the apprentice rate for an apprentice under 19 or in the first year of
 * the apprenticeship. Hours are all time worked plus sleep-in time awake for the purpose of working; time asleep does
 * not count (Mencap v Tomlinson-Blake [2021] UKSC 8).
 *
 * <p>Pay is gross pay for work (rolled-up holiday pay and sick pay do not count). Living accommodation counts only
 * where it is provided free: the daily offset for each whole day is then added (reg. 9(1)(e) and 16); where the PA is
 * charged for it, nothing is added and the part of the charge above the offset reduces pay (reg. 14 and 16). The
 * required pay is {@code rate x minutes / 60}, rounded up to the penny.
 *
 * <p>Blocking, one finding per period short, with the shortfall as the amount and a {@link MinimumWageCheck}. A
 * period whose start has no minimum wage figures is reported as not checked. In force from 1 April 1999. Immutable
 * and thread-safe.
 */
public final class MinimumWageRule extends AbstractRule {

    /** The rule id. */
    public static final String ID = "pay.minimum-wage";

    /** Creates the rule. */
    public MinimumWageRule() {
        super(ID, "Pay in each pay reference period reaches the minimum wage for the hours worked.",
                ComplianceSeverity.BLOCKING, Source.of("National Minimum Wage Act 1998; National Minimum Wage "
                        + "Regulations 2015 regs 4, 5, 9(1)(e), 14-16; Mencap v Tomlinson-Blake [2021] UKSC 8 "
                        + "(sleep-ins); accommodation: HMRC NMWM10010", Status.SECONDARY),
                DateRange.startingOn(LocalDate.of(1999, 4, 1)));
    }

    /**
     * Returns the hourly minimum wage for a pay reference period starting on a date.
     *
     * @param periodStart the first day of the pay reference period, a supported date, not null
     * @param dateOfBirth the PA's date of birth, a supported date, not null
     * @param apprenticeship the PA's apprenticeship, or null when not an apprentice
     * @param rates the minimum wage row in force on {@code periodStart}, not null
     * @return the hourly rate, not null
     * @throws InvalidValueException if an argument is null or a date unsupported
     */
    public static Gbp hourlyMinimum(LocalDate periodStart, LocalDate dateOfBirth, @Nullable DateRange apprenticeship,
            MinimumWage rates) {
        Checks.CORE.date(periodStart, "periodStart");
        Checks.CORE.date(dateOfBirth, "dateOfBirth");
        Checks.CORE.notNull(rates, "rates");
        int age = age(dateOfBirth, periodStart);
        return apprenticeRate(periodStart, age, apprenticeship) ? rates.apprentice() : rates.rateForAge(age);
    }

    /**
     * Returns the pay required for minutes at an hourly rate: {@code hourly x minutes / 60}, rounded up to the penny.
     *
     * @param hourly the hourly rate, £0 - £10,000, not null
     * @param minutes the minutes, 0 - 527040
     * @return the pay, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static Gbp requiredPay(Gbp hourly, long minutes) {
        Checks.CORE.notNull(hourly, "hourly");
        Checks.CORE.inRange(hourly.pence(), 0, 1_000_000, "hourly (pence)");
        Checks.CORE.inRange(minutes, 0, 366L * 24 * 60, "minutes");
        return Gbp.ofPence(Shares.up(hourly.pence(), minutes, 60));
    }

    /**
     * Checks one pay record against the minimum wage with the figures for its period.
     *
     * @param record the pay record, not null
     * @param dateOfBirth the PA's date of birth, a supported date, not null
     * @param apprenticeship the PA's apprenticeship, or null when not an apprentice
     * @param figures the figures, not null
     * @return the check, with the shortfall, not null
     * @throws InvalidValueException if an argument is null, or the figures hold no minimum wage for the period start
     */
    public static MinimumWageCheck check(PayRecord record, LocalDate dateOfBirth, @Nullable DateRange apprenticeship,
            UkFigures figures) {
        Checks.CORE.notNull(record, "record");
        Checks.CORE.notNull(figures, "figures");
        return check(record, dateOfBirth, apprenticeship, figures.on(MinimumWage.class, record.period().start()));
    }

    /**
     * Checks one pay record against given minimum wage rates.
     *
     * @param record the pay record, not null
     * @param dateOfBirth the PA's date of birth, a supported date, not null
     * @param apprenticeship the PA's apprenticeship, or null when not an apprentice
     * @param rates the minimum wage row for the period's first day, not null
     * @return the check, with the shortfall, not null
     * @throws InvalidValueException if an argument is null or a date unsupported
     */
    public static MinimumWageCheck check(PayRecord record, LocalDate dateOfBirth, @Nullable DateRange apprenticeship,
            MinimumWage rates) {
        Checks.CORE.notNull(record, "record");
        return measure(record, dateOfBirth, apprenticeship, rates, true);
    }

    /** Checks a pay record; when {@code always} is false, returns null for compliant pay without making figures. */
    private static @Nullable MinimumWageCheck measure(PayRecord record, LocalDate dateOfBirth,
            @Nullable DateRange apprenticeship, MinimumWage rates, boolean always) {
        LocalDate start = record.period().start();
        Gbp rate = hourlyMinimum(start, dateOfBirth, apprenticeship, rates);
        int age = age(dateOfBirth, start);
        long minutes = record.hours().countedMinutes();
        long required = Shares.up(rate.pence(), minutes, 60);
        long offsetAllowed = Math.multiplyExact(rates.accommodationOffsetPerDay().pence(), record.accommodationDays());
        long charge = record.accommodationCharge().pence();
        long offset = charge == 0 ? offsetAllowed : 0;
        long excess = Math.max(0, charge - offsetAllowed);
        long counted = record.grossPay().pence() + offset - excess;
        if (!always && counted >= required) {
            return null;
        }
        return new MinimumWageCheck(record.period().range(), age, apprenticeRate(start, age, apprenticeship), rate,
                minutes, Gbp.ofPence(required), record.grossPay(), Gbp.ofPence(offset), Gbp.ofPence(excess),
                Gbp.ofPence(counted), Gbp.ofPence(Math.max(0, required - counted)));
    }

    private static int age(LocalDate dateOfBirth, LocalDate on) {
        return Math.max(16, Ages.on(dateOfBirth, on));
    }

    private static boolean apprenticeRate(LocalDate start, int age, @Nullable DateRange apprenticeship) {
        return apprenticeship != null && apprenticeship.contains(start)
                && (age < 19 || start.isBefore(apprenticeship.start().plusYears(1)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        Missing missing = new Missing();
        LocalDate born = employment.personalAssistant().dateOfBirth();
        for (PayRecord record : employment.payRecords()) {
            if (!inScope(record, context)) {
                continue;
            }
            MinimumWage rates = rowOrNote(context, MinimumWage.class, record.period().start(), record, missing);
            if (rates == null) {
                continue;
            }
            MinimumWageCheck check = measure(record, born, employment.apprenticeship(), rates, false);
            if (check != null) {
                findings.accept(breach(message(record, check), List.of(record), null, check.shortfall(), check, rates));
            }
        }
        missing.report(this, "pay", findings);
    }

    private static String message(PayRecord record, MinimumWageCheck check) {
        return "Pay for " + check.period() + " is " + String.valueOf(check.minimumWagePay())
                + (check.accommodationOffset().isPositive() ? " (including "
                        + String.valueOf(check.accommodationOffset()) + " accommodation offset for "
                        + record.accommodationDays() + " days)" : "")
                + (check.accommodationChargeExcess().isPositive() ? " (after "
                        + String.valueOf(check.accommodationChargeExcess()) + " of the accommodation charge above the "
                        + "offset)" : "")
                + " for " + Format.hours(check.countedMinutes()) + " hours worked"
                + (record.hours().sleepInAsleepMinutes() > 0 ? " (sleep-in time asleep not counted)" : "")
                + "; the minimum is " + String.valueOf(check.hourlyMinimum()) + " an hour for age " + check.age()
                + (check.apprenticeRate() ? " (apprentice)" : "") + " on " + check.period().start() + ", "
                + String.valueOf(check.requiredPay()) + ": " + String.valueOf(check.shortfall()) + " short.";
    }
}
