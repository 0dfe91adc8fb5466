package org.carebudget.rostering.holidays;

import static org.carebudget.rostering.Rejected.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.rostering.BankHolidays;
import org.carebudget.rostering.Nation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** jollyday's UK calendar by nation, days observed; and the caller-supplied calendar. */
class JollydayBankHolidaysTest {

    static final BankHolidays JOLLYDAY = JollydayBankHolidays.create();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "ENGLAND, 2026-01-01, true",
        "ENGLAND, 2026-04-03, true",
        "ENGLAND, 2026-04-06, true",
        "ENGLAND, 2026-05-04, true",
        "ENGLAND, 2026-08-31, true",
        // Boxing Day 2026 is a Saturday: the substitute Monday is the bank holiday
        "ENGLAND, 2026-12-26, false",
        "ENGLAND, 2026-12-28, true",
        "ENGLAND, 2026-01-02, false",
        "WALES, 2026-08-31, true",
        "SCOTLAND, 2026-01-02, true",
        "SCOTLAND, 2026-04-06, false",
        "SCOTLAND, 2026-08-03, true",
        "SCOTLAND, 2026-11-30, true",
        "NORTHERN_IRELAND, 2026-03-17, true",
        "NORTHERN_IRELAND, 2026-07-13, true",
        "ENGLAND, 2026-07-13, false",
        "ENGLAND, 2026-05-05, false",
    })
    void givenANationAndDay_thenTheBankHolidaysObserved(Nation nation, LocalDate day, boolean holiday) {
        assertEquals(holiday, JOLLYDAY.isBankHoliday(nation, day));
    }

    @Test
    void givenBadArguments_thenRefusedWithTheModulesException() {
        assertRejected("date", () -> JOLLYDAY.isBankHoliday(Nation.ENGLAND, LocalDate.MAX), "1900-01-01");
        assertRejected("nation", () -> JOLLYDAY.isBankHoliday(null, LocalDate.of(2026, 1, 1)), "not null");
    }

    @Test
    void givenSuppliedDates_thenOnlyThoseDays() {
        BankHolidays supplied = BankHolidays.of(java.util.Map.of(Nation.SCOTLAND, List.of(LocalDate.of(2026, 1, 2))));
        assertEquals(true, supplied.isBankHoliday(Nation.SCOTLAND, LocalDate.of(2026, 1, 2)));
        assertEquals(false, supplied.isBankHoliday(Nation.ENGLAND, LocalDate.of(2026, 1, 2)));
        assertEquals(false, BankHolidays.none().isBankHoliday(Nation.ENGLAND, LocalDate.of(2026, 12, 25)));
    }
}
