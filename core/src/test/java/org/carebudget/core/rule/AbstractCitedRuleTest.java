package org.carebudget.core.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;
import org.junit.jupiter.api.Test;

class AbstractCitedRuleTest {

    static final Source SOURCE = Source.of("Care Act 2014 s.31", Status.CONFIRMED);
    static final DateRange FROM_APRIL = DateRange.startingOn(LocalDate.of(2026, 4, 6));

    /** The smallest rule: a severity that is a plain string. */
    static final class Rule extends AbstractCitedRule<String> {
        Rule(String id, String description, String severity, Source source, DateRange inForce) {
            super(id, description, severity, source, inForce);
        }
    }

    @Test
    void givenValidParts_thenTheRuleKeepsThem() {
        Rule rule = new Rule("plan.check", "Checks the plan", "HOLD", SOURCE, FROM_APRIL);

        assertEquals("plan.check", rule.id());
        assertEquals("Checks the plan", rule.description());
        assertEquals("HOLD", rule.severity());
        assertEquals(SOURCE, rule.source());
        assertEquals(FROM_APRIL, rule.inForce());
    }

    @Test
    void givenADateRange_thenInForceOnIsInclusiveOfTheStartOnly() {
        Rule rule = new Rule("plan.check", "Checks the plan", "HOLD", SOURCE,
                DateRange.of(LocalDate.of(2026, 4, 6), LocalDate.of(2027, 4, 6)));

        assertFalse(rule.inForceOn(LocalDate.of(2026, 4, 5)));
        assertTrue(rule.inForceOn(LocalDate.of(2026, 4, 6)));
        assertTrue(rule.inForceOn(LocalDate.of(2027, 4, 5)));
        assertFalse(rule.inForceOn(LocalDate.of(2027, 4, 6)));
    }

    @Test
    void givenABlankIdOrDescription_thenRejectedNamingTheField() {
        assertEquals("id", assertThrows(InvalidValueException.class,
                () -> new Rule(" ", "Checks the plan", "HOLD", SOURCE, FROM_APRIL)).field());
        assertEquals("description", assertThrows(InvalidValueException.class,
                () -> new Rule("plan.check", "", "HOLD", SOURCE, FROM_APRIL)).field());
    }

    @Test
    void givenANullPart_thenRejectedNamingTheField() {
        assertEquals("severity", assertThrows(InvalidValueException.class,
                () -> new Rule("plan.check", "Checks the plan", null, SOURCE, FROM_APRIL)).field());
        assertEquals("source", assertThrows(InvalidValueException.class,
                () -> new Rule("plan.check", "Checks the plan", "HOLD", null, FROM_APRIL)).field());
        assertEquals("inForce", assertThrows(InvalidValueException.class,
                () -> new Rule("plan.check", "Checks the plan", "HOLD", SOURCE, null)).field());
    }
}
