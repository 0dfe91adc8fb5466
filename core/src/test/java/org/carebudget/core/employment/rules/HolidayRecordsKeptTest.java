package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HolidayRecord;
import org.carebudget.core.employment.HolidayRecordContent;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayRecordsKeptTest {

    private static final HolidayRecordsKept RULE = new HolidayRecordsKept();
    private static final LocalDate START = LocalDate.of(2026, 3, 30);

    /** Weekly pay from 30 March 2026 (the week before the duty starts) for {@code weeks} weeks. */
    private static Employment paid(int weeks, Evidence... records) {
        List<Evidence> all = new ArrayList<>(List.of(records));
        for (int w = 0; w < weeks; w++) {
            all.add(Given.pay(PayFrequency.WEEKLY, START, START.plusWeeks(w), HoursWorked.ofDayMinutes(600), 20_000));
        }
        return Given.bare(Given.BORN, START, PayFrequency.WEEKLY).evidence(all).build();
    }

    private static HolidayRecord record(LocalDate madeOn, HolidayRecordContent... shows) {
        return HolidayRecord.builder(DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1)), madeOn)
                .showing(shows).build();
    }

    @Test
    void givenPaidPeriodsFrom6April2026WithoutARecord_thenOneBlockingFindingListsThem() {
        List<ComplianceFinding> found = Given.findings(RULE, paid(4), LocalDate.of(2026, 5, 1));

        assertEquals(1, found.size(), found::toString);
        assertEquals(ComplianceSeverity.BLOCKING, found.get(0).severity());
        assertEquals(3, found.get(0).evidence().size());
        assertTrue(found.get(0).message().startsWith("No record of leave taken and holiday pay is held for 3 pay "
                + "periods, from 2026-04-06/2026-04-13 to 2026-04-20/2026-04-27"), found.get(0).message());
    }

    @ParameterizedTest(name = "as of {0}: findings {1}")
    @CsvSource({"2026-04-11, 0", "2026-04-12, 0", "2026-04-13, 1"})
    void givenTheFirstPeriodUnderTheDuty_thenDueOnceItsPayDayHasPassed(LocalDate asOf, int expected) {
        assertEquals(expected, Given.findings(RULE, paid(2), asOf).size());
    }

    @Test
    void givenARecordShowingLeaveTakenAndHolidayPay_thenNoFinding() {
        assertEquals(List.of(), Given.findings(RULE, paid(4, record(LocalDate.of(2026, 4, 20),
                HolidayRecordContent.LEAVE_TAKEN, HolidayRecordContent.HOLIDAY_PAY)), LocalDate.of(2026, 5, 1)));
    }

    @Test
    void givenARecordMissingTheHolidayPay_thenNotAdequate() {
        assertEquals(1, Given.findings(RULE, paid(4, record(LocalDate.of(2026, 4, 20),
                HolidayRecordContent.LEAVE_TAKEN)), LocalDate.of(2026, 5, 1)).size());
    }

    @ParameterizedTest(name = "made 2026-04-20, disposed of {0}: findings {1}")
    @CsvSource({"2032-04-19, 1", "2032-04-20, 0"})
    void givenARecordDisposedOf_thenItMustHaveBeenKeptSixYearsFromTheDateMade(LocalDate disposed, int expected) {
        HolidayRecord kept = HolidayRecord.builder(DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1)),
                LocalDate.of(2026, 4, 20)).showing(HolidayRecordContent.LEAVE_TAKEN, HolidayRecordContent.HOLIDAY_PAY)
                .disposedOn(disposed).build();
        Employment e = Given.bare(Given.BORN, START, PayFrequency.WEEKLY).evidence(kept).build();

        List<ComplianceFinding> found = Given.findings(RULE, e, LocalDate.of(2033, 1, 1));

        assertEquals(expected, found.size(), found::toString);
    }
}
