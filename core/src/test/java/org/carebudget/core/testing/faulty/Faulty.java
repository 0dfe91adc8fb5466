package org.carebudget.core.testing.faulty;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/** A value with the faults {@code ApiWalkTest} expects a walk to find. Test code only. */
public final class Faulty {

    private final LocalDate date;

    private Faulty(LocalDate date) {
        this.date = date;
    }

    /**
     * Accepts any date, supported or not (a fault under {@code requireUnsupportedDatesRefused}).
     *
     * @param date the date
     * @return the value
     */
    public static Faulty of(LocalDate date) {
        return new Faulty(InvalidValueException.requireNonNull(date, "date"));
    }

    /**
     * Lets a JDK exception out for a long text.
     *
     * @param text the text
     * @return its length
     */
    public static int length(String text) {
        if (text.length() > 1_000) {
            throw new IllegalStateException("too long");
        }
        return text.length();
    }

    /**
     * An instance method reached only through a sample harvested from {@link #of}: overflows into a JDK exception.
     *
     * @param days the days to add
     * @return the later date
     */
    public LocalDate plusDays(long days) {
        return date.plusDays(days);
    }
}
