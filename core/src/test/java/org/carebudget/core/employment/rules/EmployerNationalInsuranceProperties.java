package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;

/** Relations of employer NI: a younger PA, an apprentice, or lower pay never costs more. */
class EmployerNationalInsuranceProperties {

    private static final UkFigures UK = UkFigures.standard();

    private static long ni(PayFrequency frequency, LocalDate paidOn, long pence, LocalDate born, DateRange apprentice) {
        return EmployerNationalInsurance.calculate(frequency, paidOn, Gbp.ofPence(pence), born, apprentice, UK)
                .employerNi().pence();
    }

    private static LocalDate payDay(int day) {
        return LocalDate.of(2024, 4, 6).plusDays(day);
    }

    @Property
    void anEmployersNiNeverRisesWhenThePaIsYounger(@ForAll @IntRange(min = 0, max = 1_094) int day,
            @ForAll @LongRange(min = 0, max = 2_000_000) long pence, @ForAll @IntRange(min = 16 * 365, max = 70 * 365)
            int ageDays, @ForAll @IntRange(min = 0, max = 20 * 365) int youngerBy, @ForAll PayFrequency frequency,
            @ForAll boolean apprentice) {
        LocalDate paidOn = payDay(day);
        LocalDate born = paidOn.minusDays(ageDays);
        DateRange apprenticeship = apprentice ? DateRange.startingOn(paidOn.minusDays(30)) : null;

        assertTrue(ni(frequency, paidOn, pence, born.plusDays(youngerBy), apprenticeship)
                <= ni(frequency, paidOn, pence, born, apprenticeship));
    }

    @Property
    void anApprenticeNeverCostsMoreThanTheSamePaNotOnAnApprenticeship(@ForAll @IntRange(min = 0, max = 1_094) int day,
            @ForAll @LongRange(min = 0, max = 2_000_000) long pence,
            @ForAll @IntRange(min = 16 * 365, max = 70 * 365) int ageDays, @ForAll PayFrequency frequency) {
        LocalDate paidOn = payDay(day);
        LocalDate born = paidOn.minusDays(ageDays);

        assertTrue(ni(frequency, paidOn, pence, born, DateRange.startingOn(paidOn.minusDays(1)))
                <= ni(frequency, paidOn, pence, born, null));
    }

    @Property
    void moreEarningsNeverCostLessNi(@ForAll @IntRange(min = 0, max = 1_094) int day,
            @ForAll @LongRange(min = 0, max = 2_000_000) long pence, @ForAll @LongRange(min = 0, max = 100_000) long more,
            @ForAll @IntRange(min = 16 * 365, max = 70 * 365) int ageDays, @ForAll PayFrequency frequency) {
        LocalDate paidOn = payDay(day);
        LocalDate born = paidOn.minusDays(ageDays);

        assertTrue(ni(frequency, paidOn, pence + more, born, null) >= ni(frequency, paidOn, pence, born, null));
    }
}
