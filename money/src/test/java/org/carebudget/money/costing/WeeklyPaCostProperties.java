package org.carebudget.money.costing;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;

class WeeklyPaCostProperties {

    private static final LocalDate WEEK = LocalDate.of(2026, 6, 1);
    private static final UkFigures FIGURES = UkFigures.standard();

    @Property
    boolean costNeverFallsWhenHoursRise(@ForAll @IntRange(min = 0, max = 10_000) int minutes,
            @ForAll @IntRange(min = 0, max = 80) int extra, @ForAll @IntRange(min = 1000, max = 5000) int pence,
            @ForAll @IntRange(min = 16, max = 80) int age) {
        LocalDate born = WEEK.minusYears(age);
        Gbp rate = Gbp.ofPence(pence);
        WeeklyPaCost less = WeeklyPaCost.of(WEEK, rate, minutes, born, null, FIGURES);
        WeeklyPaCost more = WeeklyPaCost.of(WEEK, rate, minutes + extra, born, null, FIGURES);
        return more.total().pence() >= less.total().pence();
    }

    @Property
    boolean aYoungerPaNeverCostsMoreEmployerNi(@ForAll @IntRange(min = 0, max = 10_080) int minutes,
            @ForAll @IntRange(min = 1000, max = 5000) int pence, @ForAll @IntRange(min = 16, max = 79) int age) {
        Gbp rate = Gbp.ofPence(pence);
        WeeklyPaCost younger = WeeklyPaCost.of(WEEK, rate, minutes, WEEK.minusYears(age), null, FIGURES);
        WeeklyPaCost older = WeeklyPaCost.of(WEEK, rate, minutes, WEEK.minusYears(age + 1), null, FIGURES);
        return younger.employerNi().employerNi().pence() <= older.employerNi().employerNi().pence();
    }
}
