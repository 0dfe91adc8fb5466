package org.carebudget.rostering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.carebudget.core.id.FunderId;
import org.jspecify.annotations.Nullable;

/**
 * A support plan's hours budget: weekly minutes per funder and kind of shift, each over its dates. Two lines for the
 * same funder and kind may not overlap in time. Immutable and thread-safe.
 */
public final class HoursBudget {

    /** The most lines a budget may have. */
    public static final int MAX_LINES = 1000;

    /** A budget with no lines: no hours budgeted. */
    public static final HoursBudget NONE = new HoursBudget(List.of());

    private static final Comparator<BudgetLine> ORDER = Comparator.comparing((BudgetLine l) -> l.funder().value())
            .thenComparing(BudgetLine::kind).thenComparing(l -> l.effective().start());

    private final List<BudgetLine> lines;

    private HoursBudget(List<BudgetLine> lines) {
        this.lines = lines;
    }

    /**
     * Returns a budget of the lines given.
     *
     * @param lines the lines, not null, no null element, at most {@value #MAX_LINES}, no two of the same funder and
     *     kind overlapping in time
     * @return the budget, not null
     * @throws RosteringException if {@code lines} or a line is null, there are too many, or two overlap
     */
    public static HoursBudget of(@Nullable Collection<BudgetLine> lines) {
        List<BudgetLine> sorted = new ArrayList<>(RosteringException.CHECKS.list(lines, MAX_LINES, "lines"));
        sorted.sort(ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            BudgetLine a = sorted.get(i - 1);
            BudgetLine b = sorted.get(i);
            if (a.funder().equals(b.funder()) && a.kind() == b.kind() && a.effective().overlaps(b.effective())) {
                throw new RosteringException("lines", "lines of one funder and kind that do not overlap in time",
                        b + " overlaps " + a);
            }
        }
        return new HoursBudget(List.copyOf(sorted));
    }

    /**
     * Returns the lines, by funder, kind and start.
     *
     * @return the lines, not null, unmodifiable
     */
    public List<BudgetLine> lines() {
        return lines;
    }

    /**
     * Returns the staff minutes a week budgeted for a funder and kind on a date.
     *
     * @param funder the funder, not null
     * @param kind the kind, not null
     * @param date the date, not null
     * @return the minutes, 0 when no line applies
     * @throws RosteringException if an argument is null
     */
    public int minutesPerWeek(@Nullable FunderId funder, @Nullable ShiftKind kind, @Nullable LocalDate date) {
        RosteringException.CHECKS.notNull(funder, "funder");
        RosteringException.CHECKS.notNull(kind, "kind");
        RosteringException.CHECKS.notNull(date, "date");
        for (BudgetLine line : lines) {
            if (line.funder().equals(funder) && line.kind() == kind && line.effective().contains(date)) {
                return line.minutesPerWeek();
            }
        }
        return 0;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HoursBudget b && b.lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return "HoursBudget" + lines;
    }
}
