package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carebudget.core.figures.DatedFigures;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.EmployerDuties;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.PensionThresholds;
import org.carebudget.core.figures.UkFigures;

/**
 * The rows of a {@link UkFigures} table by kind, as arrays of epoch days, so that rules evaluated millions of times
 * look a figure up without iterators or allocation. A date no row covers gives null; the caller then asks the
 * table itself, which throws its own message. Immutable and thread-safe.
 */
final class FigureIndex {

    final Series<MinimumWage> minimumWage;
    final Series<EmployerCosts> employerCosts;
    final Series<PensionThresholds> pension;
    final Series<HolidayFigures> holiday;
    final Series<EmployerDuties> duties;

    FigureIndex(UkFigures figures) {
        List<DatedFigures> rows = figures.rows();
        this.minimumWage = new Series<>(rows, MinimumWage.class);
        this.employerCosts = new Series<>(rows, EmployerCosts.class);
        this.pension = new Series<>(rows, PensionThresholds.class);
        this.holiday = new Series<>(rows, HolidayFigures.class);
        this.duties = new Series<>(rows, EmployerDuties.class);
    }

    /** One kind of row: first day and day after the last (as epoch days) and the row. */
    static final class Series<T extends DatedFigures> {
        private final long[] starts;
        private final long[] ends;
        private final Object[] rows;

        Series(List<DatedFigures> all, Class<T> type) {
            List<T> mine = new ArrayList<>();
            for (DatedFigures row : all) {
                if (type.isInstance(row)) {
                    mine.add(type.cast(row));
                }
            }
            starts = new long[mine.size()];
            ends = new long[mine.size()];
            rows = mine.toArray();
            for (int i = 0; i < rows.length; i++) {
                starts[i] = mine.get(i).inForce().start().toEpochDay();
                ends[i] = mine.get(i).inForce().end().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            }
        }

        @SuppressWarnings("unchecked")
        T on(LocalDate date) {
            long day = date.toEpochDay();
            for (int i = 0; i < rows.length; i++) {
                if (starts[i] <= day && day < ends[i]) {
                    return (T) rows[i];
                }
            }
            return null;
        }
    }
}
