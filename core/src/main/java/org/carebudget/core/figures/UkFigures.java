package org.carebudget.core.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.TaxYear;
import org.jspecify.annotations.Nullable;

/**
 * The effective-dated table of UK figures that change by date, England unless stated: one series of rows per kind
 * ({@link MinimumWage}, {@link EmployerCosts}, {@link PensionThresholds}, {@link SickPay}, {@link HolidayFigures},
 * {@link EmployersLiabilityFigures}, {@link WorkingTimeLimits}, {@link WrittenStatementContent}, or a vendor's own),
 * looked up by kind and date with {@link #on(Class, LocalDate)}. {@link #standard()} holds the figures in
 * {@code shared/UK-RULES.md}; a new April's figures are one {@link #with(DatedFigures)} call, so a vendor can add
 * them before the library is released with them, and {@link #replacing(DatedFigures)} overrides an unconfirmed row.
 *
 * <p>Figures are never carried past the dates they are known for: {@link #on} throws for a date no row covers,
 * naming the dates covered, and {@link #find} answers null, which the compliance rules report as a finding. In the
 * standard table the minimum wage is known from 1 April 2024 to 31 March 2027; employer costs and pension thresholds
 * for the tax years 2024/25 to 2026/27; sick pay for 2025/26 and 2026/27; holiday figures from 1 April 2024;
 * employers' liability cover from 1 January 1999; working-time limits from 6 April 2003; written statement content
 * from 6 April 2020. Immutable and thread-safe.
 */
public final class UkFigures {

    private static final Source NMW_2024 = Source.of("gov.uk/national-minimum-wage-rates (rates, C2); offset: "
            + "gov.uk/national-minimum-wage-accommodation, HMRC NMWM03080", Status.SECONDARY);
    private static final Source NMW_2026 = Source.of("gov.uk/national-minimum-wage-rates; government announcement of "
            + "the Low Pay Commission's recommendations for April 2026; gov.uk/national-minimum-wage-accommodation",
            Status.CONFIRMED);
    private static final Source EMPLOYER_2024 = Source.of("HMRC rates and thresholds for employers 2024 to 2025; "
            + "upper secondary threshold: gov.uk, paying employer NICs for apprentices under 25", Status.SECONDARY);
    private static final Source EMPLOYER = Source.of("HMRC rates and thresholds for employers; upper secondary "
            + "threshold: gov.uk, paying employer NICs for apprentices under 25; Employment Allowance: HMRC NIM06520",
            Status.SECONDARY);
    private static final Source PAYE_LEL = Source.of("PAYE registration at the lower earnings limit while it is "
            + "above the secondary threshold: LITRG, registering as an employer", Status.SECONDARY);
    private static final Source PAYE_2025 = Source.of("gov.uk/register-employer: PAYE from the secondary threshold "
            + "(£96 a week) in 2025/26", Status.SECONDARY);
    private static final Source PAYE_2026 = Source.of("PAYE registration threshold for 2026/27 assumed the same as "
            + "2025/26 (£96 a week, £417 a month): not confirmed", Status.UNCONFIRMED);
    private static final Source PENSION = Source.of("The Pensions Regulator, automatic enrolment earnings thresholds "
            + "(2024-2025 table; written statement HCWS1206, Dec 2025, for 2026/27); relief at source: basic rate 20%",
            Status.CONFIRMED);
    private static final Source SSP_2025 = Source.of("gov.uk/statutory-sick-pay (2025/26)", Status.SECONDARY);
    private static final Source SSP_2026 = Source.of("business.gov.uk employment changes, Statutory Sick Pay from "
            + "6 April 2026 (Employment Rights Act 2025): from the first full day of sickness absence, no earnings "
            + "threshold, the lower of the weekly rate and 80% of average weekly earnings (rule C; rate C2). Whether "
            + "the 4-day period of incapacity still applies is not confirmed: this row takes every day (U)",
            Status.SECONDARY);
    private static final Source HOLIDAY = Source.of("gov.uk/holiday-entitlement-rights; Working Time Regulations "
            + "1998 regs 13, 13A, 15B and 16A (irregular-hours and part-year workers, leave years from 1 April 2024)",
            Status.CONFIRMED);
    private static final Source HOLIDAY_RECORDS = Source.of("gov.uk/holiday-entitlement-rights; Working Time "
            + "Regulations 1998 reg. 16B (inserted by Employment Rights Act 2025 s. 35, in force 6 April 2026): "
            + "holiday records kept 6 years", Status.SECONDARY);
    private static final Source EMPLOYERS_LIABILITY = Source.of("Employers' Liability (Compulsory Insurance) Act "
            + "1969 s. 1; Employers' Liability (Compulsory Insurance) Regulations 1998 reg. 3; "
            + "gov.uk/employers-liability-insurance", Status.CONFIRMED);
    private static final Source WORKING_TIME = Source.of("Working Time Regulations 1998 regs 4 and 5A (5A inserted "
            + "by SI 2002/3128 from 6 April 2003)", Status.CONFIRMED);
    private static final Source STATEMENT = Source.of("Employment Rights Act 1996 s. 1, as amended from 6 April 2020 "
            + "(gov.uk/employment-contracts-and-conditions)", Status.SECONDARY);
    private static final Source STATEMENT_TRADE_UNION = Source.of("Employment Rights Act 2025: a statement of the "
            + "right to join a trade union with the written statement from October 2026; date and form not "
            + "confirmed", Status.UNCONFIRMED);

