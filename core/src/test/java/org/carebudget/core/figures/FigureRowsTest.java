package org.carebudget.core.figures;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of each kind of figures row and of {@link Source}. */
class FigureRowsTest {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final Source SOURCE = Source.of("gov.uk/example", Status.SECONDARY);
    private static final Gbp ONE = Gbp.ofPence(100);

    private static MinimumWage.Builder nmw() {
        return MinimumWage.from(APRIL).until(APRIL.plusYears(1)).nationalLivingWage(Gbp.parse("12.71"), 21)
                .youngAdultRate(Gbp.parse("10.85")).age16To17(Gbp.parse("8.00")).apprentice(Gbp.parse("8.00"))
                .accommodationOffsetPerDay(Gbp.parse("11.10")).source(SOURCE);
    }

    @Test
    void givenSource_thenTextNamesCitationAndStatus() {
        assertEquals("gov.uk/example (SECONDARY)", SOURCE.toString());
        assertInvalid(() -> Source.of(" ", Status.CONFIRMED), "citation", "non-blank");
    }

    @Test
    void givenMinimumWageBuilder_thenEveryRateIsCheckedNamingIt() {
        assertInvalid(() -> nmw().nationalLivingWage(Gbp.ZERO, 21).build(), "minimumWage.nationalLivingWage",
                "above £0.00", "£0.00");
        assertInvalid(() -> nmw().nationalLivingWage(ONE, 26).build(), "minimumWage.nationalLivingWageAge", "18 - 25");
        assertInvalid(() -> nmw().age16To17(Gbp.ofPence(-1)).build(), "minimumWage.age16To17", "above £0.00");
        assertInvalid(() -> nmw().accommodationOffsetPerDay(Gbp.ofPence(-1)).build(),
                "minimumWage.accommodationOffsetPerDay", "£0.00 - £10000.00");
        assertInvalid(() -> nmw().nationalLivingWage(Gbp.MAX, 21).build(), "minimumWage.nationalLivingWage",
                "at most £10000.00");
        assertInvalid(() -> MinimumWage.from(APRIL).build(), "minimumWage.nationalLivingWage", "not null");
        assertInvalid(() -> nmw().until(APRIL).build(), "minimumWage.inForce.end", "after the start");
        assertInvalid(() -> MinimumWage.from(LocalDate.MIN), "minimumWage.start", "1900-01-01 - 2200-12-31");
    }

    @Test
    void givenTheNationalLivingWageFrom18_thenNoYoungAdultRate_andOneGivenIsRefused() {
        MinimumWage from18 = MinimumWage.from(APRIL).nationalLivingWage(Gbp.parse("12.71"), 18)
                .age16To17(Gbp.parse("8.00")).apprentice(Gbp.parse("8.00")).accommodationOffsetPerDay(Gbp.ZERO)
                .source(SOURCE).build();

        assertNull(from18.youngAdultRate());
        assertEquals(Gbp.parse("12.71"), from18.rateForAge(18));
        assertEquals(Gbp.parse("8.00"), from18.rateForAge(17));
        assertInvalid(() -> nmw().nationalLivingWage(ONE, 18).build(), "minimumWage.youngAdultRate",
                "none when the National Living Wage starts at 18");
        assertInvalid(() -> MinimumWage.from(APRIL).nationalLivingWage(ONE, 21).age16To17(ONE).apprentice(ONE)
                .accommodationOffsetPerDay(ONE).source(SOURCE).build(), "minimumWage.youngAdultRate (required while "
                + "the National Living Wage starts above 18)", "not null");
    }

    @ParameterizedTest(name = "NIC rate {0}")
    @ValueSource(ints = {-1, 10_001})
    void givenNicRateOutOfRange_thenRejected(int basisPoints) {
        assertInvalid(() -> costs().secondaryRateBasisPoints(basisPoints).build(),
                "employerCosts.secondaryRateBasisPoints", "0 - 10000", String.valueOf(basisPoints));
    }

    private static EmployerCosts.Builder costs() {
        return EmployerCosts.forTaxYear(TaxYear.startingIn(2026)).secondaryRateBasisPoints(1500)
                .secondaryThreshold(ONE, ONE, ONE).upperSecondaryThreshold(ONE, ONE, ONE).lowerEarningsLimitWeekly(ONE)
                .employmentAllowance(ONE).payeThreshold(ONE, ONE, SOURCE).source(SOURCE);
    }

