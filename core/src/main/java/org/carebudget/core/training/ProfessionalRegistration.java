package org.carebudget.core.training;

import java.util.Locale;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A professional's registration with a UK regulator, such as an NMC PIN. The number is kept upper-case without
 * spaces. Only its form is checked: whether the registration is current is for the caller to check on the
 * regulator's register.
 *
 * <p>The text form is {@code NMC 12A3456E}; {@code parse(r.toString())} equals {@code r}. Text is measured before
 * it is read: a number longer than {@value #MAX_NUMBER_LENGTH} characters, or a text form longer than
 * {@value #MAX_TEXT_LENGTH}, is refused unread. Immutable and thread-safe.
 *
 * @param regulator the regulator, not null
 * @param number the registration number, in the regulator's form (see {@link Regulator}), upper-case, no spaces
 */
public record ProfessionalRegistration(Regulator regulator, String number) {

    /** The longest registration number read, in characters, spaces included. */
    public static final int MAX_NUMBER_LENGTH = 32;

    /** The longest text form read by {@link #parse}, in characters. */
    public static final int MAX_TEXT_LENGTH = 40;

    /**
     * Validates the registration.
     *
     * @param regulator the regulator, not null
     * @param number the registration number, in the regulator's form, upper-case, no spaces
     * @throws InvalidValueException if either is null or the number is not in the regulator's form
     */
    public ProfessionalRegistration {
        Checks.CORE.notNull(regulator, "regulator");
        Checks.CORE.bounded(number, MAX_NUMBER_LENGTH, "registrationNumber");
        if (!regulator.accepts(number)) {
            throw Checks.CORE.invalid("registrationNumber", regulator + " " + regulator.form(), '"' + number + '"');
        }
    }

    /**
     * Returns a registration, normalising the number to upper case without spaces.
     *
     * @param regulator the regulator, not null
     * @param number the registration number, not null, at most {@value #MAX_NUMBER_LENGTH} characters; case and
     *     spaces are ignored
     * @return the registration, not null
     * @throws InvalidValueException if either is null, the number is too long or not in the regulator's form
     */
    public static ProfessionalRegistration of(Regulator regulator, String number) {
        String bounded = Checks.CORE.bounded(number, MAX_NUMBER_LENGTH, "registrationNumber");
        return new ProfessionalRegistration(Checks.CORE.notNull(regulator, "regulator"),
                bounded.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /**
     * Parses the text form {@code REGULATOR NUMBER}, such as {@code NMC 12A3456E}.
     *
     * @param text the text, not null, at most {@value #MAX_TEXT_LENGTH} characters
     * @return the registration, not null
     * @throws InvalidValueException if the text is null, too long or malformed, or names an unknown regulator
     */
    public static ProfessionalRegistration parse(String text) {
        String trimmed = Checks.CORE.bounded(text, MAX_TEXT_LENGTH, "professionalRegistration").trim();
        int space = trimmed.indexOf(' ');
        Regulator regulator = null;
        for (Regulator candidate : Regulator.values()) {
            if (space > 0 && candidate.name().equals(trimmed.substring(0, space).toUpperCase(Locale.ROOT))) {
                regulator = candidate;
            }
        }
        if (regulator == null) {
            throw Checks.CORE.invalid("professionalRegistration", "NMC, HCPC or GMC, a space and the number",
                    '"' + text + '"');
        }
        return of(regulator, trimmed.substring(space + 1));
    }

    @Override
    public String toString() {
        return regulator + " " + number;
    }
}
