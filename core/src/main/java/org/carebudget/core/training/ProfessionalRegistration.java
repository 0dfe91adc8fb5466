package org.carebudget.core.training;

import java.util.Locale;
import org.carebudget.core.InvalidValueException;

/**
 * A professional's registration with a UK regulator, such as an NMC PIN. The number is kept upper-case without
 * spaces. Only its form is checked: whether the registration is current is for the caller to check on the
 * regulator's register.
 *
 * <p>The text form is {@code NMC 12A3456E}; {@code parse(r.toString())} equals {@code r}. Immutable and
 * thread-safe.
 *
 * @param regulator the regulator, not null
 * @param number the registration number, in the regulator's form (see {@link Regulator}), upper-case, no spaces
 */
public record ProfessionalRegistration(Regulator regulator, String number) {

    /**
     * Validates the registration.
     *
     * @param regulator the regulator, not null
     * @param number the registration number, in the regulator's form, upper-case, no spaces
     * @throws InvalidValueException if either is null or the number is not in the regulator's form
     */
    public ProfessionalRegistration {
        InvalidValueException.requireNonNull(regulator, "regulator");
        InvalidValueException.requireNonNull(number, "registrationNumber");
        if (!regulator.accepts(number)) {
            throw new InvalidValueException("registrationNumber", regulator + " " + regulator.form(),
                    '"' + number + '"');
        }
    }

    /**
     * Returns a registration, normalising the number to upper case without spaces.
     *
     * @param regulator the regulator, not null
     * @param number the registration number, not null; case and spaces are ignored
     * @return the registration, not null
     * @throws InvalidValueException if either is null or the number is not in the regulator's form
     */
    public static ProfessionalRegistration of(Regulator regulator, String number) {
        InvalidValueException.requireNonNull(number, "registrationNumber");
        return new ProfessionalRegistration(regulator, number.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /**
     * Parses the text form {@code REGULATOR NUMBER}, such as {@code NMC 12A3456E}.
     *
     * @param text the text, not null
     * @return the registration, not null
     * @throws InvalidValueException if the text is null or malformed, or names an unknown regulator
     */
    public static ProfessionalRegistration parse(String text) {
        InvalidValueException.requireNonNull(text, "professionalRegistration");
        String trimmed = text.trim();
        int space = trimmed.indexOf(' ');
        Regulator regulator = null;
        for (Regulator candidate : Regulator.values()) {
            if (space > 0 && candidate.name().equals(trimmed.substring(0, space).toUpperCase(Locale.ROOT))) {
                regulator = candidate;
            }
        }
        if (regulator == null) {
            throw new InvalidValueException("professionalRegistration", "NMC, HCPC or GMC, a space and the number",
                    '"' + text + '"');
        }
        return of(regulator, trimmed.substring(space + 1));
    }

    @Override
    public String toString() {
        return regulator + " " + number;
    }
}
