package org.carebudget.core.id;

import static org.carebudget.core.Invalid.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carebudget.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    private static final String FORM = "10 digits, spaces allowed, with a valid modulus 11 check digit";

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
        "'943 476 5919', 9434765919",
        "9434765919, 9434765919",
        "'401 023 2137', 4010232137",
        "1234567881, 1234567881",
        // check digit 11 becomes 0
        "0000000000, 0000000000",
        "1000000001, 1000000001",
        "9999999999, 9999999999",
        "4857773457, 4857773457",
    })
    void givenValidNumber_thenParsedToItsTenDigits(String text, String digits) {
        NhsNumber n = NhsNumber.parse(text);

        assertEquals(digits, n.value());
        assertEquals(n, NhsNumber.parse(n.value()));
        assertEquals(n.hashCode(), NhsNumber.parse(digits).hashCode());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "943476591, 9",
        "401023213, 7",
        "000000000, 0",
        "100000000, 1",
        "999999999, 9",
        "000000006, 10",
        "000071271, 10",
        "9434765919, 9",
    })
    void givenNineDigits_thenCheckDigitIsModulus11(String digits, int check) {
        assertEquals(check, NhsNumber.checkDigit(digits));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"9434765918", "9434765910", "4010232136", "1234567880", "0000000001", "9999999998",
        // transposed digits
        "4934765919", "9434765991"})
    void givenWrongCheckDigit_thenRejectedSayingSo(String text) {
        InvalidValueException e = assertInvalid(() -> NhsNumber.parse(text), "nhsNumber", FORM,
                "check digit does not match");

        assertFalse(e.getMessage().contains(text), e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0000000060", "0000000069", "0000712710", "0000712715", "0000712719"})
    void givenNineDigitsWhoseCheckDigitWouldBe10_thenEveryTenthDigitIsRejected(String text) {
        assertInvalid(() -> NhsNumber.parse(text), "nhsNumber", FORM, "check digit does not match");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "943476591", "94347659190", "943-476-5919", "943476591x", "x434765919",
        "+943476591", "９４３４７６５９１９", "943\t476\t5919"})
    void givenNotTenDigits_thenRejectedWithoutTheFullText(String text) {
        InvalidValueException e = assertInvalid(() -> NhsNumber.parse(text), "nhsNumber", FORM);

        if (text.strip().length() > 3) {
            assertFalse(e.getMessage().contains(text), e.getMessage());
        }
    }

    @Test
    void givenNull_thenRejectedNamingField() {
        assertInvalid(() -> NhsNumber.parse(null), "nhsNumber", "not null", "null");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"943 476 5919", "4010232137", "0000000000"})
    void givenNumber_thenToStringMasksAllButLastThreeDigits(String text) {
        NhsNumber n = NhsNumber.parse(text);
        String digits = n.value();

        assertEquals("NhsNumber[*** *** *" + digits.substring(7) + "]", n.toString());
        assertFalse(n.toString().contains(digits));
        assertFalse(n.toString().contains(digits.substring(0, 4)));
    }

    @Test
    void givenDifferentNumbers_thenNotEqual() {
        assertNotEquals(NhsNumber.parse("9434765919"), NhsNumber.parse("4010232137"));
        assertNotEquals(NhsNumber.parse("9434765919"), "9434765919");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "12345678", "1234567x9"})
    void givenCheckDigitOfTooFewOrNonDigits_thenRejected(String text) {
        assertInvalid(() -> NhsNumber.checkDigit(text), "digits", "at least nine digits");
    }

    @Test
    void givenCheckDigitOfNull_thenRejected() {
        assertInvalid(() -> NhsNumber.checkDigit(null), "digits", "not null");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"943 476 5919", "9434765919", "401 023 2137", "0000000000", "  943476 5919  "})
    void givenValidNumber_thenIsValidAgreesWithParse(String text) {
        assertTrue(NhsNumber.isValid(text));
        assertEquals(NhsNumber.parse(text).value(), text.replace(" ", ""));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "9434765918", "94347659190", "943476591", "943-476-5919", "x434765919",
        "９４３４７６５９１９", "943\t476\t5919", "0000000060"})
    void givenInvalidText_thenIsValidIsFalseWithoutThrowing(String text) {
        assertFalse(NhsNumber.isValid(text));
        assertInvalid(() -> NhsNumber.parse(text), "nhsNumber", FORM);
    }

    @Test
    void givenNullOrHugeText_thenIsValidIsFalse() {
        assertFalse(NhsNumber.isValid(null));
        assertFalse(NhsNumber.isValid("9".repeat(400_000)));
        assertFalse(NhsNumber.isValid(new StringBuilder("943 476 591").append('8')));
        assertTrue(NhsNumber.isValid(new StringBuilder("943 476 5919")));
    }

    @Test
    void givenTextOf400000Characters_thenRefusedAsTooLongShowingOnlyItsLength() {
        String text = "9434765919".repeat(40_000);

        InvalidValueException e = assertInvalid(() -> NhsNumber.parse(text), "nhsNumber", FORM + ", at most 32 characters",
                "(text of 400000 characters)");

        assertFalse(e.getMessage().contains("943"), e.getMessage());
    }

    @Test
    void givenValidNumberWithADigitAppended_thenMessageShowsAtMostThreeDigits() {
        InvalidValueException e = assertInvalid(() -> NhsNumber.parse("94347659190"), "nhsNumber", FORM);

        assertFalse(e.getMessage().contains("9434765919"), e.getMessage());
        assertTrue(e.givenValue().replaceAll("[^0-9]", "").length() <= 3, e.givenValue());
    }
}
