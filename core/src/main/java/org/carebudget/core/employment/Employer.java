package org.carebudget.core.employment;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.EmployerId;

/**
 * The employer of a personal assistant. Immutable and thread-safe.
 *
 * @param id the employer's identifier, not null
 * @param kind who the employer is, not null
 * @param everyEmployeeCloseFamily whether every person this employer employs is close family on GOV.UK's
 *     list (which can make employers' liability insurance not compulsory)
 * @param domesticServiceExemption whether the employer has decided (a legal judgement, never assumed) that
 *     the PA is a domestic servant in a private household under Working Time Regulations 1998 reg. 19, outside
 *     the 48-hour limit
 */
public record Employer(EmployerId id, EmployerKind kind, boolean everyEmployeeCloseFamily,
        boolean domesticServiceExemption) {

    /**
     * Validates the employer.
     *
     * @param id the employer's identifier, not null
     * @param kind who the employer is, not null
     * @param everyEmployeeCloseFamily whether every person this employer employs is close family
     * @param domesticServiceExemption whether the employer treats the PA as a domestic servant (reg. 19)
     * @throws InvalidValueException if {@code id} or {@code kind} is null
     */
    public Employer {
        InvalidValueException.requireNonNull(id, "employer.id");
        InvalidValueException.requireNonNull(kind, "employer.kind");
    }

    /**
     * Returns an employer with no close-family or domestic-service settings.
     *
     * @param id the identifier, not null
     * @param kind who the employer is, not null
     * @return the employer, not null
     * @throws InvalidValueException if an argument is null
     */
    public static Employer of(EmployerId id, EmployerKind kind) {
        return new Employer(id, kind, false, false);
    }
}
