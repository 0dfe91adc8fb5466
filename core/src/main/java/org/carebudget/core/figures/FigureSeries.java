package org.carebudget.core.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * One kind of row in the figures table, sorted by start date, with no two rows in force on the same day. Looks a
 * date up in arrays of epoch days, newest first (the row the latest start on or before the date is the only one
 * that can be in force, as rows do not overlap), so rules evaluated millions of times find a row without iterators
 * or allocation. Immutable and thread-safe.
 *
 * @param <T> the row type
 */
final class FigureSeries<T extends DatedFigures> {

    private final String name;
    private final List<T> rows;
    private final long[] starts;
    private final long[] ends;

    FigureSeries(String name, List<T> rows) {
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(r -> r.inForce().start()));
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
        this.starts = new long[sorted.size()];
        this.ends = new long[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            starts[i] = sorted.get(i).inForce().start().toEpochDay();
            ends[i] = sorted.get(i).inForce().end().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        }
    }

    @Nullable T find(LocalDate date) {
        long day = date.toEpochDay();
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] <= day) {
                return day < ends[i] ? rows.get(i) : null;
            }
        }
        return null;
    }

    String name() {
        return name;
    }

    List<T> rows() {
        return rows;
    }

    FigureSeries<T> with(T row) {
        List<T> more = new ArrayList<>(rows);
        more.add(row);
        return new FigureSeries<>(name, more);
    }

    FigureSeries<T> replacing(T row) {
        List<T> kept = new ArrayList<>(rows.size() + 1);
        for (T existing : rows) {
            if (!existing.inForce().overlaps(row.inForce())) {
                kept.add(existing);
            }
        }
        kept.add(row);
        return new FigureSeries<>(name, kept);
    }

    String coverage() {
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
