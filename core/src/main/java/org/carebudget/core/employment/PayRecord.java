package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayReferencePeriod;
import org.jspecify.annotations.Nullable;

/**
 * What a PA was paid for one pay reference period, and when. Pay records are evidence too: a finding names the
 * record it looked at.
 *
 * <p>The pay date decides the tax year for employer NI and PAYE (the tax year of a payment follows its pay date);
 * the period decides the minimum wage and pension figures. Lines: gross pay for work; rolled-up holiday pay as its
 * own payslip line; sick pay paid in the period; days of living accommodation provided and what the PA was charged
 * for it; holiday accrued; pension contributions. Every amount is at most £10 million and the earnings (their sum)
 * fit a {@link Gbp}, so no sum overflows.
 *
 * <p>Built by {@link #builder}; immutable and thread-safe.
 */
public final class PayRecord implements Evidence {

    /** The largest amount on one line: £10 million. */
    public static final Gbp MAX_LINE = Gbp.ofPence(1_000_000_000L);

    private final PayReferencePeriod period;
    private final LocalDate paidOn;
    private final HoursWorked hours;
    private final Gbp grossPay;
    private final Gbp rolledUpHolidayPay;
    private final Gbp sickPay;
    private final int accommodationDays;
    private final Gbp accommodationCharge;
    private final long holidayAccruedMinutes;
    private final Gbp employerPension;
    private final Gbp employeePension;
    private final Gbp earnings;

    private PayRecord(Builder b) {
        this.period = b.period;
        this.paidOn = b.paidOn;
        this.hours = b.hours;
        this.grossPay = b.grossPay;
        this.rolledUpHolidayPay = b.rolledUpHolidayPay;
        this.sickPay = b.sickPay;
        this.accommodationDays = b.accommodationDays;
        this.accommodationCharge = b.accommodationCharge;
        this.holidayAccruedMinutes = b.holidayAccruedMinutes;
        this.employerPension = b.employerPension;
        this.employeePension = b.employeePension;
        this.earnings = grossPay.plus(rolledUpHolidayPay).plus(sickPay);
    }

    /**
     * Starts a pay record.
     *
     * @param period the pay reference period, not null
     * @param paidOn the pay date, a supported date on or after the period's first day, not null
     * @param hours the time worked, by kind, not null
     * @param grossPay the gross pay for work in the period, excluding rolled-up holiday pay and sick pay, £0 - £10m
     * @return a builder, not null; not thread-safe
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static Builder builder(PayReferencePeriod period, LocalDate paidOn, HoursWorked hours, Gbp grossPay) {
        Checks.CORE.notNull(period, "payRecord.period");
        Checks.CORE.date(period.start(), "payRecord.period");
        Checks.CORE.date(paidOn, "payRecord.paidOn");
        if (paidOn.isBefore(period.start())) {
            throw new InvalidValueException("payRecord.paidOn", "on or after the period's first day " + period.start(),
                    paidOn);
        }
        return new Builder(period, paidOn, Checks.CORE.notNull(hours, "payRecord.hours"),
                line(grossPay, "payRecord.grossPay"));
    }

    /**
     * Returns a record of time worked and gross pay only.
     *
     * @param period the pay reference period, not null
     * @param paidOn the pay date, a supported date on or after the period's first day, not null
     * @param hours the time worked, not null
     * @param grossPay the gross pay for work, £0 - £10m
     * @return the record, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static PayRecord of(PayReferencePeriod period, LocalDate paidOn, HoursWorked hours, Gbp grossPay) {
        return builder(period, paidOn, hours, grossPay).build();
    }

    private static Gbp line(@Nullable Gbp amount, String field) {
        Checks.CORE.notNull(amount, field);
        if (amount.isNegative() || amount.compareTo(MAX_LINE) > 0) {
            throw new InvalidValueException(field, "£0.00 - " + MAX_LINE, amount);
        }
        return amount;
    }

    /**
     * Returns the pay reference period.
     *
     * @return the period, not null
     */
    public PayReferencePeriod period() {
        return period;
    }

    /**
     * Returns the pay date, which decides the tax year for employer NI and PAYE.
     *
     * @return the date, not null
     */
    public LocalDate paidOn() {
        return paidOn;
    }

    /**
     * Returns the time worked, by kind.
     *
     * @return the hours, not null
     */
    public HoursWorked hours() {
        return hours;
    }

    /**
     * Returns the gross pay for work, which is what the minimum wage counts.
     *
     * @return zero or more
     */
    public Gbp grossPay() {
        return grossPay;
    }

    /**
     * Returns rolled-up holiday pay shown as its own payslip line.
     *
     * @return zero or more
     */
    public Gbp rolledUpHolidayPay() {
        return rolledUpHolidayPay;
    }

    /**
     * Returns sick pay (statutory and contractual) paid in the period.
     *
     * @return zero or more
     */
    public Gbp sickPay() {
        return sickPay;
    }

    /**
     * Returns the whole days the employer provided living accommodation.
     *
     * @return 0 - the days in the period
     */
    public int accommodationDays() {
        return accommodationDays;
    }

    /**
     * Returns what the PA was charged (deducted or paid) for that accommodation for the period; zero when free.
     *
     * @return zero or more
     */
    public Gbp accommodationCharge() {
        return accommodationCharge;
    }

