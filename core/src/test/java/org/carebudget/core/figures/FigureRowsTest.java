package org.carebudget.core.figures;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of each kind of figures row and of {@link Source}. */
class FigureRowsTest {

    private static final DateRange YEAR = DateRange.parse("2026-04-06/2027-04-06");
    private static final Source SOURCE = Source.of("gov.uk/example", Status.SECONDARY);
    private static final Gbp ONE = Gbp.ofPence(100);
    private static final PensionBand BAND = new PensionBand(ONE, ONE, Gbp.ofPence(200));

    @Test
    void givenSource_thenTextNamesCitationAndStatus() {
        assertEquals("gov.uk/example (SECONDARY)", SOURCE.toString());
        assertEquals(new Source("gov.uk/example", Status.SECONDARY), SOURCE);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n"})
    void givenBlankCitation_thenRejected(String citation) {
        assertInvalid(() -> Source.of(citation, Status.CONFIRMED), "citation", "non-blank text", '"' + citation + '"');
    }

    @Test
    void givenNullSourceParts_thenRejected() {
        assertInvalid(() -> Source.of(null, Status.CONFIRMED), "citation", "not null");
        assertInvalid(() -> Source.of("x", null), "status", "not null");
    }

    @ParameterizedTest(name = "{0} = {1}p")
    @CsvSource({
        "age21AndOver, 0, above £0.00, £0.00",
        "age18To20, -1, above £0.00, -£0.01",
        "under18, 0, above £0.00, £0.00",
        "apprentice, 0, above £0.00, £0.00",
        "accommodationOffsetPerDay, -1, £0.00 or more, -£0.01",
    })
    void givenMinimumWageAmountOutOfRange_thenRejectedNamingIt(String field, long pence, String range, String shown) {
        Gbp bad = Gbp.ofPence(pence);
        assertInvalid(() -> new MinimumWage(YEAR, "age21AndOver".equals(field) ? bad : ONE,
                "age18To20".equals(field) ? bad : ONE, "under18".equals(field) ? bad : ONE,
                "apprentice".equals(field) ? bad : ONE, "accommodationOffsetPerDay".equals(field) ? bad : ONE, SOURCE),
                field, range, shown);
    }

    @Test
    void givenMinimumWageWithZeroOffset_thenAccepted() {
        assertEquals(Gbp.ZERO, new MinimumWage(YEAR, ONE, ONE, ONE, ONE, Gbp.ZERO, SOURCE).accommodationOffsetPerDay());
    }

    @Test
    void givenNullRowParts_thenRejectedNamingThem() {
        assertInvalid(() -> new MinimumWage(null, ONE, ONE, ONE, ONE, ONE, SOURCE), "inForce", "not null");
        assertInvalid(() -> new MinimumWage(YEAR, null, ONE, ONE, ONE, ONE, SOURCE), "age21AndOver", "not null");
        assertInvalid(() -> new MinimumWage(YEAR, ONE, ONE, ONE, ONE, ONE, null), "source", "not null");
        assertInvalid(() -> new EmployerCosts(YEAR, 1500, ONE, ONE, ONE, null, ONE, ONE, ONE, SOURCE),
                "lowerEarningsLimitWeekly", "not null");
        assertInvalid(() -> new SickPay(YEAR, null, 0, 3, true, SOURCE), "weeklyRate", "not null");
        assertInvalid(() -> new HolidayFigures(null, 1207, 56, 28, SOURCE), "inForce", "not null");
        assertInvalid(() -> new PensionThresholds(YEAR, BAND, BAND, null, BAND, BAND, 300, 800, SOURCE), "fourWeekly",
                "not null");
        assertInvalid(() -> new PensionBand(ONE, null, ONE), "lowerQualifying", "not null");
    }

    @ParameterizedTest(name = "NIC rate {0}")
    @ValueSource(ints = {-1, 10_001})
    void givenNicRateOutOfRange_thenRejected(int basisPoints) {
        assertInvalid(() -> new EmployerCosts(YEAR, basisPoints, ONE, ONE, ONE, ONE, ONE, ONE, ONE, SOURCE),
                "secondaryNicRateBasisPoints", "0 - 10000", String.valueOf(basisPoints));
    }

    @Test
    void givenNegativeThreshold_thenRejected() {
        Gbp minus = Gbp.ofPence(-1);

        assertInvalid(() -> new EmployerCosts(YEAR, 1500, ONE, ONE, ONE, ONE, minus, ONE, ONE, SOURCE),
                "employmentAllowance", "£0.00 or more", "-£0.01");
        assertEquals(Gbp.ZERO, new EmployerCosts(YEAR, 0, Gbp.ZERO, Gbp.ZERO, Gbp.ZERO, Gbp.ZERO, Gbp.ZERO, Gbp.ZERO,
                Gbp.ZERO, SOURCE).employmentAllowance());
    }

    @ParameterizedTest(name = "upper {0}p")
    @ValueSource(longs = {100, 99})
    void givenPensionUpperNotAboveLower_thenRejected(long upper) {
        assertInvalid(() -> new PensionBand(ONE, ONE, Gbp.ofPence(upper)), "upperQualifying",
                "above lowerQualifying £1.00", Gbp.ofPence(upper).toString());
    }

    @Test
    void givenPensionTriggerNotPositive_thenRejected() {
        assertInvalid(() -> new PensionBand(Gbp.ZERO, ONE, Gbp.ofPence(200)), "trigger", "above £0.00", "£0.00");
    }

    @ParameterizedTest(name = "employer {0}, total {1}")
    @CsvSource({"300, 299, totalMinimumBasisPoints, 300 - 10000", "-1, 800, employerMinimumBasisPoints, 0 - 10000",
        "300, 10001, totalMinimumBasisPoints, 300 - 10000", "10001, 10001, employerMinimumBasisPoints, 0 - 10000"})
    void givenPensionContributionsOutOfRange_thenRejected(int employer, int total, String field, String range) {
        assertInvalid(() -> new PensionThresholds(YEAR, BAND, BAND, BAND, BAND, BAND, employer, total, SOURCE), field,
                range);
    }

    @Test
    void givenPensionThresholds_thenBandPerFrequency() {
        PensionBand weekly = new PensionBand(ONE, ONE, Gbp.ofPence(201));
        PensionBand fortnightly = new PensionBand(ONE, ONE, Gbp.ofPence(202));
        PensionBand fourWeekly = new PensionBand(ONE, ONE, Gbp.ofPence(203));
        PensionBand monthly = new PensionBand(ONE, ONE, Gbp.ofPence(204));
        PensionThresholds t = new PensionThresholds(YEAR, weekly, fortnightly, fourWeekly, monthly, BAND, 300, 300,
                SOURCE);

        assertEquals(weekly, t.bandFor(PayFrequency.WEEKLY));
        assertEquals(fortnightly, t.bandFor(PayFrequency.FORTNIGHTLY));
        assertEquals(fourWeekly, t.bandFor(PayFrequency.FOUR_WEEKLY));
        assertEquals(monthly, t.bandFor(PayFrequency.MONTHLY));
        assertInvalid(() -> t.bandFor(null), "frequency", "not null");
    }

    @ParameterizedTest(name = "percent {0}, waiting {1}")
    @CsvSource({"-1, 3, averageEarningsPercent, 0 - 100", "101, 3, averageEarningsPercent, 0 - 100",
        "80, -1, waitingDays, 0 - 7", "80, 8, waitingDays, 0 - 7"})
    void givenSickPayOutOfRange_thenRejected(int percent, int waitingDays, String field, String range) {
        assertInvalid(() -> new SickPay(YEAR, ONE, percent, waitingDays, false, SOURCE), field, range);
    }

    @Test
    void givenSickPayRateNotPositive_thenRejected() {
        assertInvalid(() -> new SickPay(YEAR, Gbp.ZERO, 80, 0, false, SOURCE), "weeklyRate", "above £0.00", "£0.00");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"10001, 56, 28, accrualBasisPoints, 0 - 10000", "-1, 56, 28, accrualBasisPoints, 0 - 10000",
        "1207, 521, 28, weeksPerYearTenths, 0 - 520", "1207, 56, 367, capDays, 0 - 366",
        "1207, 56, -1, capDays, 0 - 366"})
    void givenHolidayOutOfRange_thenRejected(int accrual, int weeks, int cap, String field, String range) {
        assertInvalid(() -> new HolidayFigures(YEAR, accrual, weeks, cap, SOURCE), field, range);
    }
}
