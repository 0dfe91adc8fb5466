package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The written statement of employment particulars given to the PA, and whether it included a statement of the
 * right to join a trade union (required with the statement from October 2026 under the Employment Rights Act 2025;
 * see {@link org.carebudget.core.figures.WrittenStatementContent}). Built by {@link #givenOn}; immutable and
 * thread-safe.
 */
public final class WrittenStatement implements Evidence {

    private final LocalDate givenOn;
    private final boolean tradeUnionRightStatement;

    private WrittenStatement(LocalDate givenOn, boolean tradeUnionRightStatement) {
        this.givenOn = givenOn;
        this.tradeUnionRightStatement = tradeUnionRightStatement;
    }

    /**
     * Returns a statement of the particulars given on a date.
     *
     * @param date the date it was given, a supported date, not null
     * @return the statement, not null
     * @throws InvalidValueException if {@code date} is null or unsupported
     */
    public static WrittenStatement givenOn(LocalDate date) {
        return new WrittenStatement(Checks.CORE.date(date, "writtenStatement.givenOn"), false);
    }

    /**
     * Returns a copy recording that the statement of the right to join a trade union was given with it.
     *
     * @return the statement, {@code this} when already recorded, not null
     */
    public WrittenStatement withTradeUnionRightStatement() {
        return tradeUnionRightStatement ? this : new WrittenStatement(givenOn, true);
    }

    /**
     * Returns the date it was given.
     *
     * @return the date, not null
     */
    public LocalDate givenOn() {
        return givenOn;
    }

    /**
     * Returns whether the statement of the right to join a trade union was given with it.
     *
     * @return true when recorded so
     */
    public boolean tradeUnionRightStatement() {
        return tradeUnionRightStatement;
    }

    @Override
    public LocalDate evidenceDate() {
        return givenOn;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WrittenStatement w && w.givenOn.equals(givenOn)
                && w.tradeUnionRightStatement == tradeUnionRightStatement;
    }

    @Override
    public int hashCode() {
        return Objects.hash(givenOn, tradeUnionRightStatement);
    }

    @Override
    public String toString() {
        return "WrittenStatement[" + givenOn + (tradeUnionRightStatement ? ", with trade union statement" : "") + "]";
    }
}
