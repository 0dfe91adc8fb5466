package org.carebudget.core.figures;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.TaxYear;

/**
 * The effective-dated table of UK figures that change by date, England unless stated. {@link #standard()} holds
 * the figures in {@code shared/UK-RULES.md}; a new April's figures are one {@code with(...)} call, so a vendor
 * can add them before the library is released with them.
 *
 * <p>A lookup for a date that no row covers throws {@link InvalidValueException} naming the dates covered:
 * figures are never carried past the dates they are known for. In the standard table the minimum wage is known
 * from 1 April 2024 to 31 March 2027, employer costs, pension thresholds and sick pay for the tax years 2025/26
 * and 2026/27, holiday accrual from 1 April 2024 on, and employer duties (employers' liability cover, working-time
 * limits) from 1 January 1999 on. Immutable and thread-safe.
 */
public final class UkFigures {

    private static final Source NMW_2024 = Source.of("gov.uk/national-minimum-wage-rates; offset: "
            + "gov.uk/national-minimum-wage-accommodation, HMRC NMWM03080", Status.SECONDARY);
    private static final Source NMW_2026 = Source.of("gov.uk/national-minimum-wage-rates; "
            + "gov.uk/national-minimum-wage-accommodation", Status.SECONDARY);
    private static final Source EMPLOYER = Source.of("HMRC rates and thresholds for employers; Employment Allowance: "
            + "HMRC NIM06520", Status.SECONDARY);
    private static final Source PENSION = Source.of("The Pensions Regulator, earnings thresholds; written statement "
            + "HCWS1206 (Dec 2025)", Status.CONFIRMED);
    private static final Source SSP_2025 = Source.of("gov.uk/statutory-sick-pay", Status.SECONDARY);
    private static final Source SSP_2026 = Source.of("gov.uk/statutory-sick-pay; Employment Rights Act 2025 "
            + "(from 6 April 2026: first day, no earnings threshold)", Status.SECONDARY);
    private static final Source HOLIDAY = Source.of("gov.uk/holiday-entitlement-rights; Working Time Regulations "
            + "1998 reg. 15B (irregular-hours and part-year workers)", Status.CONFIRMED);
    private static final Source DUTIES = Source.of("Employers' Liability (Compulsory Insurance) Regulations 1998 "
            + "reg. 3, gov.uk/employers-liability-insurance; Working Time Regulations 1998 regs 4 and 5A",
            Status.CONFIRMED);

    private static final UkFigures STANDARD = buildStandard();

    private final FigureSeries<MinimumWage> minimumWage;
    private final FigureSeries<EmployerCosts> employerCosts;
    private final FigureSeries<PensionThresholds> pension;
    private final FigureSeries<SickPay> sickPay;
    private final FigureSeries<HolidayFigures> holiday;
    private final FigureSeries<EmployerDuties> duties;

    private UkFigures(FigureSeries<MinimumWage> minimumWage, FigureSeries<EmployerCosts> employerCosts,
            FigureSeries<PensionThresholds> pension, FigureSeries<SickPay> sickPay, FigureSeries<HolidayFigures> holiday,
            FigureSeries<EmployerDuties> duties) {
        this.minimumWage = minimumWage;
        this.employerCosts = employerCosts;
        this.pension = pension;
        this.sickPay = sickPay;
        this.holiday = holiday;
        this.duties = duties;
    }

    /**
     * Returns the figures from UK-RULES.md.
     *
     * @return the standard table, not null
     */
    public static UkFigures standard() {
        return STANDARD;
    }

    /**
     * Returns a table with no rows, to fill with {@code with(...)} (tests, or a vendor's own figures).
     *
     * @return the empty table, not null
     */
    public static UkFigures empty() {
        return new UkFigures(new FigureSeries<>("minimum wage", List.of()),
                new FigureSeries<>("employer costs", List.of()), new FigureSeries<>("pension", List.of()),
                new FigureSeries<>("sick pay", List.of()), new FigureSeries<>("holiday", List.of()),
                new FigureSeries<>("employer duties", List.of()));
    }

    /**
     * Returns the minimum wage rates in force on a date (for pay, the first day of the pay reference period).
     *
     * @param date the date, not null
     * @return the rates, not null
     * @throws InvalidValueException if {@code date} is null or no row covers it
     */
    public MinimumWage minimumWageOn(LocalDate date) {
        return minimumWage.on(date);
    }

    /**
     * Returns the employer NI and PAYE figures for the tax year containing a date.
     *
     * @param date the date, not null
     * @return the figures, not null
     * @throws InvalidValueException if {@code date} is null or no row covers it
     */
    public EmployerCosts employerCostsOn(LocalDate date) {
        return employerCosts.on(date);
    }

    /**
     * Returns the workplace pension thresholds for the tax year containing a date.
     *
     * @param date the date, not null
     * @return the thresholds, not null
     * @throws InvalidValueException if {@code date} is null or no row covers it
     */
    public PensionThresholds pensionOn(LocalDate date) {
        return pension.on(date);
    }

    /**
     * Returns the Statutory Sick Pay figures in force on a date.
     *
     * @param date the date, not null
     * @return the figures, not null
     * @throws InvalidValueException if {@code date} is null or no row covers it
     */
    public SickPay sickPayOn(LocalDate date) {
        return sickPay.on(date);
    }

