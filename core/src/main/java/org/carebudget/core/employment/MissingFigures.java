package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.figures.DatedFigures;
import org.carebudget.core.figures.UkFigures;
import org.jspecify.annotations.Nullable;

/**
 * The figures a rule needed and the table lacked: the kind of row and the date, on a
 * {@link ComplianceSeverity#NOT_CHECKED} finding. Immutable and thread-safe.
 */
public final class MissingFigures implements ComplianceFigures {

    private final String kind;
    private final LocalDate date;

    private MissingFigures(String kind, LocalDate date) {
        this.kind = kind;
        this.date = date;
    }

    /**
     * Returns the missing figures.
     *
     * @param kind the kind of row, not null
     * @param date the date no row covered, a supported date, not null
     * @return the value, not null
     * @throws org.carebudget.core.InvalidValueException if an argument is null or the date unsupported
     */
    public static MissingFigures of(Class<? extends DatedFigures> kind, LocalDate date) {
        return new MissingFigures(UkFigures.nameOf(kind), Checks.CORE.date(date, "date"));
    }

    /**
     * Returns the missing figures by the name of their kind, as {@link UkFigures#nameOf} gives it.
     *
     * @param kind the name of the kind of row, 1 - 100 characters, not null
     * @param date the date no row covered, a supported date, not null
     * @return the value, not null
     * @throws org.carebudget.core.InvalidValueException if an argument is null, blank, too long or unsupported
     */
    public static MissingFigures named(String kind, LocalDate date) {
        return new MissingFigures(Checks.CORE.text(kind, 100, "kind"), Checks.CORE.date(date, "date"));
    }

    /**
     * Returns the name of the kind of row missing, such as {@code "minimum wage"}.
     *
     * @return the name, not blank
     */
    public String kind() {
        return kind;
    }

    /**
     * Returns the date no row covered.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MissingFigures m && m.kind.equals(kind) && m.date.equals(date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, date);
    }

    @Override
    public String toString() {
        return "MissingFigures[" + kind + " on " + date + "]";
    }
}
