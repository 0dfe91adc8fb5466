package org.carebudget.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmployerDutiesAndStatePensionAgeTest {

    @Test
    void givenStandardTable_thenEmployersLiabilityMinimumIsFiveMillionWithItsSource() {
        EmployerDuties duties = UkFigures.standard().employerDutiesOn(LocalDate.of(2026, 4, 6));

        assertEquals(Gbp.parse("£5000000"), duties.employersLiabilityMinimumCover());
        assertEquals(48, duties.averageWeeklyHoursLimit());
        assertEquals(17, duties.referencePeriodWeeks());
        assertEquals(40, duties.youngWorkerWeeklyHoursLimit());
        assertEquals(Status.CONFIRMED, duties.source().status());
        assertTrue(duties.source().citation().contains("Employers' Liability (Compulsory Insurance) Regulations 1998"));
        assertTrue(UkFigures.standard().rows().contains(duties));
    }

    @Test
    void givenDateBeforeTheRegulations_thenNoFigures() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> UkFigures.standard().employerDutiesOn(LocalDate.of(1998, 12, 31)));

        assertTrue(e.getMessage().startsWith("Invalid value for date (valid values a date with employer duties "
                + "figures: 1999-01-01/..)"), e.getMessage());
    }

    @Test
    void givenOverlappingRow_thenRejected() {
        EmployerDuties overlap = new EmployerDuties(DateRange.startingOn(LocalDate.of(2027, 4, 1)),
                Gbp.parse("£6000000"), 48, 17, 40, Source.of("test", Status.UNCONFIRMED));

        assertThrows(InvalidValueException.class, () -> UkFigures.standard().with(overlap));
        assertEquals(Gbp.parse("£6000000"), UkFigures.empty().with(overlap)
                .employerDutiesOn(LocalDate.of(2027, 4, 1)).employersLiabilityMinimumCover());
    }

    @Test
    void givenInvalidRow_thenMessageNamesFieldRangeAndValue() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new EmployerDuties(
                DateRange.startingOn(LocalDate.of(2027, 4, 1)), Gbp.ZERO, 48, 17, 40,
                Source.of("test", Status.UNCONFIRMED)));

        assertEquals("Invalid value for employersLiabilityMinimumCover (valid values above £0.00): £0.00", e.getMessage());
    }

    @ParameterizedTest(name = "born {0}: State Pension age reached {1}")
    @CsvSource({
        "1960-04-05, 2026-04-05",
        "1960-04-06, 2026-05-06",
        "1960-05-05, 2026-06-05",
        "1960-05-06, 2026-07-06",
        "1961-03-05, 2028-02-05",
        "1961-03-06, 2028-03-06",
        "1977-04-05, 2044-04-05",
        "1977-04-06, 2045-04-06"})
    void givenDateOfBirth_thenPensionsAct2014Timetable(LocalDate born, LocalDate reached) {
        assertEquals(reached, UkFigures.standard().statePensionAge().reachedOn(born));
    }
}
