package org.carebudget.core.training;

import java.util.regex.Pattern;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The code of a competency or delegated clinical task in a {@link CompetencyCatalogue}, such as
 * {@code moving-and-handling-people} or {@code tracheostomy-care}. Levels that matter are part of the code
 * ({@code infection-prevention-level-1}). The codes of the standard catalogue ({@link CompetencyCatalogue#standard()})
 * are the constants of this type; a catalogue may add codes of its own.
 *
 * <p>{@code toString} returns the code, so {@code CompetencyCode.of(c.toString())} equals {@code c}. Immutable and
 * thread-safe.
 *
 * @param value the code: 1 to {@value #MAX_LENGTH} characters of {@code a-z 0-9 -}, starting with a letter
 */
public record CompetencyCode(String value) implements Comparable<CompetencyCode> {

    /** The longest code, in characters. */
    public static final int MAX_LENGTH = 64;

    /** The form a code takes, in words. */
    static final String FORM = "1 to " + MAX_LENGTH + " characters of a-z 0-9 -, starting with a letter";

    private static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9-]*");

    /** Moving and handling people (standard catalogue: every 12 months, and on a new risk). */
    public static final CompetencyCode MOVING_AND_HANDLING_PEOPLE = new CompetencyCode("moving-and-handling-people");
    /** Basic life support and first aid (standard catalogue: every 12 months). */
    public static final CompetencyCode BASIC_LIFE_SUPPORT = new CompetencyCode("basic-life-support");
    /** Handling medicines, assessed by a competent assessor (standard catalogue: every 12 months). */
    public static final CompetencyCode MEDICATION = new CompetencyCode("medication");
    /** Safeguarding adults (standard catalogue: every 12 months). */
    public static final CompetencyCode SAFEGUARDING_ADULTS = new CompetencyCode("safeguarding-adults");
    /** Safeguarding children (standard catalogue: every 12 months). */
    public static final CompetencyCode SAFEGUARDING_CHILDREN = new CompetencyCode("safeguarding-children");
    /** Fire safety (standard catalogue: every 12 months). */
    public static final CompetencyCode FIRE_SAFETY = new CompetencyCode("fire-safety");
    /** Infection prevention and control, level 1 (standard catalogue: every 36 months). */
    public static final CompetencyCode INFECTION_PREVENTION_LEVEL_1 =
            new CompetencyCode("infection-prevention-level-1");
    /** The Mental Capacity Act 2005 (standard catalogue: every 36 months). */
    public static final CompetencyCode MENTAL_CAPACITY_ACT = new CompetencyCode("mental-capacity-act");
    /** Health and safety (standard catalogue: every 36 months). */
    public static final CompetencyCode HEALTH_AND_SAFETY = new CompetencyCode("health-and-safety");
    /** Equality and diversity (standard catalogue: every 36 months). */
    public static final CompetencyCode EQUALITY_AND_DIVERSITY = new CompetencyCode("equality-and-diversity");
    /** The Care Certificate, 16 standards (standard catalogue: once, at induction). */
    public static final CompetencyCode CARE_CERTIFICATE = new CompetencyCode("care-certificate");
    /** Epilepsy rescue medication, buccal midazolam (standard catalogue: delegated, at most every 24 months). */
    public static final CompetencyCode EPILEPSY_RESCUE_MEDICATION = new CompetencyCode("epilepsy-rescue-medication");
    /** Tracheostomy care (standard catalogue: delegated, interval set by the clinician). */
    public static final CompetencyCode TRACHEOSTOMY_CARE = new CompetencyCode("tracheostomy-care");
    /** Oral and tracheal suction (standard catalogue: delegated, interval set by the clinician). */
    public static final CompetencyCode SUCTION = new CompetencyCode("suction");
    /** Ventilation (standard catalogue: delegated, interval set by the clinician). */
    public static final CompetencyCode VENTILATION = new CompetencyCode("ventilation");
    /** PEG and gastrostomy feeding (standard catalogue: delegated, interval set by the clinician). */
    public static final CompetencyCode PEG_FEEDING = new CompetencyCode("peg-feeding");
    /** Catheter care (standard catalogue: delegated, interval set by the clinician). */
    public static final CompetencyCode CATHETER_CARE = new CompetencyCode("catheter-care");

    /**
     * Validates the code. The length is checked before the form.
     *
     * @param value the code: 1 to {@value #MAX_LENGTH} characters of {@code a-z 0-9 -}, starting with a letter
     * @throws InvalidValueException if {@code value} is null or not of that form
     */
    public CompetencyCode {
        Checks.CORE.notNull(value, "competencyCode");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !PATTERN.matcher(value).matches()) {
            throw Checks.CORE.invalid("competencyCode", FORM, '"' + value + '"');
        }
    }

    /**
     * Returns the code with the given value.
     *
     * @param value the code, not null, of the form described on the type
     * @return the code, not null
     * @throws InvalidValueException if {@code value} is null or malformed
     */
    public static CompetencyCode of(String value) {
        return new CompetencyCode(Checks.CORE.notNull(value, "competencyCode"));
    }

    /**
     * Orders codes alphabetically.
     *
     * @param other the other code, not null
     * @return negative, zero or positive as this code sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(CompetencyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
