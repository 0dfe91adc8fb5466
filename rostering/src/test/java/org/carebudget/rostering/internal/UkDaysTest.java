package org.carebudget.rostering.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import org.carebudget.core.time.LondonTime;
import org.junit.jupiter.api.Test;

/** The day table agrees with java.time on every supported day's midnight and on every clock-change day's times. */
class UkDaysTest {

    @Test
    void givenEverySupportedDay_thenMidnightAndDayOfAgreeWithJavaTime() {
        for (int d = UkDays.FIRST_DAY; d <= UkDays.LAST_DAY; d++) {
            int midnight = (int) (LondonTime.startOfDay(LocalDate.ofEpochDay(d)).getEpochSecond() / 60);
            assertEquals(midnight, UkDays.start(d));
            assertEquals(d, UkDays.dayOf(midnight));
            assertEquals(d, UkDays.dayOf(UkDays.start(d + 1) - 1));
        }
    }

    @Test
    void givenEveryClockChangeDay_thenEachLocalTimeIsReadAsJavaTimeReadsIt() {
        int changes = 0;
        for (int d = UkDays.FIRST_DAY; d <= UkDays.LAST_DAY; d++) {
            if (UkDays.start(d + 1) - UkDays.start(d) != 1440) {
                changes++;
                for (int m = 0; m < 1440; m += 15) {
                    LocalTime t = LocalTime.of(m / 60, m % 60);
                    assertEquals(UkDays.atByZone(d, t), UkDays.at(d, t), () -> LocalDate.ofEpochDay(0) + " " + t);
                }
            }
        }
        // two a year since 1972, with wartime double summer time and 1968-71's British Standard Time before
        assertEquals(true, changes > 2 * 228);
    }
}
