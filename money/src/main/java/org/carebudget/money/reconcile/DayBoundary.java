package org.carebudget.money.reconcile;

/**
 * Which moment of a date a balance is stated for. Beancount's {@code balance} directive holds at the start of its
 * date and its users ask for end of day; bank statements print the balance after each line, so the balance after a
 * day's last line is the end-of-day balance. The start of a day is the end of the day before.
 */
public enum DayBoundary {
    /** Before any transaction of the date: every item dated before it counts. */
    START_OF_DAY,
    /** After every transaction of the date: every item dated on or before it counts. */
    END_OF_DAY
}
