package org.carebudget.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.carebudget.core.InvalidValueException;

/** Round trips and check-digit behaviour of the identifiers. */
public class IdProperties {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** The NHS Data Dictionary check digit, written independently of the code under test. */
    static int modulus11(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.digit(nine.charAt(i), 10) * (10 - i);
        }
        return (11 - sum % 11) % 11;
    }

    @Provide
    public Arbitrary<String> opaqueIds() {
        Arbitrary<Character> first = Arbitraries.of(ALNUM.toCharArray());
        Arbitrary<String> rest = Arbitraries.strings().withChars(ALNUM + "._:-").ofMaxLength(63);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    @Provide
    public Arbitrary<String> validNhsNumbers() {
        return Arbitraries.strings().numeric().ofLength(9).filter(nine -> modulus11(nine) != 10)
                .map(nine -> nine + modulus11(nine));
    }

    @Provide
    public Arbitrary<String> validNiNumbers() {
        Arbitrary<Character> first = Arbitraries.of("ABCEGHJKLMNOPRSTWXYZ".toCharArray());
        Arbitrary<Character> second = Arbitraries.of("ABCEGHJKLMNPRSTWXYZ".toCharArray());
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<Character> suffix = Arbitraries.of('A', 'B', 'C', 'D');
        return Combinators.combine(first, second, digits, suffix).as((f, s, d, x) -> "" + f + s + d + x)
                .filter(n -> !java.util.Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(n.substring(0, 2)));
    }

    @Property
    void givenOpaqueIdText_thenEveryKindRoundTripsThroughToString(@ForAll("opaqueIds") String value) {
        assertEquals(PersonId.of(value), PersonId.of(PersonId.of(value).toString()));
        assertEquals(CarePackageId.of(value), CarePackageId.of(CarePackageId.of(value).toString()));
        assertEquals(PersonalAssistantId.of(value), PersonalAssistantId.of(PersonalAssistantId.of(value).toString()));
        assertEquals(EmployerId.of(value), EmployerId.of(EmployerId.of(value).toString()));
        assertEquals(FunderId.of(value), FunderId.of(FunderId.of(value).toString()));
        assertEquals(value, PersonId.of(value).value());
    }

    @Property
    void givenNhsNumberWithValidCheckDigit_thenParsedAndRoundTripsThroughValue(@ForAll("validNhsNumbers") String digits) {
        NhsNumber n = NhsNumber.parse(digits);

        assertEquals(digits, n.value());
        assertEquals(n, NhsNumber.parse(n.value()));
        assertEquals(n, NhsNumber.parse(digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6)));
        assertFalse(n.toString().contains(digits));
        assertFalse(n.toString().contains(digits.substring(0, 7)));
    }

    @Property
    void givenValidNhsNumber_thenAnySingleDigitChangeFails(@ForAll("validNhsNumbers") String digits,
            @ForAll @IntRange(min = 0, max = 9) int position, @ForAll @IntRange(min = 1, max = 9) int change) {
        char changed = (char) ('0' + (digits.charAt(position) - '0' + change) % 10);
        String wrong = digits.substring(0, position) + changed + digits.substring(position + 1);

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> NhsNumber.parse(wrong));
        assertFalse(e.getMessage().contains(wrong), e.getMessage());
    }

    @Property
    void givenNineDigitsWithCheckDigitTen_thenNoTenthDigitPasses(@ForAll("nineDigitsWithCheckTen") String nine,
            @ForAll @IntRange(min = 0, max = 9) int last) {
        assertEquals(10, NhsNumber.checkDigit(nine));
        assertThrows(InvalidValueException.class, () -> NhsNumber.parse(nine + last));
    }

    @Provide
    Arbitrary<String> nineDigitsWithCheckTen() {
        return Arbitraries.strings().numeric().ofLength(9).filter(nine -> modulus11(nine) == 10);
    }

    @Property
    void givenValidNiNumber_thenParsedInAnyCaseAndSpacingAndRoundTripsThroughValue(
            @ForAll("validNiNumbers") String value, @ForAll boolean lower, @ForAll boolean spaced) {
        String text = spaced ? value.substring(0, 2) + " " + value.substring(2, 4) + " " + value.substring(4, 6) + " "
                + value.substring(6, 8) + " " + value.charAt(8) : value;
        NationalInsuranceNumber n = NationalInsuranceNumber.parse(lower ? text.toLowerCase(Locale.ROOT) : text);

        assertEquals(value, n.value());
        assertEquals(n, NationalInsuranceNumber.parse(n.value()));
        assertFalse(n.toString().contains(value.substring(0, 2)));
        assertFalse(n.toString().contains(value.substring(2, 7)));
    }

    @Property
    void givenNiNumberWithDisallowedLetter_thenRejected(@ForAll("validNiNumbers") String value,
            @ForAll("disallowedPrefixLetter") char letter, @ForAll boolean first) {
        String bad = first ? letter + value.substring(1) : value.charAt(0) + "" + letter + value.substring(2);

        assertThrows(InvalidValueException.class, () -> NationalInsuranceNumber.parse(bad));
    }

    @Provide
    Arbitrary<Character> disallowedPrefixLetter() {
        return Arbitraries.of('D', 'F', 'I', 'Q', 'U', 'V');
    }
}