    private static final Map<Class<?>, String> NAMES = Map.of(MinimumWage.class, "minimum wage",
            EmployerCosts.class, "employer costs", PensionThresholds.class, "pension", SickPay.class, "sick pay",
            HolidayFigures.class, "holiday", EmployersLiabilityFigures.class, "employers' liability",
            WorkingTimeLimits.class, "working time", WrittenStatementContent.class, "written statement content");

    private static final UkFigures EMPTY = new UkFigures(Map.of());
    private static final UkFigures STANDARD = buildStandard();

    private final Map<Class<?>, FigureSeries<?>> series;

    private UkFigures(Map<Class<?>, FigureSeries<?>> series) {
        this.series = series;
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
     * Returns a table with no rows, to fill with {@link #with(DatedFigures)} (tests, or a vendor's own figures).
     *
     * @return the empty table, not null
     */
    public static UkFigures empty() {
        return EMPTY;
    }

    /**
     * Returns the row of a kind in force on a date (for pay, the first day of the pay reference period, or the pay
     * date for a tax year's figures).
     *
     * @param <T> the row type
     * @param kind the kind of row, such as {@code MinimumWage.class}, not null
     * @param date the date, a supported date, not null
     * @return the row, not null
     * @throws InvalidValueException if an argument is null, the date unsupported, or no row of the kind covers it
     */
    public <T extends DatedFigures> T on(Class<T> kind, LocalDate date) {
        T row = find(kind, date);
        if (row == null) {
            FigureSeries<?> rows = series.get(kind);
            throw new InvalidValueException("date", "a date with " + nameOf(kind) + " figures: "
                    + (rows == null ? "none in this table" : rows.coverage()), date);
        }
        return row;
    }

    /**
     * Returns the row of a kind in force on a date if the table holds one, for a rule that reports missing figures
     * rather than failing, or looks ahead to a date the table may not reach yet.
     *
     * @param <T> the row type
     * @param kind the kind of row, not null
     * @param date the date, a supported date, not null
     * @return the row, or null if none of the kind covers {@code date}
     * @throws InvalidValueException if an argument is null or the date unsupported
     */
    public <T extends DatedFigures> @Nullable T find(Class<T> kind, LocalDate date) {
        Checks.CORE.notNull(kind, "kind");
        Checks.CORE.date(date, "date");
        FigureSeries<?> rows = series.get(kind);
        return rows == null ? null : kind.cast(rows.find(date));
    }

    /**
     * Returns the rows of one kind by start date.
     *
     * @param <T> the row type
     * @param kind the kind of row, not null
     * @return the rows, unmodifiable, possibly empty, not null
     * @throws InvalidValueException if {@code kind} is null
     */
    public <T extends DatedFigures> List<T> rowsOf(Class<T> kind) {
        FigureSeries<?> rows = series.get(Checks.CORE.notNull(kind, "kind"));
        if (rows == null) {
            return List.of();
        }
        List<T> typed = new ArrayList<>(rows.rows().size());
        for (Object row : rows.rows()) {
            typed.add(kind.cast(row));
        }
        return List.copyOf(typed);
    }

    /**
     * Returns a name for a kind of row, as messages use it ({@code "minimum wage"}).
     *
     * @param kind the kind, not null
     * @return the name, not null
     * @throws InvalidValueException if {@code kind} is null
     */
    public static String nameOf(Class<? extends DatedFigures> kind) {
        String name = NAMES.get(Checks.CORE.notNull(kind, "kind"));
        return name != null ? name : kind.getSimpleName();
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
     * Returns every row of the table, each kind in the order first added, each kind by start date.
     *
     * @return the rows, unmodifiable, not null
     */
    public List<DatedFigures> rows() {
        List<DatedFigures> all = new ArrayList<>();
        for (FigureSeries<?> rows : series.values()) {
            all.addAll(rows.rows());
        }
        return List.copyOf(all);
    }

    /**
     * Returns a copy of this table with one more row of the row's kind.
     *
     * @param row the row, not null, whose dates overlap no row of the same kind
     * @return the new table, not null
     * @throws InvalidValueException if {@code row} is null or overlaps a row of the same kind
     */
    public UkFigures with(DatedFigures row) {
        return add(row, false);
    }

    /**
     * Returns a copy of this table with a row in place of every row of the same kind whose dates it overlaps: a
     * vendor's confirmed figure for an unconfirmed one.
     *
     * @param row the row, not null
     * @return the new table, not null
     * @throws InvalidValueException if {@code row} is null
     */
    public UkFigures replacing(DatedFigures row) {
        return add(row, true);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private UkFigures add(@Nullable DatedFigures row, boolean replace) {
        Checks.CORE.notNull(row, "row");
        Class<?> kind = row.getClass();
        Map<Class<?>, FigureSeries<?>> next = new LinkedHashMap<>(series);
        FigureSeries existing = series.get(kind);
        if (existing == null) {
            existing = new FigureSeries<>(nameOf((Class) kind), List.of());
        }
        next.put(kind, replace ? existing.replacing(row) : existing.with(row));
        return new UkFigures(next);
    }

    private static UkFigures buildStandard() {
        return empty()
                // Minimum wage, per hour; the rate in force on the first day of the pay reference period applies.
                .with(MinimumWage.from(date(2024, 4, 1)).until(date(2025, 4, 1))
                        .nationalLivingWage(gbp("11.44"), 21).youngAdultRate(gbp("8.60")).age16To17(gbp("6.40"))
                        .apprentice(gbp("6.40")).accommodationOffsetPerDay(gbp("9.99")).source(NMW_2024).build())
                .with(MinimumWage.from(date(2025, 4, 1)).until(date(2026, 4, 1))
                        .nationalLivingWage(gbp("12.21"), 21).youngAdultRate(gbp("10.00")).age16To17(gbp("7.55"))
                        .apprentice(gbp("7.55")).accommodationOffsetPerDay(gbp("10.66")).source(NMW_2024).build())
                .with(MinimumWage.from(date(2026, 4, 1)).until(date(2027, 4, 1))
                        .nationalLivingWage(gbp("12.71"), 21).youngAdultRate(gbp("10.85")).age16To17(gbp("8.00"))
                        .apprentice(gbp("8.00")).accommodationOffsetPerDay(gbp("11.10")).source(NMW_2026).build())
                // Employer costs by tax year: NICs, the young-worker threshold, Employment Allowance, PAYE.
                .with(EmployerCosts.forTaxYear(TaxYear.startingIn(2024)).secondaryRateBasisPoints(1_380)
                        .secondaryThreshold(gbp("175"), gbp("758"), gbp("9,100"))
                        .upperSecondaryThreshold(gbp("967"), gbp("4,189"), gbp("50,270"))
                        .lowerEarningsLimitWeekly(gbp("123")).employmentAllowance(gbp("5,000"))
                        .payeThreshold(gbp("123"), gbp("533"), PAYE_LEL).source(EMPLOYER_2024).build())
                .with(EmployerCosts.forTaxYear(TaxYear.startingIn(2025)).secondaryRateBasisPoints(1_500)
                        .secondaryThreshold(gbp("96"), gbp("417"), gbp("5,000"))
                        .upperSecondaryThreshold(gbp("967"), gbp("4,189"), gbp("50,270"))
                        .lowerEarningsLimitWeekly(gbp("125")).employmentAllowance(gbp("10,500"))
                        .payeThreshold(gbp("96"), gbp("417"), PAYE_2025).source(EMPLOYER).build())
                .with(EmployerCosts.forTaxYear(TaxYear.startingIn(2026)).secondaryRateBasisPoints(1_500)
                        .secondaryThreshold(gbp("96"), gbp("417"), gbp("5,000"))
                        .upperSecondaryThreshold(gbp("967"), gbp("4,189"), gbp("50,270"))
                        .lowerEarningsLimitWeekly(gbp("129")).employmentAllowance(gbp("10,500"))
                        .payeThreshold(gbp("96"), gbp("417"), PAYE_2026).source(EMPLOYER).build())
                // Workplace pension: trigger and qualifying earnings per pay period, unchanged 2024/25 to 2026/27.
                .with(pension(2024))
                .with(pension(2025))
                .with(pension(2026))
                // Statutory Sick Pay.
                .with(SickPay.from(date(2025, 4, 6)).until(date(2026, 4, 6)).weeklyRate(gbp("118.75"))
                        .waitingDays(3).lowerEarningsLimitWeekly(gbp("125")).minimumIncapacityDays(4)
                        .maximumWeeks(28).source(SSP_2025).build())
                .with(SickPay.from(date(2026, 4, 6)).until(date(2027, 4, 6)).weeklyRate(gbp("123.25"))
                        .averageEarningsCapPercent(80).waitingDays(0).minimumIncapacityDays(1).maximumWeeks(28)
                        .source(SSP_2026).build())
                // Holiday: 5.6 weeks capped at 28 days; 12.07% for leave years from 1 April 2024; records 6 years.
                .with(HolidayFigures.from(date(2024, 4, 1)).until(date(2026, 4, 6)).leavePerYear(56, 28)
                        .irregularHoursAccrual(1_207, date(2024, 4, 1)).source(HOLIDAY).build())
                .with(HolidayFigures.from(date(2026, 4, 6)).leavePerYear(56, 28)
                        .irregularHoursAccrual(1_207, date(2024, 4, 1)).recordRetentionYears(6)
                        .source(HOLIDAY_RECORDS).build())
                // Employers' liability: at least £5 million from an authorised insurer.
                .with(EmployersLiabilityFigures.from(date(1999, 1, 1))
                        .minimumCover(gbp("5,000,000"), EMPLOYERS_LIABILITY))
                // Working time: 48 hours averaged over 17 weeks; under 18, 8 hours a day and 40 a week.
                .with(WorkingTimeLimits.from(date(2003, 4, 6)).averageWeeklyHours(48, 17).youngWorkerHours(8, 40)
                        .source(WORKING_TIME).build())
                // Written statement: day-one particulars; the right to join a trade union from October 2026 (U).
                .with(WrittenStatementContent.particularsOnly(DateRange.of(date(2020, 4, 6), date(2026, 10, 1)),
                        STATEMENT))
                .with(WrittenStatementContent.withTradeUnionRightStatement(DateRange.startingOn(date(2026, 10, 1)),
                        STATEMENT_TRADE_UNION));
    }

    private static PensionThresholds pension(int year) {
        return PensionThresholds.forTaxYear(TaxYear.startingIn(year))
                .weekly(PensionBand.trigger(gbp("192")).qualifyingEarnings(gbp("120"), gbp("967")))
                .fortnightly(PensionBand.trigger(gbp("384")).qualifyingEarnings(gbp("240"), gbp("1,934")))
                .fourWeekly(PensionBand.trigger(gbp("768")).qualifyingEarnings(gbp("480"), gbp("3,867")))
                .monthly(PensionBand.trigger(gbp("833")).qualifyingEarnings(gbp("520"), gbp("4,189")))
                .yearly(PensionBand.trigger(gbp("10,000")).qualifyingEarnings(gbp("6,240"), gbp("50,270")))
                .minimumContributions(300, 800).basicRateReliefBasisPoints(2_000).source(PENSION).build();
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Gbp gbp(String pounds) {
        return Gbp.parse(pounds);
    }
}
