package org.carebudget.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.testing.faulty.Faulty;
import org.junit.jupiter.api.Test;

/** The walk itself: it finds the faults it promises to, so a clean walk of a module means something. */
class ApiWalkTest {

    private static ApiWalk.Result walkFaulty(boolean requireRefused) {
        ApiWalk walk = ApiWalk.of(InvalidValueException.class, Faulty.class, "org.carebudget.core.testing.faulty");
        return (requireRefused ? walk.requireUnsupportedDatesRefused() : walk).run();
    }

    private static List<String> violationsOf(ApiWalk.Result result, String member) {
        return result.violations().stream().filter(v -> v.startsWith(Faulty.class.getName() + "." + member))
                .collect(Collectors.toList());
    }

    @Test
    void givenAMemberThatAcceptsUnsupportedDates_thenRequiringRefusalReportsEachOne() {
        List<String> accepted = violationsOf(walkFaulty(true), "of(");

        assertEquals(4, accepted.size(), accepted::toString);
        assertTrue(accepted.stream().allMatch(v -> v.endsWith("accepted a date or instant outside SupportedDates")));
    }

    @Test
    void givenRefusalNotRequired_thenAcceptingAnUnsupportedDateIsNoViolation() {
        assertEquals(List.of(), violationsOf(walkFaulty(false), "of("));
    }

    @Test
    void givenJdkExceptionsForNullAndLongText_thenEachIsReported() {
        List<String> thrown = violationsOf(walkFaulty(false), "length(");

        assertEquals(2, thrown.size(), thrown::toString);
        assertTrue(thrown.get(0).contains("= null: threw java.lang.NullPointerException"), thrown::toString);
        assertTrue(thrown.get(1).contains("(100000): threw java.lang.IllegalStateException"), thrown::toString);
    }

    @Test
    void givenAValueOnlyAFactoryMakes_thenItsInstanceMethodsAreWalkedOnTheHarvestedSample() {
        ApiWalk.Result result = walkFaulty(false);
        List<String> overflow = violationsOf(result, "plusDays(");

        assertEquals(List.of(), result.unwalked(), result::toString);
        assertTrue(overflow.stream().anyMatch(v -> v.contains("threw java.time.DateTimeException")), overflow::toString);
    }
}
