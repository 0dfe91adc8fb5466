package org.carebudget.core.id;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import org.carebudget.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five opaque ids share one rule; each is checked against the same table. */
class OpaqueIdsTest {

    private static final String SIXTY_FOUR = "a".repeat(64);
    private static final String SIXTY_FIVE = "a".repeat(65);

    record Kind(String field, Function<String, Object> of) {
        @Override
        public String toString() {
            return field;
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(new Kind("personId", PersonId::of), new Kind("carePackageId", CarePackageId::of),
                new Kind("personalAssistantId", PersonalAssistantId::of), new Kind("employerId", EmployerId::of),
                new Kind("funderId", FunderId::of));
    }

    static Stream<Arguments> valid() {
        return kinds().flatMap(k -> Stream.of("a", "Z", "7", "pa-01", "ICB:QWE.2026_1", "0-", SIXTY_FOUR,
                "123e4567-e89b-12d3-a456-426614174000").map(v -> Arguments.of(k, v)));
    }

    static Stream<Arguments> invalid() {
        return kinds().flatMap(k -> Stream.of("", " ", "-a", ".a", "_a", ":a", "a b", "a/b", "a@b", "é", "a\n",
                SIXTY_FIVE, " a", "a ").map(v -> Arguments.of(k, v)));
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @MethodSource("valid")
    void givenValidValue_thenToStringIsTheValueAndRoundTrips(Kind kind, String value) {
        Object id = kind.of().apply(value);

        assertEquals(value, id.toString());
        assertEquals(id, kind.of().apply(id.toString()));
        assertEquals(id.hashCode(), kind.of().apply(value).hashCode());
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @MethodSource("invalid")
    void givenMalformedValue_thenRejectedNamingFieldFormAndValue(Kind kind, String value) {
        assertInvalid(() -> kind.of().apply(value), kind.field(), OpaqueIds.FORM, '"' + value + '"');
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void givenNull_thenRejectedNamingField(Kind kind) {
        assertInvalid(() -> kind.of().apply(null), kind.field(), "not null", "null");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void givenSameTextForDifferentKinds_thenNotEqual(Kind kind) {
        Object id = kind.of().apply("x1");

        kinds().filter(other -> !other.field().equals(kind.field()))
                .forEach(other -> assertNotEquals(id, other.of().apply("x1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void givenCaseDiffers_thenDifferentIds(Kind kind) {
        assertNotEquals(kind.of().apply("abc"), kind.of().apply("ABC"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void givenIdOf400000Characters_thenRefusedWithTheTextCutTo100Characters(Kind kind) {
        String value = "a".repeat(400_000);

        InvalidValueException e = assertInvalid(() -> kind.of().apply(value), kind.field(), OpaqueIds.FORM,
                "): " + "a".repeat(100) + "…(400000 characters)");

        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }
}
