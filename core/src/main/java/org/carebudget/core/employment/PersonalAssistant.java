package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.jspecify.annotations.Nullable;

/**
 * A personal assistant (PA). The National Insurance number is optional: a new PA's pay can be checked before it is
 * known. {@code toString} and every error show only the identifier (or a name's length): name, date of birth and NI
 * number are personal data. Built by {@link #builder}; immutable and thread-safe.
 */
public final class PersonalAssistant {

    /** The longest name accepted. */
    public static final int MAX_NAME = 200;

    private final PersonalAssistantId id;
    private final String name;
    private final LocalDate dateOfBirth;
    private final @Nullable NationalInsuranceNumber nationalInsuranceNumber;
    private final boolean anotherJobOrPension;

    private PersonalAssistant(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.dateOfBirth = b.dateOfBirth;
        this.nationalInsuranceNumber = b.nationalInsuranceNumber;
        this.anotherJobOrPension = b.anotherJobOrPension;
    }

    /**
     * Starts a PA.
     *
     * @param id the identifier, not null
     * @param name the PA's name, 1 - {@value #MAX_NAME} characters, not blank (an error shows its length only)
     * @param dateOfBirth the date of birth, a supported date, not null
     * @return a builder, not null; not thread-safe
     * @throws InvalidValueException if an argument is null, the name blank or too long, or the date unsupported
     */
    public static Builder builder(PersonalAssistantId id, String name, LocalDate dateOfBirth) {
        return new Builder(Checks.CORE.notNull(id, "personalAssistant.id"),
                Personal.name(name, MAX_NAME, "personalAssistant.name"),
                Checks.CORE.date(dateOfBirth, "personalAssistant.dateOfBirth"));
    }

    /**
     * Returns the identifier.
     *
     * @return the identifier, not null
     */
    public PersonalAssistantId id() {
        return id;
    }

    /**
     * Returns the PA's name (personal data).
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the date of birth (personal data).
     *
     * @return the date, not null
     */
    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /**
     * Returns the National Insurance number (personal data), if known.
     *
     * @return the number, or null while not known
     */
    public @Nullable NationalInsuranceNumber nationalInsuranceNumber() {
        return nationalInsuranceNumber;
    }

    /**
     * Returns whether the PA has another job or a pension, so PAYE must run whatever this job pays.
     *
     * @return true when recorded so
     */
    public boolean hasAnotherJobOrPension() {
        return anotherJobOrPension;
    }

    /**
     * Returns the PA's age in whole years on a date (someone born on 29 February turns a year older on 1 March in
     * other years).
     *
     * @param date the date, a supported date on or after the date of birth, not null
     * @return the age, zero or more
     * @throws InvalidValueException if {@code date} is null, unsupported or before the date of birth
     */
    public int ageOn(LocalDate date) {
        Checks.CORE.date(date, "date");
        if (date.isBefore(dateOfBirth)) {
            throw new InvalidValueException("date", "on or after the date of birth", date);
        }
        return ageOn(dateOfBirth, date);
    }

    /** The age in whole years on {@code date} of someone born on {@code born}, with {@code date >= born}. */
    static int ageOn(LocalDate born, LocalDate date) {
        int years = date.getYear() - born.getYear();
        boolean beforeBirthday = date.getMonthValue() < born.getMonthValue()
                || date.getMonthValue() == born.getMonthValue() && date.getDayOfMonth() < born.getDayOfMonth();
        return beforeBirthday ? years - 1 : years;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PersonalAssistant p && p.id.equals(id) && p.name.equals(name)
                && p.dateOfBirth.equals(dateOfBirth) && Objects.equals(p.nationalInsuranceNumber, nationalInsuranceNumber)
                && p.anotherJobOrPension == anotherJobOrPension;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, dateOfBirth, nationalInsuranceNumber, anotherJobOrPension);
    }

    @Override
    public String toString() {
        return "PersonalAssistant[" + id + "]";
    }

    /** Builds a {@link PersonalAssistant}. Mutable and not thread-safe. */
    public static final class Builder {

        private final PersonalAssistantId id;
        private final String name;
        private final LocalDate dateOfBirth;
        private @Nullable NationalInsuranceNumber nationalInsuranceNumber;
        private boolean anotherJobOrPension;

        private Builder(PersonalAssistantId id, String name, LocalDate dateOfBirth) {
            this.id = id;
            this.name = name;
            this.dateOfBirth = dateOfBirth;
        }

        /**
         * Sets the National Insurance number (default: not yet known).
         *
         * @param value the number, not null
         * @return this builder
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder nationalInsuranceNumber(NationalInsuranceNumber value) {
            this.nationalInsuranceNumber = Checks.CORE.notNull(value, "personalAssistant.nationalInsuranceNumber");
            return this;
        }

        /**
         * Records that the PA has another job or a pension (then PAYE must run whatever they earn here).
         *
         * @return this builder
         */
        public Builder anotherJobOrPension() {
            this.anotherJobOrPension = true;
            return this;
        }

        /**
         * Builds the PA. The builder is unchanged.
         *
         * @return the PA, not null
         */
        public PersonalAssistant build() {
            return new PersonalAssistant(this);
        }
    }
}
