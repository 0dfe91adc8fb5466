package org.carebudget.core.figures;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * The least cover an employers' liability policy must give (Employers' Liability (Compulsory Insurance) Act 1969
 * s. 1; Employers' Liability (Compulsory Insurance) Regulations 1998 reg. 3: £5 million from an authorised insurer).
 * Built by {@link #from(LocalDate)}; immutable and thread-safe.
 */
public final class EmployersLiabilityFigures implements DatedFigures {

    private final DateRange inForce;
    private final Gbp minimumCover;
    private final Source source;

    private EmployersLiabilityFigures(DateRange inForce, Gbp minimumCover, Source source) {
        this.inForce = inForce;
        this.minimumCover = Figures.positive(minimumCover, Gbp.MAX_PENCE, "employersLiability.minimumCover");
        this.source = Checks.CORE.notNull(source, "employersLiability.source");
    }

    /**
     * Starts a row in force from a date.
     *
     * @param start the first day in force, a supported date, not null
     * @return the next step, not null
     */
    public static Cover from(LocalDate start) {
        return cover(Figures.range(start, null, "employersLiability.inForce"));
    }

    /**
     * Starts a row in force for a range of dates.
     *
     * @param inForce the dates, with supported ends, not null
     * @return the next step, not null
     */
    public static Cover during(DateRange inForce) {
        Checks.CORE.notNull(inForce, "employersLiability.inForce");
        return cover(Figures.range(inForce.start(), inForce.end().orElse(null), "employersLiability.inForce"));
    }

    private static Cover cover(DateRange inForce) {
        return (cover, source) -> new EmployersLiabilityFigures(inForce, cover, source);
    }

    /** The second step of building the row. */
    @FunctionalInterface
    public interface Cover {

        /**
         * Returns the row with its minimum cover.
         *
         * @param minimumCover the least cover a policy must give, positive
         * @param source the source, not null
         * @return the row, not null
         * @throws InvalidValueException if an argument is null or the cover not positive
         */
        EmployersLiabilityFigures minimumCover(Gbp minimumCover, Source source);
    }

    @Override
    public DateRange inForce() {
        return inForce;
    }

    @Override
    public Source source() {
        return source;
    }

    /**
     * Returns the least cover an employers' liability policy must give.
     *
     * @return the cover, positive
     */
    public Gbp minimumCover() {
        return minimumCover;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EmployersLiabilityFigures e && e.inForce.equals(inForce)
                && e.minimumCover.equals(minimumCover) && e.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inForce, minimumCover, source);
    }

    @Override
    public String toString() {
        return "EmployersLiabilityFigures[" + inForce + ": at least " + minimumCover + "]";
    }
}
