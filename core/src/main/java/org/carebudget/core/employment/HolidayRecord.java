package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * A record of annual leave and holiday pay the employer keeps: the dates it covers, when it was made, what it shows,
 * and when it was disposed of, if it has been. From 6 April 2026 such records must be adequate to show the employer
 * met its holiday duties and be kept six years from the date they were made (Working Time Regulations 1998
 * reg. 16B). Built by {@link #builder}; immutable and thread-safe.
 */
public final class HolidayRecord implements Evidence {

    private final DateRange covers;
    private final LocalDate madeOn;
    private final Set<HolidayRecordContent> shows;
    private final @Nullable LocalDate disposedOn;

    private HolidayRecord(Builder b) {
        this.covers = b.covers;
        this.madeOn = b.madeOn;
        this.shows = b.shows.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.shows));
        this.disposedOn = b.disposedOn;
    }

    /**
     * Starts a record.
     *
     * @param covers the dates it covers, half-open, with supported ends, not null
     * @param madeOn the date it was made, a supported date, not null
     * @return a builder, not null; not thread-safe
     * @throws InvalidValueException if an argument is null or a date unsupported
     */
    public static Builder builder(DateRange covers, LocalDate madeOn) {
        Checks.CORE.notNull(covers, "holidayRecord.covers");
        Checks.CORE.date(covers.start(), "holidayRecord.covers");
        covers.end().ifPresent(end -> Checks.CORE.date(end, "holidayRecord.covers"));
        return new Builder(covers, Checks.CORE.date(madeOn, "holidayRecord.madeOn"));
    }

    /**
     * Returns the dates the record covers.
     *
     * @return the range, not null
     */
    public DateRange covers() {
        return covers;
    }

    /**
     * Returns the date the record was made.
     *
     * @return the date, not null
     */
    public LocalDate madeOn() {
        return madeOn;
    }

    /**
     * Returns what the record shows.
     *
     * @return the contents, unmodifiable, possibly empty, not null
     */
    public Set<HolidayRecordContent> shows() {
        return shows;
    }

    /**
     * Returns when the record was disposed of.
     *
     * @return the date, on or after it was made, or null while it is kept
     */
    public @Nullable LocalDate disposedOn() {
        return disposedOn;
    }

    /**
     * Returns whether the record is held on a date: made by then and not yet disposed of.
     *
     * @param date the date, not null
     * @return true when held
     * @throws InvalidValueException if {@code date} is null
     */
    public boolean heldOn(LocalDate date) {
        Checks.CORE.notNull(date, "date");
        return !madeOn.isAfter(date) && (disposedOn == null || date.isBefore(disposedOn));
    }

    @Override
    public LocalDate evidenceDate() {
        return madeOn;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HolidayRecord h && h.covers.equals(covers) && h.madeOn.equals(madeOn)
                && h.shows.equals(shows) && Objects.equals(h.disposedOn, disposedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(covers, madeOn, shows, disposedOn);
    }

    @Override
    public String toString() {
        return "HolidayRecord[" + covers + " made " + madeOn + " " + shows + (disposedOn == null ? ""
                : ", disposed " + disposedOn) + "]";
    }

    /** Builds a {@link HolidayRecord}. Mutable and not thread-safe. */
    public static final class Builder {

        private final DateRange covers;
        private final LocalDate madeOn;
        private final Set<HolidayRecordContent> shows = EnumSet.noneOf(HolidayRecordContent.class);
        private @Nullable LocalDate disposedOn;

        private Builder(DateRange covers, LocalDate madeOn) {
            this.covers = covers;
            this.madeOn = madeOn;
        }

        /**
         * Adds what the record shows.
         *
         * @param contents the contents, not null, none null
         * @return this builder
         * @throws InvalidValueException if {@code contents} is null or holds null
         */
        public Builder showing(HolidayRecordContent... contents) {
            Checks.CORE.notNull(contents, "holidayRecord.shows");
            shows.addAll(Checks.CORE.list(Arrays.asList(contents), 100,
                    "holidayRecord.shows"));
            return this;
        }

        /**
         * Records that the record was disposed of.
         *
         * @param date the date, a supported date on or after it was made, not null
         * @return this builder
         * @throws InvalidValueException if {@code date} is null, unsupported or before it was made
         */
        public Builder disposedOn(LocalDate date) {
            Checks.CORE.date(date, "holidayRecord.disposedOn");
            if (date.isBefore(madeOn)) {
                throw new InvalidValueException("holidayRecord.disposedOn", "on or after madeOn " + madeOn, date);
            }
            this.disposedOn = date;
            return this;
        }

        /**
         * Builds the record. The builder is unchanged.
         *
         * @return the record, not null
         */
        public HolidayRecord build() {
            return new HolidayRecord(this);
        }
    }
}
