package org.carebudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskedTest {

    @Test
    void givenAName_thenOnlyItsLengthIsShown() {
        assertEquals("(text of 13 characters)", Masked.text("Ada Lovelace."));
        assertEquals("(text of 0 characters)", Masked.text(""));
        assertEquals("null", Masked.text(null));
        assertFalse(Masked.text("Zoë").contains("Z"));
    }

    @Test
    void givenADateOfBirth_thenNoneOfItIsShown() {
        assertEquals("****-**-**", Masked.dateOfBirth(LocalDate.of(1980, 2, 29)));
        assertEquals("****-**-**", Masked.dateOfBirth(LocalDate.MAX));
        assertEquals("null", Masked.dateOfBirth(null));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource({
        "1980-02-30, ****-**-**",
        "30/02/1980, **/**/****",
        "2026-02-01 09:00, ****-**-** **:**",
        "٢٠٢٦-٠٢-٣٠, ****-**-**",
        "abc, abc",
    })
    void givenATextWithDigits_thenEveryDigitIsMaskedAndTheShapeKept(String text, String masked) {
        assertEquals(masked, Masked.digits(text));
    }

    @Test
    void givenAHugeText_thenDigitsShowsAtMost100CharactersAndTheLength() {
        String masked = Masked.digits("1".repeat(15_000_000));

        assertEquals("*".repeat(InvalidValueException.MAX_SHOWN) + "…(15000000 characters)", masked);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource({
        "9434765919, *** *** *919",
        "943 476 5919, *** *** *919",
        "94347659190, *** *** *190",
        "12, *** *** *",
    })
    void givenAnNhsNumber_thenAtMostItsLastThreeDigitsAreShown(String text, String masked) {
        assertEquals(masked, Masked.nhsNumber(text));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource({
        "AB123456C, ** ** ** *6 C",
        "'QQ 12 34 56 C', ** ** ** *6 C",
        "AB, **",
    })
    void givenAnNiNumber_thenAtMostItsLastDigitAndSuffixAreShown(String text, String masked) {
        assertEquals(masked, Masked.nationalInsuranceNumber(text));
    }

    @Test
    void givenHugeNumbers_thenOnlyTheirLengthIsShown() {
        assertEquals("(text of 400000 characters)", Masked.nhsNumber("9".repeat(400_000)));
        assertEquals("(text of 400000 characters)", Masked.nationalInsuranceNumber("A".repeat(400_000)));
        assertEquals("null", Masked.nhsNumber(null));
        assertEquals("null", Masked.nationalInsuranceNumber(null));
    }

    @Test
    void givenAMaskedValueInAnException_thenTheMessageCarriesOnlyTheMask() {
        InvalidValueException e = Checks.CORE.invalid("name", "1 - 200 characters", Masked.text("x".repeat(250)));

        assertEquals("Invalid value for name (valid values 1 - 200 characters): (text of 250 characters)", e.getMessage());
        assertTrue(e.givenValue().startsWith("(text of"));
    }
}