    /**
     * Returns the holiday accrued in the period (irregular-hours and part-year workers).
     *
     * @return minutes, 0 - 527040
     */
    public long holidayAccruedMinutes() {
        return holidayAccruedMinutes;
    }

    /**
     * Returns the employer's pension contribution for the period.
     *
     * @return zero or more
     */
    public Gbp employerPension() {
        return employerPension;
    }

    /**
     * Returns the PA's own pension contribution for the period, as deducted: gross under a net pay arrangement,
     * net of basic-rate relief under relief at source.
     *
     * @return zero or more
     */
    public Gbp employeePension() {
        return employeePension;
    }

    /**
     * Returns the earnings for pensions, employer National Insurance and PAYE: gross pay plus rolled-up holiday pay
     * plus sick pay (all are earnings for the three). The minimum wage counts gross pay for work only.
     *
     * @return the earnings, zero or more, at most £30 million
     */
    public Gbp earnings() {
        return earnings;
    }

    @Override
    public LocalDate evidenceDate() {
        return period.start();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PayRecord r && r.period.equals(period) && r.paidOn.equals(paidOn) && r.hours.equals(hours)
                && r.grossPay.equals(grossPay) && r.rolledUpHolidayPay.equals(rolledUpHolidayPay)
                && r.sickPay.equals(sickPay) && r.accommodationDays == accommodationDays
                && r.accommodationCharge.equals(accommodationCharge) && r.holidayAccruedMinutes == holidayAccruedMinutes
                && r.employerPension.equals(employerPension) && r.employeePension.equals(employeePension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, paidOn, hours, grossPay, rolledUpHolidayPay, sickPay, accommodationDays,
                accommodationCharge, holidayAccruedMinutes, employerPension, employeePension);
    }

    @Override
    public String toString() {
        return "PayRecord[" + period.range() + " paid " + paidOn + ": " + grossPay + "]";
    }

    /** Builds a {@link PayRecord}. Mutable and not thread-safe; each setter checks its value. */
    public static final class Builder {

        private final PayReferencePeriod period;
        private final LocalDate paidOn;
        private final HoursWorked hours;
        private final Gbp grossPay;
        private Gbp rolledUpHolidayPay = Gbp.ZERO;
        private Gbp sickPay = Gbp.ZERO;
        private int accommodationDays;
        private Gbp accommodationCharge = Gbp.ZERO;
        private long holidayAccruedMinutes;
        private Gbp employerPension = Gbp.ZERO;
        private Gbp employeePension = Gbp.ZERO;

        private Builder(PayReferencePeriod period, LocalDate paidOn, HoursWorked hours, Gbp grossPay) {
            this.period = period;
            this.paidOn = paidOn;
            this.hours = hours;
            this.grossPay = grossPay;
        }

        /**
         * Sets the rolled-up holiday pay line.
         *
         * @param amount £0 - £10m
         * @return this builder
         * @throws InvalidValueException if {@code amount} is null or out of range
         */
        public Builder rolledUpHolidayPay(Gbp amount) {
            this.rolledUpHolidayPay = line(amount, "payRecord.rolledUpHolidayPay");
            return this;
        }

        /**
         * Sets the sick pay paid in the period.
         *
         * @param amount £0 - £10m
         * @return this builder
         * @throws InvalidValueException if {@code amount} is null or out of range
         */
        public Builder sickPay(Gbp amount) {
            this.sickPay = line(amount, "payRecord.sickPay");
            return this;
        }

        /**
         * Records living accommodation the employer provided, and what the PA was charged for it in the period.
         *
         * @param days whole days provided, 0 - the days in the period
         * @param chargeForPeriod what was deducted or paid for it in the period, £0 (free) - £10m
         * @return this builder
         * @throws InvalidValueException if a value is null or out of range
         */
        public Builder accommodation(int days, Gbp chargeForPeriod) {
            Checks.CORE.inRange(days, 0, period.range().days(), "payRecord.accommodationDays");
            this.accommodationCharge = line(chargeForPeriod, "payRecord.accommodationCharge");
            this.accommodationDays = days;
            return this;
        }

        /**
         * Sets the holiday accrued in the period.
         *
         * @param minutes 0 - 527040
         * @return this builder
         * @throws InvalidValueException if out of range
         */
        public Builder holidayAccruedMinutes(long minutes) {
            this.holidayAccruedMinutes = Checks.CORE.inRange(minutes, 0, HoursWorked.MAX_MINUTES,
                    "payRecord.holidayAccruedMinutes");
            return this;
        }

        /**
         * Sets the pension contributions for the period.
         *
         * @param employer the employer's contribution, £0 - £10m
         * @param employee the PA's contribution as deducted, £0 - £10m
         * @return this builder
         * @throws InvalidValueException if an amount is null or out of range
         */
        public Builder pension(Gbp employer, Gbp employee) {
            Gbp checkedEmployer = line(employer, "payRecord.employerPension");
            this.employeePension = line(employee, "payRecord.employeePension");
            this.employerPension = checkedEmployer;
            return this;
        }

        /**
         * Builds the record. The builder is unchanged.
         *
         * @return the record, not null
         */
        public PayRecord build() {
            return new PayRecord(this);
        }
    }
}
