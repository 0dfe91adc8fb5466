package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.WrittenStatement;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenStatementTest {

    private static final WrittenStatementByFirstDay BY_FIRST_DAY = new WrittenStatementByFirstDay();
    private static final WrittenStatementTradeUnionRight TRADE_UNION = new WrittenStatementTradeUnionRight();
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 5);

    @ParameterizedTest(name = "statement {0} days after the first day: {1}")
    @CsvSource({"-3, ''", "0, ''", "1, WARNING"})
    void givenStatementAroundTheFirstDay_thenLateIsAWarning(int daysAfter, String expected) {
        Employment e = Given.bare().evidence(WrittenStatement.givenOn(Given.FIRST_DAY.plusDays(daysAfter))).build();

        List<ComplianceFinding> found = Given.findings(BY_FIRST_DAY, e, Given.AS_OF);

        assertEquals(expected, String.join(" ", found.stream().map(f -> f.severity().name()).toList()));
    }

    @Test
    void givenNoStatementByTheFirstDay_thenBlocking() {
        ComplianceFinding found = Given.findings(BY_FIRST_DAY, Given.bare().build(), Given.FIRST_DAY).get(0);

        assertEquals(ComplianceSeverity.BLOCKING, found.severity());
        assertEquals(Given.FIRST_DAY.plusDays(1), found.actBefore());
    }

    @Test
    void givenAnEmploymentFromBefore6April2020_thenOutsideTheDayOneRule() {
        assertEquals(List.of(), Given.findings(BY_FIRST_DAY, Given.bare(Given.BORN, LocalDate.of(2019, 9, 2),
                PayFrequency.WEEKLY).build(), Given.AS_OF));
    }

    @ParameterizedTest(name = "first day {0}, trade union statement {1}: findings {2}")
    @CsvSource({"2026-09-28, false, 0", "2026-10-05, false, 1", "2026-10-05, true, 0"})
    void givenAnEmploymentFromOctober2026_thenTheStatementOfTheRightToJoinATradeUnionIsLookedFor(LocalDate first,
            boolean withStatement, int expected) {
        WrittenStatement statement = WrittenStatement.givenOn(first.minusDays(2));
        Employment e = Given.bare(Given.BORN, first, PayFrequency.WEEKLY)
                .evidence(withStatement ? statement.withTradeUnionRightStatement() : statement).build();

        List<ComplianceFinding> found = Given.findings(TRADE_UNION, e, first.plusDays(10));

        assertEquals(expected, found.size(), found::toString);
        if (expected == 1) {
            assertEquals(ComplianceSeverity.WARNING, found.get(0).severity());
            assertEquals(Status.UNCONFIRMED, found.get(0).source().status());
            assertTrue(found.get(0).source().citation().contains("not confirmed"), found.get(0).source().citation());
        }
    }

    @Test
    void givenNoStatementAtAll_thenOnlyTheFirstDayRuleReportsIt() {
        Employment e = Given.bare(Given.BORN, OCTOBER, PayFrequency.WEEKLY).build();

        assertEquals(List.of(), Given.findings(TRADE_UNION, e, OCTOBER.plusDays(10)));
        assertEquals(1, Given.findings(BY_FIRST_DAY, e, OCTOBER.plusDays(10)).size());
    }
}
