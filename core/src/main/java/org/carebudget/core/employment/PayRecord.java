package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayReferencePeriod;

/**
 * What a PA was paid for one pay reference period. Pay records are evidence too: a minimum-wage finding names
 * the record it looked at. Immutable and thread-safe.
 *
 * @param period the pay reference period, not null
 * @param hours the time worked, by kind, not null
 * @param grossPay the gross pay for work in the period, excluding rolled-up holiday pay, zero or more
 * @param rolledUpHolidayPay rolled-up holiday pay shown as its own payslip line, zero or more
 * @param accommodationDays whole days the employer provided living accommodation, 0 - the days in the period
 * @param holidayAccruedMinutes holiday accrued in the period (irregular-hours and part-year workers), zero or more
 * @param employerPension the employer's pension contribution for the period, zero or more
 * @param employeePension the PA's own pension contribution for the period, zero or more
 */
public record PayRecord(PayReferencePeriod period, HoursWorked hours, Gbp grossPay, Gbp rolledUpHolidayPay,
        int accommodationDays, long holidayAccruedMinutes, Gbp employerPension, Gbp employeePension)
        implements Evidence {

    /**
     * Validates the record.
     *
     * @param period the pay reference period, not null
     * @param hours the time worked, by kind, not null
     * @param grossPay the gross pay for work, zero or more
     * @param rolledUpHolidayPay rolled-up holiday pay, zero or more
     * @param accommodationDays whole days accommodation was provided, 0 - the days in the period
     * @param holidayAccruedMinutes holiday accrued in the period in minutes, 0 - 527040
     * @param employerPension the employer's pension contribution, zero or more
     * @param employeePension the PA's pension contribution, zero or more
     * @throws InvalidValueException if a component is null or out of range
     */
    public PayRecord {
        InvalidValueException.requireNonNull(period, "payRecord.period");
        InvalidValueException.requireNonNull(hours, "payRecord.hours");
        notNegative(grossPay, "payRecord.grossPay");
        notNegative(rolledUpHolidayPay, "payRecord.rolledUpHolidayPay");
        InvalidValueException.requireInRange(accommodationDays, 0, period.range().days(), "payRecord.accommodationDays");
        InvalidValueException.requireInRange(holidayAccruedMinutes, 0, 366L * 24 * 60, "payRecord.holidayAccruedMinutes");
        notNegative(employerPension, "payRecord.employerPension");
        notNegative(employeePension, "payRecord.employeePension");
    }

    /**
     * Returns a record of time worked and gross pay only, with no holiday, accommodation or pension lines.
     *
     * @param period the pay reference period, not null
     * @param hours the time worked, not null
     * @param grossPay the gross pay for work, zero or more
     * @return the record, not null
     * @throws InvalidValueException if an argument is null or the pay is negative
     */
    public static PayRecord of(PayReferencePeriod period, HoursWorked hours, Gbp grossPay) {
        return new PayRecord(period, hours, grossPay, Gbp.ZERO, 0, 0, Gbp.ZERO, Gbp.ZERO);
    }

    /**
     * Returns a copy with a rolled-up holiday pay line.
     *
     * @param amount the rolled-up holiday pay, zero or more
     * @return the record, not null
     * @throws InvalidValueException if {@code amount} is null or negative
     */
    public PayRecord withRolledUpHolidayPay(Gbp amount) {
        return new PayRecord(period, hours, grossPay, amount, accommodationDays, holidayAccruedMinutes,
                employerPension, employeePension);
    }

    /**
     * Returns a copy with days of accommodation provided.
     *
     * @param days whole days, 0 - the days in the period
     * @return the record, not null
     * @throws InvalidValueException if {@code days} is out of range
     */
    public PayRecord withAccommodationDays(int days) {
        return new PayRecord(period, hours, grossPay, rolledUpHolidayPay, days, holidayAccruedMinutes,
                employerPension, employeePension);
    }

    /**
     * Returns a copy with holiday accrued in the period.
     *
     * @param minutes minutes accrued, 0 - 527040
     * @return the record, not null
     * @throws InvalidValueException if {@code minutes} is out of range
     */
    public PayRecord withHolidayAccruedMinutes(long minutes) {
        return new PayRecord(period, hours, grossPay, rolledUpHolidayPay, accommodationDays, minutes,
                employerPension, employeePension);
    }

    /**
     * Returns a copy with pension contributions.
     *
     * @param employer the employer's contribution, zero or more
     * @param employee the PA's contribution, zero or more
     * @return the record, not null
     * @throws InvalidValueException if an amount is null or negative
     */
    public PayRecord withPension(Gbp employer, Gbp employee) {
        return new PayRecord(period, hours, grossPay, rolledUpHolidayPay, accommodationDays, holidayAccruedMinutes,
                employer, employee);
    }

    /**
     * Returns the earnings for the period for pensions, employer National Insurance and PAYE: gross pay plus
     * rolled-up holiday pay (holiday pay is earnings for all three). The minimum wage counts gross pay for work
     * only, so it reads {@link #grossPay()} instead.
     *
     * @return the earnings, zero or more
     */
    public long earningsPence() {
        return grossPay.pence() + rolledUpHolidayPay.pence();
    }

    @Override
    public LocalDate evidenceDate() {
        return period.start();
    }

    private static void notNegative(Gbp amount, String field) {
        InvalidValueException.requireNonNull(amount, field);
        if (amount.isNegative()) {
            throw new InvalidValueException(field, "£0.00 or more", amount);
        }
    }
}
