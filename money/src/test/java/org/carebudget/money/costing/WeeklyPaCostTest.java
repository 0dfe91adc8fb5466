package org.carebudget.money.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.carebudget.core.employment.rules.PensionCategory;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.api.Test;

class WeeklyPaCostTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 6, 1);
    private static final Gbp RATE = Gbp.ofPence(13_00);

    // 30 h x £13.00 = £390.00 a week. Employer NI 2026/27: (390 - 96) x 15% = £44.10 for a 30-year-old.
    // Pension: qualifying earnings 390 - 120 = £270.00 (lower limit £120/wk), employer minimum 3% = £8.10.
    @Test
    void givenThirtyYearOldThirtyHoursAtThirteenPounds_thenNiAndPensionAsHandWorked() {
        WeeklyPaCost cost = WeeklyPaCost.of(WEEK, RATE, 30 * 60, LocalDate.of(1996, 1, 1), null, UkFigures.standard());
        assertEquals(Gbp.ofPence(390_00), cost.gross());
        assertEquals(Gbp.ofPence(44_10), cost.employerNi().employerNi());
        assertEquals(Gbp.ofPence(270_00), cost.pension().qualifyingEarnings());
        assertEquals(Gbp.ofPence(8_10), cost.pension().employerMinimum());
        assertEquals(Gbp.ofPence(442_20), cost.total());
        assertFalse(cost.belowMinimumWage());
    }

    // A 20-year-old: under-21 relief (category M) means 0% up to £967/wk, so £0 NI on £390.
    // Aged 20 earning above the £192/wk trigger is a non-eligible jobholder (22 is the eligible age): enrolled only on
    // opting in, when the employer would pay 3% of (390 - 120) = £8.10; the costing budgets £0 for it.
    @Test
    void givenTwentyYearOld_thenNoEmployerNiAndNoMinimumPension() {
        WeeklyPaCost cost = WeeklyPaCost.of(WEEK, RATE, 30 * 60, LocalDate.of(2006, 1, 1), null, UkFigures.standard());
        assertEquals(Gbp.ofPence(0), cost.employerNi().employerNi());
        assertEquals(PensionCategory.NON_ELIGIBLE_JOBHOLDER, cost.pension().category());
        assertEquals(Gbp.ofPence(8_10), cost.pension().employerMinimum());
        assertEquals(Gbp.ofPence(0), cost.budgetedPension());
        assertEquals(Gbp.ofPence(390_00), cost.total());
    }

    // National Living Wage from April 2026 is £12.71 for 21 and over: £12.70 is below it.
    @Test
    void givenRateBelowNationalLivingWage_thenBelowMinimumWage() {
        WeeklyPaCost cost = WeeklyPaCost.of(WEEK, Gbp.ofPence(12_70), 60, LocalDate.of(1996, 1, 1), null,
                UkFigures.standard());
        assertEquals(Gbp.ofPence(12_71), cost.minimumHourly());
        assertTrue(cost.belowMinimumWage());
    }

    @Test
    void givenNegativeHours_thenLedgerException() {
        assertThrows(LedgerException.class, () -> WeeklyPaCost.of(WEEK, RATE, -1, LocalDate.of(1996, 1, 1), null,
                UkFigures.standard()));
    }
}
