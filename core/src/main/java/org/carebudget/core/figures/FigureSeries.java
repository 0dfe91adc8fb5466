package org.carebudget.core.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carebudget.core.InvalidValueException;

/**
 * One kind of row in the figures table, sorted by start date, with no two rows in force on the same day.
 * Immutable and thread-safe.
 *
 * @param <T> the row type
 */
final class FigureSeries<T extends DatedFigures> {

    private final String name;
    private final List<T> rows;

    FigureSeries(String name, List<T> rows) {
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(r -> r.inForce().start()));
        // Every earlier row, not just the previous one: an empty row between two others overlaps neither.
        for (int i = 1; i < sorted.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sorted.get(j).inForce().overlaps(sorted.get(i).inForce())) {
                    throw new InvalidValueException(name, "rows whose dates do not overlap",
                            sorted.get(j).inForce() + " and " + sorted.get(i).inForce());
                }
            }
        }
        this.name = name;
        this.rows = List.copyOf(sorted);
    }

    T on(LocalDate date) {
        InvalidValueException.requireNonNull(date, "date");
        for (T row : rows) {
            if (row.inForce().contains(date)) {
                return row;
            }
        }
        throw new InvalidValueException("date", "a date with " + name + " figures: " + coverage(), date);
    }

    List<T> rows() {
        return rows;
    }

    FigureSeries<T> with(T row) {
        List<T> more = new ArrayList<>(rows);
        more.add(InvalidValueException.requireNonNull(row, name));
        return new FigureSeries<>(name, more);
    }

    private String coverage() {
        if (rows.isEmpty()) {
            return "none in this table";
        }
        StringBuilder text = new StringBuilder();
        for (T row : rows) {
            text.append(text.length() == 0 ? "" : ", ").append(row.inForce());
        }
        return text.toString();
    }
}
