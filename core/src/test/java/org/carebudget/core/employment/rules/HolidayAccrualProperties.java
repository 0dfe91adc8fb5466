package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;

/** Relations of holiday accrual: monotone in hours, never below the exact share, never a minute over it. */
class HolidayAccrualProperties {

    private static final HolidayFigures HOLIDAY = UkFigures.standard().on(HolidayFigures.class, LocalDate.of(2026, 4, 6));

    @Property
    void accrualIsMonotoneInHoursWorked(@ForAll @LongRange(min = 0, max = 500_000) long minutes,
            @ForAll @LongRange(min = 0, max = 27_040) long more) {
        assertTrue(IrregularHoursHoliday.accruedMinutes(minutes + more, HOLIDAY)
                >= IrregularHoursHoliday.accruedMinutes(minutes, HOLIDAY));
    }

    @Property
    void accrualIsTheExactShareRoundedUp(@ForAll @LongRange(min = 0, max = 527_040) long minutes) {
        long accrued = IrregularHoursHoliday.accruedMinutes(minutes, HOLIDAY);

        assertTrue(accrued * 10_000 >= minutes * 1_207 && (accrued - 1) * 10_000 < minutes * 1_207,
                minutes + " minutes: " + accrued);
    }

    @Property
    void rolledUpHolidayPayIsMonotoneInPay(@ForAll @LongRange(min = 0, max = 900_000_000) long pence,
            @ForAll @LongRange(min = 0, max = 100_000_000) long more) {
        assertTrue(IrregularHoursHoliday.rolledUpHolidayPay(Gbp.ofPence(pence + more), HOLIDAY)
                .compareTo(IrregularHoursHoliday.rolledUpHolidayPay(Gbp.ofPence(pence), HOLIDAY)) >= 0);
    }
}
