package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * A personal assistant (PA). {@code toString} shows only the identifier: name, date of birth and National
 * Insurance number are personal data. Immutable and thread-safe.
 *
 * @param id the identifier, not null
 * @param name the PA's name, 1 - 200 characters, not blank
 * @param dateOfBirth the date of birth, not null
 * @param nationalInsuranceNumber the National Insurance number, not null
 * @param hasOtherJobOrPension whether the PA has another job or a pension (then PAYE must run whatever they earn)
 */
public record PersonalAssistant(PersonalAssistantId id, String name, LocalDate dateOfBirth,
        NationalInsuranceNumber nationalInsuranceNumber, boolean hasOtherJobOrPension) {

    /**
     * Validates the PA.
     *
     * @param id the identifier, not null
     * @param name the PA's name, 1 - 200 characters, not blank
     * @param dateOfBirth the date of birth, not null
     * @param nationalInsuranceNumber the National Insurance number, not null
     * @param hasOtherJobOrPension whether the PA has another job or a pension
     * @throws InvalidValueException if a component is null or the name is blank or too long
     */
    public PersonalAssistant {
        InvalidValueException.requireNonNull(id, "personalAssistant.id");
        Texts.require(name, 200, "personalAssistant.name");
        InvalidValueException.requireNonNull(dateOfBirth, "personalAssistant.dateOfBirth");
        InvalidValueException.requireNonNull(nationalInsuranceNumber, "personalAssistant.nationalInsuranceNumber");
    }

    /**
     * Returns the PA's age in whole years on a date (as {@code ChronoUnit.YEARS.between}: someone born on 29 February
     * turns a year older on 1 March in other years).
     *
     * @param date the date, not null, on or after the date of birth
     * @return the age, zero or more
     * @throws InvalidValueException if {@code date} is null or before the date of birth
     */
    public int ageOn(LocalDate date) {
        InvalidValueException.requireNonNull(date, "date");
        if (date.isBefore(dateOfBirth)) {
            throw new InvalidValueException("date", "on or after the date of birth", date);
        }
        int years = date.getYear() - dateOfBirth.getYear();
        boolean beforeBirthday = date.getMonthValue() < dateOfBirth.getMonthValue()
                || date.getMonthValue() == dateOfBirth.getMonthValue() && date.getDayOfMonth() < dateOfBirth.getDayOfMonth();
        return beforeBirthday ? years - 1 : years;
    }

    @Override
    public String toString() {
        return "PersonalAssistant[" + id + "]";
    }
}
