package org.carebudget.core.figures;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * What the written statement of employment particulars must contain beyond the particulars of the Employment Rights
 * Act 1996 s. 1, for employments starting on the dates in force. From October 2026 the Employment Rights Act 2025
 * adds a statement of the worker's right to join a trade union; its date and form are not confirmed, so the standard
 * row for it has status {@link Status#UNCONFIRMED} and a vendor may replace it
 * ({@link UkFigures#replacing(DatedFigures)}). Immutable and thread-safe.
 */
public final class WrittenStatementContent implements DatedFigures {

    private final DateRange inForce;
    private final boolean tradeUnionRightStatement;
    private final Source source;

    private WrittenStatementContent(DateRange inForce, boolean tradeUnionRightStatement, Source source) {
        this.inForce = inForce;
        this.tradeUnionRightStatement = tradeUnionRightStatement;
        this.source = Checks.CORE.notNull(source, "writtenStatementContent.source");
    }

    /**
     * Returns a row under which the statement needs the particulars of s. 1 only.
     *
     * @param inForce the dates, with supported ends, not null
     * @param source the source, not null
     * @return the row, not null
     * @throws InvalidValueException if an argument is null or a date unsupported
     */
    public static WrittenStatementContent particularsOnly(DateRange inForce, Source source) {
        return new WrittenStatementContent(checked(inForce), false, source);
    }

    /**
     * Returns a row under which the statement must also state the right to join a trade union.
     *
     * @param inForce the dates, with supported ends, not null
     * @param source the source, not null
     * @return the row, not null
     * @throws InvalidValueException if an argument is null or a date unsupported
     */
    public static WrittenStatementContent withTradeUnionRightStatement(DateRange inForce, Source source) {
        return new WrittenStatementContent(checked(inForce), true, source);
    }

    private static DateRange checked(@Nullable DateRange inForce) {
        Checks.CORE.notNull(inForce, "writtenStatementContent.inForce");
        return Figures.range(inForce.start(), inForce.end().orElse(null), "writtenStatementContent.inForce");
    }

    @Override
    public DateRange inForce() {
        return inForce;
    }

    @Override
    public Source source() {
        return source;
    }

    /**
     * Returns whether the statement must state the worker's right to join a trade union.
     *
     * @return true from the date the Employment Rights Act 2025 requires it
     */
    public boolean tradeUnionRightStatement() {
        return tradeUnionRightStatement;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WrittenStatementContent w && w.inForce.equals(inForce)
                && w.tradeUnionRightStatement == tradeUnionRightStatement && w.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inForce, tradeUnionRightStatement, source);
    }

    @Override
    public String toString() {
        return "WrittenStatementContent[" + inForce + (tradeUnionRightStatement ? ": with the right to join a trade union"
                : ": particulars only") + "]";
    }
}
