package org.carebudget.rostering;

/**
 * Why a personal assistant is away. Annual leave, sick leave and family leave (maternity, paternity, adoption,
 * parental and shared parental leave) are the Working Time Regulations' excluded days: left out of the 48-hour
 * average and made up from the days worked after the reference period (reg. 4(6)-(7)). Thread-safe.
 */
public enum AbsenceKind {
    /** Annual leave taken under the worker's entitlement (reg. 13). */
    ANNUAL_LEAVE,
    /** Sick leave. */
    SICKNESS,
    /** Maternity, paternity, adoption, parental or shared parental leave. */
    FAMILY_LEAVE,
    /** Any other time the PA is unavailable (training elsewhere, a personal day): not an excluded day. */
    OTHER;

    /**
     * Returns whether days of this absence are excluded days for the 48-hour average.
     *
     * @return true for annual, sick and family leave
     */
    public boolean isExcludedDay() {
        return this != OTHER;
    }
}
