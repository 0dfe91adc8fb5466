package org.carebudget.money.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.carebudget.core.time.DateRange;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnPeriodsTest {

    @ParameterizedTest
    @CsvSource({"2026,1,2026-04-01,2026-07-01", "2026,2,2026-07-01,2026-10-01", "2026,3,2026-10-01,2027-01-01",
        "2026,4,2027-01-01,2027-04-01", "2199,4,2200-01-01,2200-04-01", "1900,1,1900-04-01,1900-07-01"})
    void givenAFinancialYearAndQuarter_thenTheQuarterRunsFromAprilInThreeMonthSteps(int year, int quarter,
            LocalDate start, LocalDate end) {
        assertEquals(DateRange.of(start, end), ReturnPeriods.financialQuarter(year, quarter));
    }

    @ParameterizedTest
    @CsvSource({"2026-04-01,2026,1", "2026-06-30,2026,1", "2026-07-01,2026,2", "2026-12-31,2026,3",
        "2027-01-01,2026,4", "2027-03-31,2026,4", "2027-04-01,2027,1"})
    void givenADate_thenItsQuarterIsTheFinancialQuarterHoldingIt(LocalDate date, int year, int quarter) {
        assertEquals(ReturnPeriods.financialQuarter(year, quarter), ReturnPeriods.quarterContaining(date));
    }

    @ParameterizedTest
    @CsvSource({"2026,0,quarter", "2026,5,quarter", "1899,1,financialYear", "2200,1,financialYear"})
    void givenAQuarterOutOfRange_thenItIsRefusedNamingTheField(int year, int quarter, String field) {
        assertEquals(field, assertThrows(LedgerException.class,
                () -> ReturnPeriods.financialQuarter(year, quarter)).field());
    }

    @ParameterizedTest
    @CsvSource({"1900-03-31", "2200-04-01", "1899-12-31"})
    void givenADateWithNoSupportedQuarter_thenItIsRefused(LocalDate date) {
        assertThrows(LedgerException.class, () -> ReturnPeriods.quarterContaining(date));
    }
}
