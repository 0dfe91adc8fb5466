package org.carebudget.core.hours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * Hours planned and delivered in a period, per care package, funder, personal assistant and kind of hours: what
 * rostering measures and what {@code carebudget-money} costs, pays and reports, without either module depending on
 * the other. Minutes are elapsed {@code Europe/London} time.
 *
 * <p>Lines are kept sorted by {@link HoursKey}, one per key, so two summaries built from the same hours in any order
 * are equal. Every count, every line and the grand totals are at most {@value #MAX_MINUTES} minutes (about 1.9
 * million years): the builder refuses anything that would go beyond, so a total read from a summary, or from any
 * selection of it, can never have overflowed. Built with {@link #builder(DateRange)}; immutable and thread-safe.
 */
public final class HoursSummary {

    /** The most minutes a line, or a summary's grand total of planned or of delivered minutes, may hold: 10^12. */
    public static final long MAX_MINUTES = 1_000_000_000_000L;

    private final DateRange period;
    private final List<HoursLine> lines;
    private final long plannedMinutes;
    private final long deliveredMinutes;

    private HoursSummary(DateRange period, List<HoursLine> lines, long plannedMinutes, long deliveredMinutes) {
        this.period = period;
        this.lines = lines;
        this.plannedMinutes = plannedMinutes;
        this.deliveredMinutes = deliveredMinutes;
    }

    /**
     * Returns a builder for a summary of a period.
     *
     * @param period the dates the hours fall in, not null, with an end, within the supported dates
     * @return a new builder, not null
     * @throws InvalidValueException if {@code period} is null, open-ended or outside the supported dates
     */
    public static Builder builder(DateRange period) {
        Checks.CORE.notNull(period, "period");
        LocalDate end = period.end().orElse(null);
        if (end == null || !SupportedDates.contains(period.start()) || end.isAfter(SupportedDates.LAST.plusDays(1))) {
            throw new InvalidValueException("period", "a range with an end within " + SupportedDates.FIRST + " - "
                    + SupportedDates.LAST, period);
        }
        return new Builder(period);
    }

    /**
     * Returns an empty summary of a period.
     *
     * @param period the dates, as for {@link #builder}
     * @return the summary, not null, with no lines
     * @throws InvalidValueException as {@link #builder} does
     */
    public static HoursSummary empty(DateRange period) {
        return builder(period).build();
    }

    /**
     * Returns the dates the hours fall in.
     *
     * @return the period, not null, with an end
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns the lines, one per key, sorted by key.
     *
     * @return the lines, not null, unmodifiable
     */
    public List<HoursLine> lines() {
        return lines;
    }

    /**
     * Returns the line for a key.
     *
     * @param key the key, not null
     * @return the line, or empty when nothing was planned or delivered for it
     * @throws InvalidValueException if {@code key} is null
     */
    public Optional<HoursLine> line(HoursKey key) {
        Checks.CORE.notNull(key, "key");
        int at = Collections.binarySearch(lines, HoursLine.of(key, 0, 0), (a, b) -> a.key().compareTo(b.key()));
        return at >= 0 ? Optional.of(lines.get(at)) : Optional.empty();
    }

    /**
     * Returns whether there are no lines.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * Returns the minutes planned over all lines.
     *
     * @return the minutes, 0 - {@value #MAX_MINUTES}
     */
    public long plannedMinutes() {
        return plannedMinutes;
    }

    /**
     * Returns the minutes delivered over all lines.
     *
     * @return the minutes, 0 - {@value #MAX_MINUTES}
     */
    public long deliveredMinutes() {
        return deliveredMinutes;
    }

    /**
     * Returns delivered minus planned minutes over all lines.
     *
     * @return the variance, negative when less was worked than planned
     */
    public long varianceMinutes() {
        return deliveredMinutes - plannedMinutes;
    }

    /**
     * Returns the lines matching every filter given, as a summary of the same period: the hours of one funder, of
     * one PA in one package, of one kind, and so on. A null filter matches anything.
     *
     * @param carePackage the package; null for any
     * @param funder the funder; null for any
     * @param personalAssistant the PA; null for any
     * @param kind the kind of hours; null for any
     * @return the selection, not null
     */
    public HoursSummary select(@Nullable CarePackageId carePackage, @Nullable FunderId funder,
            @Nullable PersonalAssistantId personalAssistant, @Nullable HoursKind kind) {
        List<HoursLine> chosen = new ArrayList<>();
        long planned = 0;
        long delivered = 0;
        for (HoursLine line : lines) {
            if (line.key().matches(carePackage, funder, personalAssistant, kind)) {
                chosen.add(line);
                planned += line.plannedMinutes();
                delivered += line.deliveredMinutes();
            }
        }
        return chosen.size() == lines.size() ? this
                : new HoursSummary(period, Collections.unmodifiableList(chosen), planned, delivered);
    }

    /**
     * Returns the sum of this summary and another of the same period, line by line.
     *
     * @param other the other summary, not null, of the same period
     * @return the sum, not null
     * @throws InvalidValueException if {@code other} is null or of another period, or a line or a grand total would
     *     exceed {@value #MAX_MINUTES} minutes
     */
    public HoursSummary plus(HoursSummary other) {
        Checks.CORE.notNull(other, "other");
        if (!other.period.equals(period)) {
            throw new InvalidValueException("other", "a summary of " + period, other.period);
        }
        return builder(period).addAll(this).addAll(other).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HoursSummary s && s.period.equals(period) && s.lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return period.hashCode() * 31 + lines.hashCode();
    }

    /**
     * Returns the period, the totals and the number of lines, such as
     * {@code HoursSummary[2026-04-01/2026-05-01, planned=1200, delivered=1140, lines=4]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "HoursSummary[" + period + ", planned=" + plannedMinutes + ", delivered=" + deliveredMinutes
                + ", lines=" + lines.size() + "]";
    }

    /**
     * Adds up minutes per key. Each call adds everything it was given or, when a count is invalid or a sum would
     * exceed {@value HoursSummary#MAX_MINUTES}, nothing. Not thread-safe.
     */
    public static final class Builder {

        private final DateRange period;
        private final Map<HoursKey, long[]> minutes = new HashMap<>();
        private long plannedTotal;
        private long deliveredTotal;

        private Builder(DateRange period) {
            this.period = period;
        }

        /**
         * Adds minutes planned and delivered for a key to what the key already has.
         *
         * @param key the key, not null
         * @param plannedMinutes minutes rostered, 0 - {@value HoursSummary#MAX_MINUTES}
         * @param deliveredMinutes minutes worked, 0 - {@value HoursSummary#MAX_MINUTES}
         * @return this builder, not null
         * @throws InvalidValueException if {@code key} is null, a count is out of range, or the key's line or a grand
         *     total would exceed {@value HoursSummary#MAX_MINUTES}; nothing is added then
         */
        public Builder add(HoursKey key, long plannedMinutes, long deliveredMinutes) {
            Checks.CORE.notNull(key, "key");
            Checks.CORE.inRange(plannedMinutes, 0, MAX_MINUTES, "plannedMinutes");
            Checks.CORE.inRange(deliveredMinutes, 0, MAX_MINUTES, "deliveredMinutes");
            long[] line = minutes.get(key);
            long planned = (line == null ? 0 : line[0]) + plannedMinutes;
            long delivered = (line == null ? 0 : line[1]) + deliveredMinutes;
            within(planned, "plannedMinutes[" + key + "]");
            within(delivered, "deliveredMinutes[" + key + "]");
            within(plannedTotal + plannedMinutes, "plannedMinutes (total)");
            within(deliveredTotal + deliveredMinutes, "deliveredMinutes (total)");
            if (line == null) {
                minutes.put(key, new long[] {planned, delivered});
            } else {
                line[0] = planned;
                line[1] = delivered;
            }
            plannedTotal += plannedMinutes;
            deliveredTotal += deliveredMinutes;
            return this;
        }

        /**
         * Adds a line.
         *
         * @param line the line, not null
         * @return this builder, not null
         * @throws InvalidValueException as {@link #add(HoursKey, long, long)} does
         */
        public Builder add(HoursLine line) {
            Checks.CORE.notNull(line, "line");
            return add(line.key(), line.plannedMinutes(), line.deliveredMinutes());
        }

        /**
         * Adds every line of a summary, whatever its period: all of them, or none if a sum would exceed the limit.
         *
         * @param summary the summary, not null
         * @return this builder, not null
         * @throws InvalidValueException if {@code summary} is null or a sum would exceed
         *     {@value HoursSummary#MAX_MINUTES}; nothing is added then
         */
        public Builder addAll(HoursSummary summary) {
            Checks.CORE.notNull(summary, "summary");
            within(plannedTotal + summary.plannedMinutes, "plannedMinutes (total)");
            within(deliveredTotal + summary.deliveredMinutes, "deliveredMinutes (total)");
            for (HoursLine line : summary.lines) {
                add(line);
            }
            return this;
        }

        /**
         * Builds the summary of everything added so far. The builder stays usable.
         *
         * @return the summary, not null
         */
        public HoursSummary build() {
            List<HoursLine> lines = new ArrayList<>(minutes.size());
            for (Map.Entry<HoursKey, long[]> e : minutes.entrySet()) {
                lines.add(HoursLine.of(e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
            lines.sort((a, b) -> a.key().compareTo(b.key()));
            return new HoursSummary(period, Collections.unmodifiableList(lines), plannedTotal, deliveredTotal);
        }

        private static void within(long sum, String field) {
            if (sum > MAX_MINUTES) {
                throw new InvalidValueException(field, "a sum of at most " + MAX_MINUTES + " minutes", sum);
            }
        }
    }
}