    /**
     * Returns the holiday figures in force on a date.
     *
     * @param date the date, not null
     * @return the figures, not null
     * @throws InvalidValueException if {@code date} is null or no row covers it
     */
    public HolidayFigures holidayOn(LocalDate date) {
        return holiday.on(date);
    }

    /**
     * Returns the employer's duties figures (employers' liability cover, working-time limits) in force on a date.
     *
     * @param date the date, not null
     * @return the figures, not null
     * @throws InvalidValueException if {@code date} is null or no row covers it
     */
    public EmployerDuties employerDutiesOn(LocalDate date) {
        return duties.on(date);
    }

    /**
     * Returns the State Pension age timetable (by date of birth, not by date, so not a row of the table).
     *
     * @return the timetable, not null
     */
    public StatePensionAge statePensionAge() {
        return StatePensionAge.standard();
    }

    /**
     * Returns every row of the table, minimum wage first, each series by start date.
     *
     * @return the rows, unmodifiable, not null
     */
    public List<DatedFigures> rows() {
        List<DatedFigures> all = new java.util.ArrayList<>();
        all.addAll(minimumWage.rows());
        all.addAll(employerCosts.rows());
        all.addAll(pension.rows());
        all.addAll(sickPay.rows());
        all.addAll(holiday.rows());
        all.addAll(duties.rows());
        return List.copyOf(all);
    }

    /**
     * Returns a copy of this table with one more row of the row's kind.
     *
     * @param row the row, not null, whose dates overlap no row of the same kind
     * @return the new table, not null
     * @throws InvalidValueException if {@code row} is null, of an unknown kind, or overlaps an existing row
     */
    public UkFigures with(DatedFigures row) {
        InvalidValueException.requireNonNull(row, "row");
        if (row instanceof MinimumWage) {
            return new UkFigures(minimumWage.with((MinimumWage) row), employerCosts, pension, sickPay, holiday, duties);
        } else if (row instanceof EmployerCosts) {
            return new UkFigures(minimumWage, employerCosts.with((EmployerCosts) row), pension, sickPay, holiday, duties);
        } else if (row instanceof PensionThresholds) {
            return new UkFigures(minimumWage, employerCosts, pension.with((PensionThresholds) row), sickPay, holiday, duties);
        } else if (row instanceof SickPay) {
            return new UkFigures(minimumWage, employerCosts, pension, sickPay.with((SickPay) row), holiday, duties);
        } else if (row instanceof HolidayFigures) {
            return new UkFigures(minimumWage, employerCosts, pension, sickPay, holiday.with((HolidayFigures) row), duties);
        }
        if (row instanceof EmployerDuties) {
            return new UkFigures(minimumWage, employerCosts, pension, sickPay, holiday, duties.with((EmployerDuties) row));
        }
        throw new InvalidValueException("row", "MinimumWage, EmployerCosts, PensionThresholds, SickPay, HolidayFigures or EmployerDuties",
                row.getClass().getName());
    }

    private static UkFigures buildStandard() {
        UkFigures t = empty();
        t = t.with(nmw(2024, 1144, 860, 640, 640, 999, NMW_2024));
        t = t.with(nmw(2025, 1221, 1000, 755, 755, 1066, NMW_2024));
        t = t.with(nmw(2026, 1271, 1085, 800, 800, 1110, NMW_2026));
        t = t.with(employer(2025, 12_500));
        t = t.with(employer(2026, 12_900));
        t = t.with(pension(2025));
        t = t.with(pension(2026));
        t = t.with(new SickPay(TaxYear.startingIn(2025).range(), pence(11_875), 0, 3, true, SSP_2025));
        t = t.with(new SickPay(TaxYear.startingIn(2026).range(), pence(12_325), 80, 0, false, SSP_2026));
        t = t.with(new HolidayFigures(DateRange.startingOn(LocalDate.of(2024, 4, 1)), 1207, 56, 28, HOLIDAY));
        t = t.with(new EmployerDuties(DateRange.startingOn(LocalDate.of(1999, 1, 1)), pence(500_000_000), 48, 17, 40,
                DUTIES));
        return t;
    }

    private static MinimumWage nmw(int year, long nlw, long age18To20, long under18, long apprentice, long offset,
            Source source) {
        return new MinimumWage(DateRange.of(LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 4, 1)), pence(nlw),
                pence(age18To20), pence(under18), pence(apprentice), pence(offset), source);
    }

    private static EmployerCosts employer(int year, long lowerEarningsLimitWeekly) {
        return new EmployerCosts(TaxYear.startingIn(year).range(), 1500, pence(9_600), pence(41_700), pence(500_000),
                pence(lowerEarningsLimitWeekly), pence(1_050_000), pence(9_600), pence(41_700), EMPLOYER);
    }

    private static PensionThresholds pension(int year) {
        // Weekly, 4-weekly, monthly and yearly figures are in UK-RULES.md; fortnightly (384/240/1934) and the
        // 4-weekly trigger (768) are the same TPR table's, twice the weekly and 4 x the weekly trigger.
        return new PensionThresholds(TaxYear.startingIn(year).range(), PensionBand.ofPounds(192, 120, 967),
                PensionBand.ofPounds(384, 240, 1_934), PensionBand.ofPounds(768, 480, 3_867),
                PensionBand.ofPounds(833, 520, 4_189), PensionBand.ofPounds(10_000, 6_240, 50_270), 300, 800, PENSION);
    }

    private static Gbp pence(long pence) {
        return Gbp.ofPence(pence);
    }
}
