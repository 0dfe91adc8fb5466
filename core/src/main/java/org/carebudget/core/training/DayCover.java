package org.carebudget.core.training;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * How many PAs of a package are competent in a task on one day. Immutable and thread-safe.
 */
public final class DayCover {

    private final LocalDate date;
    private final int competentPas;

    private DayCover(LocalDate date, int competentPas) {
        this.date = date;
        this.competentPas = competentPas;
    }

    /**
     * Returns the cover on a day.
     *
     * @param date the day, not null, within the supported dates
     * @param competentPas how many PAs are competent, zero or more
     * @return the cover, not null
     * @throws InvalidValueException if {@code date} is null or unsupported, or the count is negative
     */
    public static DayCover of(LocalDate date, int competentPas) {
        return new DayCover(Checks.CORE.date(date, "date"),
                Checks.CORE.inRange(competentPas, 0, Integer.MAX_VALUE, "competentPas"));
    }

    /**
     * Returns the day.
     *
     * @return the day, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns how many PAs are competent on the day.
     *
     * @return the count, zero or more
     */
    public int competentPas() {
        return competentPas;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DayCover that && that.date.equals(date) && that.competentPas == competentPas;
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + competentPas;
    }

    @Override
    public String toString() {
        return "DayCover[" + date + ", " + competentPas + "]";
    }
}
