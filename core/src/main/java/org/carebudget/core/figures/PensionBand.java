package org.carebudget.core.figures;

import java.util.Objects;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.jspecify.annotations.Nullable;

/**
 * Automatic-enrolment earnings figures for one pay period length: the earnings trigger and the qualifying earnings
 * band. Built by {@link #trigger(Gbp)}; immutable and thread-safe.
 */
public final class PensionBand {

    private final Gbp trigger;
    private final Gbp lowerQualifying;
    private final Gbp upperQualifying;

    private PensionBand(Gbp trigger, Gbp lowerQualifying, Gbp upperQualifying) {
        this.trigger = Figures.positive(trigger, Figures.MAX_AMOUNT_PENCE, "pensionBand.trigger");
        this.lowerQualifying = Figures.positive(lowerQualifying, Figures.MAX_AMOUNT_PENCE,
                "pensionBand.lowerQualifying");
        this.upperQualifying = Figures.positive(upperQualifying, Figures.MAX_AMOUNT_PENCE,
                "pensionBand.upperQualifying");
        if (upperQualifying.compareTo(lowerQualifying) <= 0) {
            throw new InvalidValueException("pensionBand.upperQualifying", "above the lower limit " + lowerQualifying,
                    upperQualifying);
        }
    }

    /**
     * Starts a band with its earnings trigger.
     *
     * @param trigger earnings above which an eligible jobholder must be enrolled, positive
     * @return the next step, not null
     */
    public static Qualifying trigger(Gbp trigger) {
        return (lower, upper) -> new PensionBand(trigger, lower, upper);
    }

    /** The second step of building a band: the qualifying earnings limits. */
    @FunctionalInterface
    public interface Qualifying {

        /**
         * Returns the band with its qualifying earnings limits.
         *
         * @param lower the lower limit of qualifying earnings, positive
         * @param upper the upper limit of qualifying earnings, above {@code lower}
         * @return the band, not null
         * @throws InvalidValueException if an amount is null, not positive, or the limits are out of order
         */
        PensionBand qualifyingEarnings(Gbp lower, Gbp upper);
    }

    /**
     * Returns the earnings trigger.
     *
     * @return earnings above which an eligible jobholder must be enrolled, positive
     */
    public Gbp trigger() {
        return trigger;
    }

    /**
     * Returns the lower limit of qualifying earnings.
     *
     * @return the limit, positive
     */
    public Gbp lowerQualifying() {
        return lowerQualifying;
    }

    /**
     * Returns the upper limit of qualifying earnings.
     *
     * @return the limit, above the lower limit
     */
    public Gbp upperQualifying() {
        return upperQualifying;
    }

    /**
     * Returns the qualifying earnings in a period: earnings between the lower and upper limits.
     *
     * @param earnings the earnings in the period, zero or more, not null
     * @return the qualifying earnings, zero or more
     * @throws InvalidValueException if {@code earnings} is null
     */
    public Gbp qualifyingEarnings(Gbp earnings) {
        long capped = Math.min(InvalidValueException.requireNonNull(earnings, "earnings").pence(), upperQualifying.pence());
        return Gbp.ofPence(Math.max(0, capped - lowerQualifying.pence()));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PensionBand b && b.trigger.equals(trigger) && b.lowerQualifying.equals(lowerQualifying)
                && b.upperQualifying.equals(upperQualifying);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trigger, lowerQualifying, upperQualifying);
    }

    @Override
    public String toString() {
        return "PensionBand[trigger " + trigger + ", qualifying " + lowerQualifying + " - " + upperQualifying + "]";
    }
}
