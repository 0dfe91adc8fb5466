package org.carebudget.core.id;

import java.util.Locale;
import java.util.Set;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.Masked;
import org.jspecify.annotations.Nullable;

/**
 * A National Insurance number: two prefix letters, six digits and a suffix letter A to D, with HMRC's
 * disallowed letters and prefixes (HMRC National Insurance Manual NIM39110).
 *
 * <p>Rules: the first letter is not D, F, I, Q, U or V; the second is not D, F, I, O, Q, U or V; the prefixes
 * BG, GB, KN, NK, NT, TN and ZZ are not allocated; the suffix is A, B, C or D. {@link #parse} ignores spaces
 * and case (in {@code Locale.ROOT}, so a Turkish default locale changes nothing) and reads at most
 * {@value #MAX_TEXT} characters, checked before anything else; {@link #isValid} answers the same question without
 * an exception. {@code toString} and every error message mask all but the last digit and the suffix
 * ({@link Masked#nationalInsuranceNumber}); the full number is {@link #value()}, and {@code parse(n.value())}
 * equals {@code n}. Immutable and thread-safe.
 */
public final class NationalInsuranceNumber {

    /** The longest text {@link #parse} reads: nine characters with spaces, at most 32 characters. */
    public static final int MAX_TEXT = 32;

    private static final String FORM = "two prefix letters (HMRC NIM39110), six digits, suffix A-D";
    private static final String NOT_FIRST = "DFIQUV";
    private static final String NOT_SECOND = "DFIOQUV";
    private static final Set<String> NOT_ALLOCATED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private final String value;

    private NationalInsuranceNumber(String value) {
        this.value = value;
    }

    /**
     * Parses a National Insurance number.
     *
     * @param text the number, such as {@code "AB 12 34 56 C"}; spaces and case are ignored; not null (HMRC's
     *     example prefix {@code QQ} is never issued and is rejected)
     *     at most {@value #MAX_TEXT} characters
     * @return the number, not null
     * @throws InvalidValueException if {@code text} is null, too long or breaks any rule above; the message shows the
     *     text masked
     */
    public static NationalInsuranceNumber parse(String text) {
        InvalidValueException.requireNonNull(text, "nationalInsuranceNumber");
        if (text.length() > MAX_TEXT) {
            throw new InvalidValueException("nationalInsuranceNumber", FORM + ", at most " + MAX_TEXT + " characters",
                    Masked.nationalInsuranceNumber(text));
        }
        String v = normalised(text);
        if (!isAllocatable(v)) {
            throw new InvalidValueException("nationalInsuranceNumber", FORM, Masked.nationalInsuranceNumber(v));
        }
        return new NationalInsuranceNumber(v);
    }

    /**
     * Returns whether a text is a valid National Insurance number, as {@link #parse} would accept it, without
     * throwing.
     *
     * @param text the text; may be null (not valid)
     * @return true if {@code parse(text)} would succeed
     */
    public static boolean isValid(@Nullable CharSequence text) {
        return text != null && text.length() <= MAX_TEXT && isAllocatable(normalised(text));
    }

    private static String normalised(CharSequence text) {
        return text.toString().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static boolean isAllocatable(String v) {
        if (v.length() != 9) {
            return false;
        }
        char first = v.charAt(0);
        char second = v.charAt(1);
        char suffix = v.charAt(8);
        if (!isLetter(first) || !isLetter(second) || NOT_FIRST.indexOf(first) >= 0 || NOT_SECOND.indexOf(second) >= 0
                || NOT_ALLOCATED.contains(v.substring(0, 2)) || suffix < 'A' || suffix > 'D') {
            return false;
        }
        for (int i = 2; i < 8; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Returns the number in upper case without spaces. This is personal data: do not log it.
     *
     * @return the nine characters, not null
     */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof NationalInsuranceNumber && ((NationalInsuranceNumber) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Returns the number masked, for example {@code NationalInsuranceNumber[** ** ** *6 C]}. */
    @Override
    public String toString() {
        return "NationalInsuranceNumber[" + Masked.nationalInsuranceNumber(value) + "]";
    }
}
