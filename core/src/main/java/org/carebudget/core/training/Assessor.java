package org.carebudget.core.training;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Who assessed a PA's competence: a named assessor, with their professional registration when they are a
 * registered professional (required for a delegated clinical task). The name is personal data: error messages give
 * its length, never the name, and {@code toString} leaves it out. Immutable and thread-safe.
 */
public final class Assessor {

    private final String name;
    private final @Nullable ProfessionalRegistration registration;

    private Assessor(String name, @Nullable ProfessionalRegistration registration) {
        this.name = name;
        this.registration = registration;
    }

    /**
     * Returns an assessor, registered or not.
     *
     * @param name the assessor's name or role, not blank, at most {@value TrainingRecord#MAX_TEXT} characters
     * @param registration the professional registration; null when they hold none
     * @return the assessor, not null
     * @throws InvalidValueException if {@code name} is null, blank or too long
     */
    public static Assessor of(String name, @Nullable ProfessionalRegistration registration) {
        return new Assessor(personalText(name, "assessor"), registration);
    }

    /**
     * Returns a registered professional as assessor.
     *
     * @param name the name, not blank, at most {@value TrainingRecord#MAX_TEXT} characters
     * @param registration the registration, not null
     * @return the assessor, not null
     * @throws InvalidValueException if {@code name} is blank or too long, or {@code registration} is null
     */
    public static Assessor registered(String name, ProfessionalRegistration registration) {
        return of(name, Checks.CORE.notNull(registration, "registration"));
    }

    /**
     * Returns an assessor who holds no professional registration (a competent assessor for medicines, say).
     *
     * @param name the name, not blank, at most {@value TrainingRecord#MAX_TEXT} characters
     * @return the assessor, not null
     * @throws InvalidValueException if {@code name} is null, blank or too long
     */
    public static Assessor unregistered(String name) {
        return of(name, null);
    }

    /**
     * Checks a free text that may name a person: not null, not blank, at most {@value TrainingRecord#MAX_TEXT}
     * characters. A refused text is shown by its length only.
     */
    static String personalText(@Nullable String value, String field) {
        try {
            return Checks.CORE.text(value, TrainingRecord.MAX_TEXT, field);
        } catch (InvalidValueException e) {
            throw Checks.CORE.invalid(field, e.validValues(), value == null ? null
                    : "(" + value.length() + " characters, not shown: may name a person)");
        }
    }

    /**
     * Returns the assessor's name or role.
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the assessor's professional registration.
     *
     * @return the registration, or null when they hold none
     */
    public @Nullable ProfessionalRegistration registration() {
        return registration;
    }

    /**
     * Returns whether the assessor is a registered professional.
     *
     * @return true if a registration is recorded
     */
    public boolean isRegistered() {
        return registration != null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Assessor that && that.name.equals(name)
                && Objects.equals(that.registration, registration);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Objects.hashCode(registration);
    }

    /** Returns the registration, or that there is none; never the name. */
    @Override
    public String toString() {
        return "Assessor[" + (registration == null ? "unregistered" : registration) + "]";
    }
}
