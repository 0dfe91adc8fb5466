package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.carebudget.core.money.Gbp;

class FormatProperties {

    @Property
    void moneyIsWrittenAsGbpWritesIt(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long pence) {
        assertEquals(Gbp.ofPence(pence).toString(), Format.money(pence));
    }

    @Property
    void hoursAreMinutesOverSixtyToTwoPlaces(@ForAll @LongRange(max = 527_040) long minutes) {
        String expected = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();

        assertEquals(expected, Format.hours(minutes));
    }

    @Property
    void percentIsBasisPointsOverAHundred(@ForAll @LongRange(max = 10_000) long basisPoints) {
        assertEquals(BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%",
                Format.percent(basisPoints));
    }
}
