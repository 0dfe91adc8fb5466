package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The PA's membership of a qualifying workplace pension scheme (automatically enrolled, or on opting in): the
 * scheme, the date membership started, and how the scheme gives tax relief. Built by {@link #netPayArrangement} or
 * {@link #reliefAtSource}; immutable and thread-safe.
 */
public final class PensionEnrolment implements Evidence {

    private final String scheme;
    private final LocalDate enrolledOn;
    private final PensionTaxRelief taxRelief;

    private PensionEnrolment(String scheme, LocalDate enrolledOn, PensionTaxRelief taxRelief) {
        this.scheme = Checks.CORE.text(scheme, 200, "pensionEnrolment.scheme");
        this.enrolledOn = Checks.CORE.date(enrolledOn, "pensionEnrolment.enrolledOn");
        this.taxRelief = taxRelief;
    }

    /**
     * Returns membership of a scheme under a net pay arrangement.
     *
     * @param scheme the scheme, 1 - 200 characters, not blank
     * @param enrolledOn the date membership started, a supported date, not null
     * @return the enrolment, not null
     * @throws InvalidValueException if an argument is null, blank, too long or unsupported
     */
    public static PensionEnrolment netPayArrangement(String scheme, LocalDate enrolledOn) {
        return new PensionEnrolment(scheme, enrolledOn, PensionTaxRelief.NET_PAY_ARRANGEMENT);
    }

    /**
     * Returns membership of a relief-at-source scheme (the PA's contribution is recorded net of basic-rate relief).
     *
     * @param scheme the scheme, 1 - 200 characters, not blank
     * @param enrolledOn the date membership started, a supported date, not null
     * @return the enrolment, not null
     * @throws InvalidValueException if an argument is null, blank, too long or unsupported
     */
    public static PensionEnrolment reliefAtSource(String scheme, LocalDate enrolledOn) {
        return new PensionEnrolment(scheme, enrolledOn, PensionTaxRelief.RELIEF_AT_SOURCE);
    }

    /**
     * Returns the scheme.
     *
     * @return the scheme, not blank
     */
    public String scheme() {
        return scheme;
    }

    /**
     * Returns the date membership started.
     *
     * @return the date, not null
     */
    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    /**
     * Returns how the scheme gives tax relief.
     *
     * @return the relief, not null
     */
    public PensionTaxRelief taxRelief() {
        return taxRelief;
    }

    @Override
    public LocalDate evidenceDate() {
        return enrolledOn;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PensionEnrolment p && p.scheme.equals(scheme) && p.enrolledOn.equals(enrolledOn)
                && p.taxRelief == taxRelief;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, enrolledOn, taxRelief);
    }

    @Override
    public String toString() {
        return "PensionEnrolment[" + scheme + " from " + enrolledOn + ", " + taxRelief + "]";
    }
}
