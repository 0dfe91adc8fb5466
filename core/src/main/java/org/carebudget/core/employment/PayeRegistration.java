package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;

/**
 * The employer's registration with HMRC to run PAYE. Immutable and thread-safe.
 *
 * @param employerPayeReference the employer PAYE reference, such as {@code 123/AB45678}, not null
 * @param registeredOn the date of registration, a supported date, not null
 */
public record PayeRegistration(String employerPayeReference, LocalDate registeredOn) implements Evidence {

    /**
     * Validates the registration.
     *
     * @param employerPayeReference the employer PAYE reference: 3 digits, a slash, 1 - 10 letters or digits
     * @param registeredOn the date of registration, a supported date, not null
     * @throws InvalidValueException if a component is null, the reference malformed or the date unsupported
     */
    public PayeRegistration {
        Checks.CORE.bounded(employerPayeReference, 14, "payeRegistration.employerPayeReference");
        if (!employerPayeReference.matches("[0-9]{3}/[A-Za-z0-9]{1,10}")) {
            throw new InvalidValueException("payeRegistration.employerPayeReference",
                    "3 digits, '/', 1 - 10 letters or digits", employerPayeReference);
        }
        Checks.CORE.date(registeredOn, "payeRegistration.registeredOn");
    }

    @Override
    public LocalDate evidenceDate() {
        return registeredOn;
    }
}
