package org.carebudget.core.figures;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;

/**
 * Automatic-enrolment earnings figures for one pay period length: the earnings trigger and the qualifying
 * earnings band. Immutable and thread-safe.
 *
 * @param trigger earnings above which an eligible jobholder must be enrolled, positive
 * @param lowerQualifying the lower limit of qualifying earnings, positive
 * @param upperQualifying the upper limit of qualifying earnings, above the lower limit
 */
public record PensionBand(Gbp trigger, Gbp lowerQualifying, Gbp upperQualifying) {

    /**
     * Validates the band.
     *
     * @param trigger earnings above which an eligible jobholder must be enrolled, positive
     * @param lowerQualifying the lower limit of qualifying earnings, positive
     * @param upperQualifying the upper limit of qualifying earnings, above the lower limit
     * @throws InvalidValueException if an amount is null or not positive, or the upper limit is not above the lower
     */
    public PensionBand {
        Figures.positive(trigger, "trigger");
        Figures.positive(lowerQualifying, "lowerQualifying");
        Figures.positive(upperQualifying, "upperQualifying");
        if (upperQualifying.compareTo(lowerQualifying) <= 0) {
            throw new InvalidValueException("upperQualifying", "above lowerQualifying " + lowerQualifying, upperQualifying);
        }
    }

    /**
     * Returns the band from amounts in whole pounds.
     *
     * @param trigger the trigger in pounds
     * @param lower the lower qualifying limit in pounds
     * @param upper the upper qualifying limit in pounds
     * @return the band, not null
     */
    static PensionBand ofPounds(long trigger, long lower, long upper) {
        return new PensionBand(Gbp.ofPence(trigger * 100), Gbp.ofPence(lower * 100), Gbp.ofPence(upper * 100));
    }
}
