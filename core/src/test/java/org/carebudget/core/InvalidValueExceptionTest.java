package org.carebudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvalidValueExceptionTest {

    @Test
    void givenFieldRangeAndValue_thenMessageNamesAllThree() {
        InvalidValueException e = new InvalidValueException("weeklyHours", "0 - 168", 170);

        assertEquals("Invalid value for weeklyHours (valid values 0 - 168): 170", e.getMessage());
        assertEquals("weeklyHours", e.field());
        assertEquals("0 - 168", e.validValues());
        assertEquals("170", e.givenValue());
    }

    @Test
    void givenNullValue_thenShownAsNull() {
        InvalidValueException e = new InvalidValueException("pa", "not null", null);

        assertEquals("Invalid value for pa (valid values not null): null", e.getMessage());
        assertEquals("null", e.givenValue());
    }

    @Test
    void givenNullFieldOrRange_thenShownAsNullNotAJdkException() {
        assertEquals("Invalid value for null (valid values x): 1", new InvalidValueException(null, "x", 1).getMessage());
        assertEquals("Invalid value for f (valid values null): 1", new InvalidValueException("f", null, 1).getMessage());
    }

    @Test
    void givenLongValue_thenCutToItsFirstCharactersWithItsLength() {
        String label = "x".repeat(15_000_000);

        InvalidValueException e = new InvalidValueException("label", "1 - 200 characters", label);

        assertEquals("x".repeat(InvalidValueException.MAX_SHOWN) + "…(15000000 characters)", e.givenValue());
        assertEquals("Invalid value for label (valid values 1 - 200 characters): " + e.givenValue(), e.getMessage());
    }

    @Test
    void givenValueCutInsideASurrogatePair_thenThePairIsNotSplit() {
        String text = "a".repeat(InvalidValueException.MAX_SHOWN - 1) + "\uD83D\uDE00" + "b";

        String shown = InvalidValueException.shown(text);

        assertEquals("a".repeat(InvalidValueException.MAX_SHOWN - 1) + "…(" + text.length() + " characters)", shown);
    }

    @Test
    void givenIt_thenItIsAnIllegalArgumentException() {
        IllegalArgumentException e = new InvalidValueException("f", "r", "v");

        assertEquals("f", ((InvalidValueException) e).field());
    }

    @Test
    void givenNonNull_thenRequireNonNullReturnsIt() {
        String value = "x";

        assertSame(value, InvalidValueException.requireNonNull(value, "f"));
    }

    @Test
    void givenNull_thenRequireNonNullThrowsNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> InvalidValueException.requireNonNull(null, "carePackage"));

        assertEquals("Invalid value for carePackage (valid values not null): null", e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(value = {"''", "' '", "'\t'"}, quoteCharacter = '\'')
    void givenBlankText_thenRequireNotBlankThrowsNamingFieldRangeAndValue(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> InvalidValueException.requireNotBlank(text, "citation"));

        assertEquals("citation", e.field());
        assertEquals("non-blank text of 1 - 2000 characters", e.validValues());
        assertEquals('"' + text + '"', e.givenValue());
    }

    @Test
    void givenNullOrText_thenRequireNotBlankRejectsNullAndReturnsText() {
        assertEquals("not null", assertThrows(InvalidValueException.class,
                () -> InvalidValueException.requireNotBlank(null, "id")).validValues());
        assertEquals(" a ", InvalidValueException.requireNotBlank(" a ", "id"));
    }

    @ParameterizedTest(name = "{0} in [{1}, {2}]")
    @CsvSource({
        "0, 0, 168",
        "168, 0, 168",
        "-9223372036854775808, -9223372036854775808, 9223372036854775807",
        "9223372036854775807, -9223372036854775808, 9223372036854775807",
        "5, 5, 5",
    })
    void givenValueInRange_thenReturnedUnchanged(long value, long min, long max) {
        assertEquals(value, InvalidValueException.requireInRange(value, min, max, "f"));
    }

    @ParameterizedTest(name = "{0} outside [{1}, {2}]")
    @CsvSource({
        "-1, 0, 168, 'Invalid value for hours (valid values 0 - 168): -1'",
        "169, 0, 168, 'Invalid value for hours (valid values 0 - 168): 169'",
        "4, 5, 5, 'Invalid value for hours (valid values 5 - 5): 4'",
        "-9223372036854775808, 0, 1, 'Invalid value for hours (valid values 0 - 1): -9223372036854775808'",
    })
    void givenValueOutOfRange_thenMessageNamesFieldRangeAndValue(long value, long min, long max, String message) {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> InvalidValueException.requireInRange(value, min, max, "hours"));

        assertEquals(message, e.getMessage());
        assertEquals("hours", e.field());
        assertEquals(min + " - " + max, e.validValues());
        assertEquals(String.valueOf(value), e.givenValue());
    }
}
