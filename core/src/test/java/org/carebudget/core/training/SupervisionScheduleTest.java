package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.ANNA;
import static org.carebudget.core.training.Fixtures.BEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupervisionScheduleTest {

    private static final Supervision ANNA_EVERY_4 = Supervision.of(ANNA, 4, LocalDate.of(2026, 10, 1));
    private static final Supervision BEN_EVERY_8 = Supervision.of(BEN, 8, LocalDate.of(2026, 9, 1));

    @ParameterizedTest
    @CsvSource({"2026-10-28, false", "2026-10-29, false", "2026-10-30, true"})
    void givenFourWeekly_thenOnTimeFourWeeksLaterAndOverdueFromTheDayAfter(LocalDate asOf, boolean overdue) {
        assertEquals(LocalDate.of(2026, 10, 30), ANNA_EVERY_4.dueBefore());
        assertEquals(overdue, ANNA_EVERY_4.isOverdueOn(asOf));
    }

    @Test
    void givenSchedule_thenOverdueListsMostOverdueFirst() {
        SupervisionSchedule schedule = SupervisionSchedule.of(List.of(ANNA_EVERY_4, BEN_EVERY_8));
        assertEquals(List.of(BEN_EVERY_8, ANNA_EVERY_4), schedule.overdue(LocalDate.of(2026, 11, 23)));
        assertEquals(List.of(), schedule.overdue(LocalDate.of(2026, 10, 20)));
    }

    @Test
    void givenAsOfBeforeLastSupervision_thenRejected() {
        SupervisionSchedule schedule = SupervisionSchedule.of(List.of(ANNA_EVERY_4));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> schedule.overdue(LocalDate.of(2026, 9, 30)));
        assertEquals("Invalid value for asOf (valid values on or after the latest supervision date 2026-10-01): "
                + "2026-09-30", e.getMessage());
    }

    @Test
    void givenZeroWeeks_thenRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Supervision.of(ANNA, 0, LocalDate.of(2026, 1, 1)));
        assertEquals("Invalid value for everyWeeks (valid values 1 - 52): 0", e.getMessage());
    }

    @Test
    void givenPaTwice_thenRejected() {
        assertThrows(InvalidValueException.class, () -> SupervisionSchedule.of(List.of(ANNA_EVERY_4,
                Supervision.of(ANNA, 2, LocalDate.of(2026, 10, 1)))));
    }
}
