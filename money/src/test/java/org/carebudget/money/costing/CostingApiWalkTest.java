package org.carebudget.money.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.testing.ApiWalk;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.api.Test;

/** The costing package's public API walked with hostile arguments. */
class CostingApiWalkTest {

    @Test
    void givenHostileArguments_thenOnlyLedgerExceptionEscapes() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        ApiWalk.Result result = ApiWalk.of(LedgerException.class, LedgerException.class,
                        "org.carebudget.money.costing")
                .sample(Gbp.class, Gbp.ofPence(13_00))
                .sample(LocalDate.class, day)
                .sample(DateRange.class, DateRange.of(day, day.plusDays(28)))
                .sample(UkFigures.class, UkFigures.standard())
                .skip("org.carebudget.core.", "the kernel's inherited statics, walked by KernelApiWalkTest")
                .run();

        assertTrue(result.calls() > 0, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
    }
}
