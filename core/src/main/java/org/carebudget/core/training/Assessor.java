package org.carebudget.core.training;

import org.carebudget.core.InvalidValueException;

/**
 * Who assessed a PA's competence: a named assessor, with their professional registration when they are a
 * registered professional (required for a delegated clinical task). Immutable and thread-safe.
 *
 * @param name the assessor's name or role, not blank, at most 200 characters
 * @param registration the assessor's professional registration; null when they hold none
 */
public record Assessor(String name, ProfessionalRegistration registration) {

    /**
     * Validates the assessor.
     *
     * @param name the assessor's name or role, not blank, at most 200 characters
     * @param registration the professional registration; may be null
     * @throws InvalidValueException if {@code name} is null, blank or too long
     */
    public Assessor {
        Texts.requireNotBlank(name, "assessor");
    }

    /**
     * Returns a registered professional as assessor.
     *
     * @param name the name, not blank
     * @param registration the registration, not null
     * @return the assessor, not null
     * @throws InvalidValueException if {@code name} is blank or {@code registration} is null
     */
    public static Assessor registered(String name, ProfessionalRegistration registration) {
        return new Assessor(name, InvalidValueException.requireNonNull(registration, "registration"));
    }

    /**
     * Returns an assessor who holds no professional registration (a competent assessor for medicines, say).
     *
     * @param name the name, not blank
     * @return the assessor, not null
     * @throws InvalidValueException if {@code name} is blank
     */
    public static Assessor unregistered(String name) {
        return new Assessor(name, null);
    }

    /**
     * Returns whether the assessor is a registered professional.
     *
     * @return true if a registration is recorded
     */
    public boolean isRegistered() {
        return registration != null;
    }
}
