package org.carebudget.core.figures;

import org.carebudget.core.InvalidValueException;

/**
 * Where a figure or rule comes from: a citation a person can follow, and how far it was confirmed.
 * Immutable and thread-safe.
 *
 * @param citation the source, such as {@code "gov.uk/national-minimum-wage-rates"}, not blank
 * @param status how far it was confirmed, not null
 */
public record Source(String citation, Status status) {

    /**
     * Validates the source.
     *
     * @param citation the source, such as {@code "gov.uk/national-minimum-wage-rates"}, not blank
     * @param status how far it was confirmed, not null
     * @throws InvalidValueException if the citation is null or blank, or the status is null
     */
    public Source {
        InvalidValueException.requireNotBlank(citation, "citation");
        InvalidValueException.requireNonNull(status, "status");
    }

    /**
     * Returns a source.
     *
     * @param citation the citation, not blank
     * @param status how far it was confirmed, not null
     * @return the source, not null
     */
    public static Source of(String citation, Status status) {
        return new Source(citation, status);
    }

    @Override
    public String toString() {
        return citation + " (" + status + ")";
    }
}
