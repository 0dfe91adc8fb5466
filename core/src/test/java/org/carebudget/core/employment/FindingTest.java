package org.carebudget.core.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingTest {

    private static final Source SOURCE = Source.of("gov.uk/employers-liability-insurance", Status.CONFIRMED);

    @ParameterizedTest(name = "message \"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n"})
    void givenBlankMessage_thenRejectedNamingFieldRangeAndValue(String message) {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new Finding("insurance.employers-liability", Severity.WARNING, message, SOURCE, List.of(), null,
                        null));

        assertEquals("finding.message", e.field());
        assertEquals("non-blank text of 1 - 2000 characters", e.validValues());
        assertEquals('"' + message + '"', e.givenValue());
    }

    @Test
    void givenDueDate_thenDueWithinIsHalfOpen() {
        LocalDate due = LocalDate.of(2026, 5, 31);
        Finding f = new Finding("insurance.employers-liability", Severity.WARNING, "Renew.", SOURCE, List.of(), due,
                null);

        assertEquals(true, f.dueWithin(due, due.plusDays(1)));
        assertEquals(false, f.dueWithin(due.plusDays(1), due.plusDays(2)));
        assertEquals(false, f.dueWithin(due.minusDays(1), due));
    }
}
