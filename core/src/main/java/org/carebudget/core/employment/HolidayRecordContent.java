package org.carebudget.core.employment;

/**
 * What a record of annual leave and holiday pay shows, as Acas lists what employers must record from 6 April 2026
 * (Working Time Regulations 1998 reg. 16B). Thread-safe.
 */
public enum HolidayRecordContent {
    /** The leave the PA is entitled to, or has accrued, in the leave year. */
    ENTITLEMENT,
    /** The holiday taken. */
    LEAVE_TAKEN,
    /** Holiday carried over from earlier leave years. */
    CARRIED_OVER,
    /** The holiday pay, with what was included in it. */
    HOLIDAY_PAY,
    /** Payments in lieu of holiday not taken, on leaving. */
    PAY_IN_LIEU
}