    @Test
    void givenEmployerCosts_thenPerPeriodThresholdsScaleTheWeeklyFigure() {
        EmployerCosts c = costs().secondaryThreshold(Gbp.parse("96"), Gbp.parse("417"), Gbp.parse("5000")).build();

        assertEquals(Gbp.parse("96"), c.secondaryThreshold(PayFrequency.WEEKLY));
        assertEquals(Gbp.parse("192"), c.secondaryThreshold(PayFrequency.FORTNIGHTLY));
        assertEquals(Gbp.parse("384"), c.secondaryThreshold(PayFrequency.FOUR_WEEKLY));
        assertEquals(Gbp.parse("417"), c.secondaryThreshold(PayFrequency.MONTHLY));
        assertEquals(TaxYear.startingIn(2026).range(), c.inForce());
        assertInvalid(() -> costs().employmentAllowance(Gbp.ofPence(-1)).build(), "employerCosts.employmentAllowance",
                "£0.00 - £100000000.00");
        assertInvalid(() -> costs().reliefAges(15, 25).build(), "employerCosts.under21ReliefBelowAge", "16 - 150");
    }

    @Test
    void givenPensionBand_thenLimitsInOrder() {
        assertInvalid(() -> PensionBand.trigger(ONE).qualifyingEarnings(ONE, ONE), "pensionBand.upperQualifying",
                "above the lower limit £1.00");
        assertInvalid(() -> PensionBand.trigger(Gbp.ZERO).qualifyingEarnings(ONE, Gbp.ofPence(200)),
                "pensionBand.trigger", "above £0.00");
        assertEquals(Gbp.parse("380"), PensionBand.trigger(Gbp.parse("192"))
                .qualifyingEarnings(Gbp.parse("120"), Gbp.parse("967")).qualifyingEarnings(Gbp.parse("500")));
        assertEquals(Gbp.ZERO, PensionBand.trigger(Gbp.parse("192"))
                .qualifyingEarnings(Gbp.parse("120"), Gbp.parse("967")).qualifyingEarnings(Gbp.parse("100")));
    }

    @Test
    void givenPensionThresholdsOutOfRange_thenRejected() {
        PensionBand band = PensionBand.trigger(ONE).qualifyingEarnings(ONE, Gbp.ofPence(200));
        java.util.function.Supplier<PensionThresholds.Builder> b = () -> PensionThresholds
                .forTaxYear(TaxYear.startingIn(2026)).weekly(band).fortnightly(band).fourWeekly(band).monthly(band)
                .yearly(band).basicRateReliefBasisPoints(2000).source(SOURCE);

        assertInvalid(() -> b.get().minimumContributions(300, 299).build(),
                "pensionThresholds.totalMinimumBasisPoints", "300 - 10000");
        assertInvalid(() -> b.get().minimumContributions(300, 800).ages(22, 23, 75).build(),
                "pensionThresholds.workerFromAge", "16 - 22");
        assertInvalid(() -> b.get().minimumContributions(300, 800).timing(0, 3).build(),
                "pensionThresholds.joiningWindowWeeks", "1 - 52");
        assertInvalid(() -> PensionThresholds.forTaxYear(TaxYear.startingIn(2026)).build(), "pensionThresholds.weekly",
                "not null");
    }

    @Test
    void givenSickPayOutOfRange_thenRejected() {
        assertInvalid(() -> SickPay.from(APRIL).weeklyRate(ONE).averageEarningsCapPercent(101).source(SOURCE).build(),
                "sickPay.averageEarningsCapPercent", "0 - 100");
        assertInvalid(() -> SickPay.from(APRIL).weeklyRate(Gbp.ZERO).source(SOURCE).build(), "sickPay.weeklyRate",
                "above £0.00");
        assertInvalid(() -> SickPay.from(APRIL).weeklyRate(ONE).waitingDays(8).source(SOURCE).build(),
                "sickPay.waitingDays", "0 - 7");
    }

    @Test
    void givenHolidayOutOfRange_thenRejected() {
        assertInvalid(() -> HolidayFigures.from(APRIL).leavePerYear(521, 28).irregularHoursAccrual(1207, APRIL)
                .source(SOURCE).build(), "holiday.weeksPerYearTenths", "0 - 520");
        assertInvalid(() -> HolidayFigures.from(APRIL).leavePerYear(56, 28).irregularHoursAccrual(10_001, APRIL)
                .source(SOURCE).build(), "holiday.accrualBasisPoints", "0 - 10000");
        assertInvalid(() -> HolidayFigures.from(APRIL).leavePerYear(56, 28).irregularHoursAccrual(1207, APRIL)
                .recordRetentionYears(-1).source(SOURCE).build(), "holiday.recordRetentionYears", "0 - 100");
    }

    @Test
    void givenWorkingTimeAndInsuranceRows_thenChecked() {
        assertInvalid(() -> WorkingTimeLimits.from(APRIL).averageWeeklyHours(169, 17).youngWorkerHours(8, 40)
                .source(SOURCE).build(), "workingTime.averageWeeklyHours", "1 - 168");
        assertInvalid(() -> EmployersLiabilityFigures.from(APRIL).minimumCover(Gbp.ZERO, SOURCE),
                "employersLiability.minimumCover", "above £0.00");
        assertInvalid(() -> WrittenStatementContent.particularsOnly(DateRange.startingOn(LocalDate.MIN), SOURCE),
                "writtenStatementContent.inForce.start", "1900-01-01 - 2200-12-31");
    }
}
