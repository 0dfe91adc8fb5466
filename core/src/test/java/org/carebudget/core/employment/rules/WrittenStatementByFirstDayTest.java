package org.carebudget.core.employment.rules;

import static org.carebudget.core.employment.Given.FIRST_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.employment.WrittenStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenStatementByFirstDayTest {

    private static final WrittenStatementByFirstDay RULE = new WrittenStatementByFirstDay();

    @ParameterizedTest(name = "given {0} days after the first day: {1}")
    @CsvSource({"-1, NONE", "0, NONE", "1, WARNING"})
    void givenStatementAroundFirstDay_thenWarningOnlyWhenLate(int daysAfter, String expected) {
        Employment e = Given.bare().evidence(new WrittenStatement(FIRST_DAY.plusDays(daysAfter))).build();

        List<Finding> found = Given.findings(RULE, e, Given.AS_OF);

        if (expected.equals("NONE")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(Severity.WARNING, found.get(0).severity());
            assertEquals(FIRST_DAY.plusDays(1), found.get(0).dueDate());
        }
    }

    @Test
    void givenNoStatement_whenFirstDay_thenBlocking() {
        Finding found = Given.findings(RULE, Given.bare().build(), FIRST_DAY).get(0);

        assertEquals(Severity.BLOCKING, found.severity());
        assertEquals("No written statement of employment particulars on or before the first day, 2025-06-02.",
                found.message());
    }

    @Test
    void givenNoStatement_whenDayBeforeFirstDay_thenWarning() {
        Finding found = Given.findings(RULE, Given.bare().build(), FIRST_DAY.minusDays(1)).get(0);

        assertEquals(Severity.WARNING, found.severity());
        assertEquals(FIRST_DAY, found.dueDate());
    }
}
