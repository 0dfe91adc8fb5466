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

class NationalInsuranceNumberTest {

    private static final String FORM = "two prefix letters (HMRC NIM39110), six digits, suffix A-D";

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
        "'AB 12 34 56 C', AB123456C",
        "ab123456c, AB123456C",
        "'  JG 10 32 59 A ', JG103259A",
        "ZY000000D, ZY000000D",
        "AA999999B, AA999999B",
        "CE123456A, CE123456A",
        // O is allowed as a first letter, just not as the second
        "OA123456A, OA123456A",
        // the disallowed prefixes are exact pairs: their letters are fine elsewhere
        "BH123456A, BH123456A",
        "GA123456A, GA123456A",
        "NA123456A, NA123456A",
        "TA123456A, TA123456A",
        "ZA123456A, ZA123456A",
        "KL123456A, KL123456A",
    })
    void givenValidNumber_thenParsedUpperCaseWithoutSpaces(String text, String value) {
        NationalInsuranceNumber n = NationalInsuranceNumber.parse(text);

        assertEquals(value, n.value());
        assertEquals(n, NationalInsuranceNumber.parse(n.value()));
        assertEquals(n.hashCode(), NationalInsuranceNumber.parse(value).hashCode());
    }

    @ParameterizedTest(name = "first letter {0}")
    @ValueSource(strings = {"D", "F", "I", "Q", "U", "V"})
    void givenDisallowedFirstLetter_thenRejected(String letter) {
        assertInvalid(() -> NationalInsuranceNumber.parse(letter + "A123456A"), "nationalInsuranceNumber", FORM);
    }

    @ParameterizedTest(name = "second letter {0}")
    @ValueSource(strings = {"D", "F", "I", "O", "Q", "U", "V"})
    void givenDisallowedSecondLetter_thenRejected(String letter) {
        assertInvalid(() -> NationalInsuranceNumber.parse("A" + letter + "123456A"), "nationalInsuranceNumber", FORM);
    }

    @ParameterizedTest(name = "prefix {0}")
    @ValueSource(strings = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "bg", "tn"})
    void givenUnallocatedPrefix_thenRejected(String prefix) {
        assertInvalid(() -> NationalInsuranceNumber.parse(prefix + "123456A"), "nationalInsuranceNumber", FORM);
    }

    @ParameterizedTest(name = "suffix {0}")
    @ValueSource(strings = {"A", "B", "C", "D", "a", "d"})
    void givenSuffixAToD_thenAccepted(String suffix) {
        assertEquals(suffix.toUpperCase(java.util.Locale.ROOT), NationalInsuranceNumber.parse("AB123456" + suffix).value().substring(8));
    }

    @ParameterizedTest(name = "suffix \"{0}\"")
    @ValueSource(strings = {"E", "F", "Z", "0", "-", "@"})
    void givenOtherSuffix_thenRejected(String suffix) {
        assertInvalid(() -> NationalInsuranceNumber.parse("AB123456" + suffix), "nationalInsuranceNumber", FORM);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "AB123456", "AB1234567C", "AB12345C", "A1123456C", "1B123456C", "AB12345XC",
        "AB123456CC", "AB-12-34-56-C", "ÄB123456C", "AB１23456C"})
    void givenMalformed_thenRejected(String text) {
        assertInvalid(() -> NationalInsuranceNumber.parse(text), "nationalInsuranceNumber", FORM);
    }

    @Test
    void givenRejectedNumber_thenMessageMasksIt() {
        InvalidValueException e = assertInvalid(() -> NationalInsuranceNumber.parse("QQ 12 34 56 C"),
                "nationalInsuranceNumber", FORM, "** ** ** *6 C");

        assertFalse(e.getMessage().contains("123456"), e.getMessage());
        assertFalse(e.getMessage().contains("QQ"), e.getMessage());
    }

    @Test
    void givenNull_thenRejectedNamingField() {
        assertInvalid(() -> NationalInsuranceNumber.parse(null), "nationalInsuranceNumber", "not null", "null");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "AB123456C, 'NationalInsuranceNumber[** ** ** *6 C]'",
        "'jg 10 32 59 a', 'NationalInsuranceNumber[** ** ** *9 A]'",
    })
    void givenNumber_thenToStringShowsOnlyLastDigitAndSuffix(String text, String masked) {
        NationalInsuranceNumber n = NationalInsuranceNumber.parse(text);

        assertEquals(masked, n.toString());
        assertFalse(n.toString().contains(n.value()));
        assertFalse(n.toString().contains(n.value().substring(0, 2)));
    }

    @Test
    void givenDifferentNumbers_thenNotEqual() {
        assertNotEquals(NationalInsuranceNumber.parse("AB123456C"), NationalInsuranceNumber.parse("AB123456D"));
        assertNotEquals(NationalInsuranceNumber.parse("AB123456C"), "AB123456C");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"AB 12 34 56 C", "ab123456c", "  JG 10 32 59 A ", "ZY000000D", "OA123456A"})
    void givenValidNumber_thenIsValidAgreesWithParse(String text) {
        assertTrue(NationalInsuranceNumber.isValid(text));
        assertEquals(NationalInsuranceNumber.parse(text).value(), text.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "QQ123456C", "AB123456E", "BG123456A", "DA123456A", "AO123456A", "AB12345C",
        "AB1234567C", "ÄB123456C", "AB１23456C"})
    void givenInvalidText_thenIsValidIsFalseWithoutThrowing(String text) {
        assertFalse(NationalInsuranceNumber.isValid(text));
        assertInvalid(() -> NationalInsuranceNumber.parse(text), "nationalInsuranceNumber", FORM);
    }

    @Test
    void givenNullOrHugeText_thenIsValidIsFalse() {
        assertFalse(NationalInsuranceNumber.isValid(null));
        assertFalse(NationalInsuranceNumber.isValid("AB123456C".repeat(50_000)));
        assertTrue(NationalInsuranceNumber.isValid(new StringBuilder("AB 12 34 56 C")));
    }

    @Test
    void givenTextOf400000Characters_thenRefusedAsTooLongShowingOnlyItsLength() {
        String text = "AB123456C ".repeat(40_000);

        InvalidValueException e = assertInvalid(() -> NationalInsuranceNumber.parse(text), "nationalInsuranceNumber",
                FORM + ", at most 32 characters", "(text of 400000 characters)");

        assertFalse(e.getMessage().contains("AB"), e.getMessage());
    }
}
