package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayFrequency;

class MinimumWageProperties {

    private static final MinimumWageRule RULE = new MinimumWageRule();
    private static final LocalDate FIGURES_START = LocalDate.of(2024, 4, 1);
    private static final UkFigures FIGURES = UkFigures.standard();

    private static Employment week(int ageDays, int startDay, HoursWorked hours, long pence, int accommodationDays) {
        LocalDate start = FIGURES_START.plusDays(startDay);
        PayRecord record = Given.pay(PayFrequency.WEEKLY, start, start, hours, pence)
                .withAccommodationDays(accommodationDays);
        return Given.bare(start.minusDays(ageDays), start, PayFrequency.WEEKLY).evidence(record).build();
    }

    private static List<Finding> findings(Employment e) {
        return Given.findings(RULE, e, LocalDate.of(2027, 3, 31));
    }

    @Property
    void raisingPayNeverCreatesAMinimumWageFinding(@ForAll @IntRange(min = 16 * 366, max = 70 * 365) int ageDays,
            @ForAll @IntRange(min = 0, max = 1085) int startDay, @ForAll @LongRange(max = 4000) long worked,
            @ForAll @LongRange(max = 600) long asleep, @ForAll @LongRange(max = 100_000) long pence,
            @ForAll @LongRange(max = 100_000) long raise, @ForAll @IntRange(max = 7) int accommodationDays) {
        HoursWorked hours = new HoursWorked(worked, 0, 0, 0, worked / 10, asleep);
        List<Finding> before = findings(week(ageDays, startDay, hours, pence, accommodationDays));
        List<Finding> after = findings(week(ageDays, startDay, hours, pence + raise, accommodationDays));

        assertTrue(after.size() <= before.size());
        if (!after.isEmpty()) {
            assertTrue(after.get(0).amount().compareTo(before.get(0).amount()) <= 0);
        }
    }

    @Property
    void shortfallIsTheRateForTheAgeBandTimesMinutesWorkedLessPay(
            @ForAll @IntRange(min = 16 * 366, max = 70 * 365) int ageDays,
            @ForAll @IntRange(min = 0, max = 1085) int startDay, @ForAll @LongRange(max = 4800) long worked,
            @ForAll @LongRange(max = 240) long awake, @ForAll @LongRange(max = 600) long asleep,
            @ForAll @IntRange(max = 2000) int paidRatePence) {
        HoursWorked hours = new HoursWorked(worked, 0, 0, 0, awake, asleep);
        long counted = worked + awake;
        long pay = paidRatePence * counted / 60;
        Employment e = week(ageDays, startDay, hours, pay, 0);
        PayRecord record = e.payRecords().get(0);
        LocalDate start = record.period().start();
        long rate = expectedRate(start.minusDays(ageDays), start);
        long required = (rate * counted + 59) / 60;
        long expected = Math.max(0, required - pay);

        List<Finding> found = findings(e);

        assertEquals(Gbp.ofPence(expected), MinimumWageRule.shortfall(e, record, FIGURES));
        if (expected == 0) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(Gbp.ofPence(expected), found.get(0).amount());
        }
    }

    /**
     * The hourly rate, in pence, read straight from the standard table for the band of the age on the first day of
     * the period, the age worked out here with {@code java.time.Period} rather than by the code under test.
     */
    private static long expectedRate(LocalDate born, LocalDate periodStart) {
        int age = Period.between(born, periodStart).getYears();
        MinimumWage nmw = FIGURES.minimumWageOn(periodStart);
        Gbp rate = age >= 21 ? nmw.age21AndOver() : age >= 18 ? nmw.age18To20() : nmw.under18();
        return rate.pence();
    }
}
