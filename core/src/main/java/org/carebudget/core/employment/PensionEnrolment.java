package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * The outcome of a workplace pension assessment: the PA was enrolled (automatically, or on opting in) in a
 * qualifying scheme. Immutable and thread-safe.
 *
 * @param scheme the pension scheme, 1 - 200 characters, not null
 * @param enrolledOn the date membership started, not null
 */
public record PensionEnrolment(String scheme, LocalDate enrolledOn) implements Evidence {

    /**
     * Validates the enrolment.
     *
     * @param scheme the pension scheme, 1 - 200 characters, not null
     * @param enrolledOn the date membership started, not null
     * @throws InvalidValueException if a component is null or the scheme is blank or too long
     */
    public PensionEnrolment {
        Texts.require(scheme, 200, "pensionEnrolment.scheme");
        InvalidValueException.requireNonNull(enrolledOn, "pensionEnrolment.enrolledOn");
    }

    @Override
    public LocalDate evidenceDate() {
        return enrolledOn;
    }
}
