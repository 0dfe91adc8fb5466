package org.carebudget.money.costing;

import java.math.RoundingMode;
import java.time.LocalDate;
import org.carebudget.core.employment.rules.EmployerNationalInsurance;
import org.carebudget.core.employment.rules.EmployerNiCalculation;
import org.carebudget.core.employment.rules.MinimumWageRule;
import org.carebudget.core.employment.rules.PensionAssessment;
import org.carebudget.core.employment.rules.PensionAutoEnrolment;
import org.carebudget.core.employment.rules.PensionCategory;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PayReferencePeriod;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.money.LedgerException;
import org.jspecify.annotations.Nullable;

/**
 * The weekly employer cost of one personal assistant on a support plan, paid weekly: gross wages
 * ({@code hourly rate x minutes / 60}, rounded half-up to the penny), employer National Insurance
 * ({@link EmployerNationalInsurance#calculate}), the employer's minimum pension contribution on qualifying earnings
 * ({@link PensionAutoEnrolment#assess}) and the minimum wage for the PA's age band on the week's first day
 * ({@link MinimumWageRule#hourlyMinimum}). Immutable and thread-safe.
 */
public final class WeeklyPaCost {

    /** The most minutes in a week: 7 x 24 x 60. */
    public static final long MAX_WEEKLY_MINUTES = 7L * 24 * 60;

    /** The highest hourly rate accepted: £10,000. */
    public static final long MAX_HOURLY_PENCE = 1_000_000L;

    private final Gbp gross;
    private final EmployerNiCalculation employerNi;
    private final PensionAssessment pension;
    private final Gbp minimumHourly;
    private final Gbp hourly;

    private WeeklyPaCost(Gbp hourly, Gbp gross, EmployerNiCalculation employerNi, PensionAssessment pension,
            Gbp minimumHourly) {
        this.hourly = hourly;
        this.gross = gross;
        this.employerNi = employerNi;
        this.pension = pension;
        this.minimumHourly = minimumHourly;
    }

    /**
     * Costs one week of a PA's work.
     *
     * @param weekStart the first day of the week (the pay reference period), a supported date, not null
     * @param hourly the hourly pay rate, £0 - £10,000, whole pence, not null
     * @param weeklyMinutes the minutes worked in the week, 0 - 10,080
     * @param dateOfBirth the PA's date of birth, a supported date, not null
     * @param apprenticeship the PA's statutory apprenticeship, or null when not an apprentice
     * @param figures the UK figures, holding employer-cost, pension and minimum-wage rows for {@code weekStart}
     * @return the cost, not null
     * @throws LedgerException if an argument is null or out of range, or a figures row is missing
     */
    public static WeeklyPaCost of(LocalDate weekStart, Gbp hourly, long weeklyMinutes, LocalDate dateOfBirth,
            @Nullable DateRange apprenticeship, UkFigures figures) {
        LedgerException.CHECKS.date(weekStart, "weekStart");
        LedgerException.CHECKS.notNull(hourly, "hourly");
        LedgerException.CHECKS.inRange(hourly.pence(), 0, MAX_HOURLY_PENCE, "hourly (pence)");
        LedgerException.CHECKS.inRange(weeklyMinutes, 0, MAX_WEEKLY_MINUTES, "weeklyMinutes");
        LedgerException.CHECKS.date(dateOfBirth, "dateOfBirth");
        LedgerException.CHECKS.notNull(figures, "figures");
        if (dateOfBirth.isAfter(weekStart)) {
            throw new LedgerException("dateOfBirth", "on or before weekStart " + weekStart, dateOfBirth.toString());
        }
        try {
            Gbp gross = hourly.timesRatio(weeklyMinutes, 60, RoundingMode.HALF_UP);
            EmployerNiCalculation ni = EmployerNationalInsurance.calculate(PayFrequency.WEEKLY, weekStart, gross,
                    dateOfBirth, apprenticeship, figures);
            PayReferencePeriod period = PayReferencePeriod.of(PaySchedule.of(PayFrequency.WEEKLY, weekStart),
                    DateRange.of(weekStart, weekStart.plusDays(7)));
            PensionAssessment pension = PensionAutoEnrolment.assess(period, gross, dateOfBirth, figures);
            Gbp minimum = MinimumWageRule.hourlyMinimum(weekStart, dateOfBirth, apprenticeship,
                    figures.on(MinimumWage.class, weekStart));
            return new WeeklyPaCost(hourly, gross, ni, pension, minimum);
        } catch (LedgerException e) {
            throw e;
        } catch (org.carebudget.core.InvalidValueException e) {
            throw new LedgerException("figures", "rows in force on " + weekStart, e.getMessage());
        }
    }

    /** @return gross wages for the week: hourly rate x minutes / 60, half-up to the penny, not null */
    public Gbp gross() {
        return gross;
    }

    /** @return core's employer NI calculation (its threshold, rate, relief and amount), not null */
    public EmployerNiCalculation employerNi() {
        return employerNi;
    }

    /** @return core's pension assessment (qualifying earnings and the employer's minimum), not null */
    public PensionAssessment pension() {
        return pension;
    }

    /** @return the minimum hourly wage for the PA's age band on the week's first day, not null */
    public Gbp minimumHourly() {
        return minimumHourly;
    }

    /** @return whether the hourly rate is below the minimum wage for the PA's age band */
    public boolean belowMinimumWage() {
        return hourly.pence() < minimumHourly.pence();
    }

    /**
     * Returns the employer's pension contribution the costing budgets for: core's employer minimum for an eligible
     * jobholder (enrolled automatically); zero for a non-eligible jobholder or entitled worker, who is enrolled only
     * on opting in (core's {@link PensionAssessment#employerMinimum()} still shows what opting in would cost).
     *
     * @return the budgeted pension contribution, not null
     */
    public Gbp budgetedPension() {
        return pension.category() == PensionCategory.ELIGIBLE_JOBHOLDER ? pension.employerMinimum() : Gbp.ofPence(0);
    }

    /** @return gross + employer NI + {@link #budgetedPension()}, not null */
    public Gbp total() {
        return gross.plus(employerNi.employerNi()).plus(budgetedPension());
    }
}
