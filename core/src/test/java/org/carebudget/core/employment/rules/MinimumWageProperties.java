package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayFrequency;

/** Relations of the minimum-wage check, not a second copy of its formula. */
class MinimumWageProperties {

    private static final LocalDate START = LocalDate.of(2026, 4, 6);
    private static final MinimumWage RATES = UkFigures.standard().on(MinimumWage.class, START);

    private static MinimumWageCheck check(long minutes, long pence, int days, long chargePence) {
        PayRecord record = Given.payBuilder(PayFrequency.WEEKLY, START, START, HoursWorked.ofDayMinutes(minutes), pence)
                .accommodation(days, Gbp.ofPence(chargePence)).build();
        return MinimumWageRule.check(record, Given.BORN, null, RATES);
    }

    @Property
    void doublingTheMinutesAtAFixedRateDoublesTheRequiredPayToWithinAPenny(
            @ForAll @LongRange(min = 0, max = 5_000) long minutes) {
        long once = check(minutes, 0, 0, 0).requiredPay().pence();
        long twice = check(2 * minutes, 0, 0, 0).requiredPay().pence();

        assertTrue(twice >= 2 * once - 1 && twice <= 2 * once, once + " then " + twice);
    }

    @Property
    void moreMinutesForTheSamePayNeverShortensTheShortfall(@ForAll @LongRange(min = 0, max = 5_000) long minutes,
            @ForAll @LongRange(min = 0, max = 5_000) long more, @ForAll @LongRange(min = 0, max = 100_000) long pence) {
        assertTrue(check(minutes + more, pence, 0, 0).shortfall().compareTo(check(minutes, pence, 0, 0).shortfall())
                >= 0);
    }

    @Property
    void morePayNeverLengthensTheShortfall_andPayingTheRequiredPayLeavesNone(
            @ForAll @LongRange(min = 0, max = 5_000) long minutes, @ForAll @LongRange(min = 0, max = 100_000) long pence,
            @ForAll @LongRange(min = 0, max = 10_000) long more) {
        assertTrue(check(minutes, pence + more, 0, 0).shortfall().compareTo(check(minutes, pence, 0, 0).shortfall())
                <= 0);
        assertEquals(Gbp.ZERO, check(minutes, check(minutes, 0, 0, 0).requiredPay().pence(), 0, 0).shortfall());
    }

    @Property
    void aHigherAccommodationChargeNeverShortensTheShortfall_andFreeIsNeverWorseThanCharged(
            @ForAll @LongRange(min = 0, max = 5_000) long minutes, @ForAll @LongRange(min = 0, max = 100_000) long pence,
            @ForAll @IntRange(min = 0, max = 7) int days, @ForAll @LongRange(min = 0, max = 20_000) long charge,
            @ForAll @LongRange(min = 0, max = 20_000) long more) {
        assertTrue(check(minutes, pence, days, charge + more).shortfall()
                .compareTo(check(minutes, pence, days, charge).shortfall()) >= 0);
        assertTrue(check(minutes, pence, days, 0).shortfall().compareTo(check(minutes, pence, days, charge).shortfall())
                <= 0);
    }
}
