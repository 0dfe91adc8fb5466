package org.carebudget.rostering;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.LondonTime;
import org.jspecify.annotations.Nullable;

/**
 * A planned shift in a care package's rota: when (two instants, shown in {@code Europe/London}), what kind, which
 * support-plan tasks it covers, the funder whose hours it uses, and the personal assistants booked on it, or none
 * while it is unfilled. A double-up needs two PAs at once.
 *
 * <p>Its length is elapsed time between the instants: a 22:00 - 06:00 night is 9 hours over the October clock
 * change and 7 over the March one. Local date-times are accepted only through the strict factory
 * ({@link #builder(ShiftId, CarePackageId, FunderId, LocalDateTime, LocalDateTime)}): a time in the March gap is
 * refused, and a time in the October overlap must come with its offset
 * ({@link #builder(ShiftId, CarePackageId, FunderId, OffsetDateTime, OffsetDateTime)}).
 *
 * <p>A shift lasts at most 24 elapsed hours unless marked {@link Builder#longerThan24Hours()} (then at most
 * {@value #LONGEST_MARKED_HOURS}). A sleep-in may carry the periods the PA was awake to give care; any shift may
 * carry rest breaks, which are not working time. Built with a {@link Builder}; immutable and thread-safe.
 */
public final class Shift {

    /** The longest shift not marked as longer than 24 hours, in elapsed hours. */
    public static final int LONGEST_HOURS = 24;
    /** The longest shift marked as longer than 24 hours, in elapsed hours: 14 days. */
    public static final int LONGEST_MARKED_HOURS = 14 * 24;
    /** The most tasks a shift may cover. */
    public static final int MAX_TASKS = 64;
    /** The longest task name, as in a support plan. */
    public static final int MAX_TASK_LENGTH = 200;
    /** The most awake periods or rest breaks a shift may carry, each. */
    public static final int MAX_PERIODS = 48;

    private final ShiftId id;
    private final CarePackageId carePackage;
    private final FunderId funder;
    private final TimeSpan span;
    private final ShiftKind kind;
    private final int staffNeeded;
    private final List<PersonalAssistantId> personalAssistants;
    private final List<String> tasks;
    private final List<TimeSpan> awakePeriods;
    private final List<TimeSpan> breaks;
    private final boolean longerThan24Hours;

    private Shift(Builder b, List<PersonalAssistantId> personalAssistants) {
        this.id = b.id;
        this.carePackage = b.carePackage;
        this.funder = b.funder;
        this.span = b.span;
        this.kind = b.kind;
        this.staffNeeded = b.staffNeeded;
        this.personalAssistants = personalAssistants;
        this.tasks = List.copyOf(b.tasks);
        this.awakePeriods = sorted(b.awake);
        this.breaks = sorted(b.breaks);
        this.longerThan24Hours = b.longerThan24Hours;
    }

    private static List<TimeSpan> sorted(List<TimeSpan> spans) {
        List<TimeSpan> copy = new ArrayList<>(spans);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    /**
     * Returns a builder for a shift between two instants.
     *
     * @param id the shift's id, not null, unique in its rota
     * @param carePackage the care package, not null
     * @param funder the funder whose hours the shift uses, not null
     * @param start when the shift starts, not null, on a whole minute, supported
     * @param end when it ends, not null, on a whole minute, after {@code start}
     * @return the builder, not null
     * @throws RosteringException if an argument is null, an instant is unsupported or not on a whole minute, or
     *     {@code end} is not after {@code start}
     */
    public static Builder builder(@Nullable ShiftId id, @Nullable CarePackageId carePackage,
            @Nullable FunderId funder, @Nullable Instant start, @Nullable Instant end) {
        RosteringException.CHECKS.notNull(id, "id");
        RosteringException.CHECKS.notNull(carePackage, "carePackage");
        RosteringException.CHECKS.notNull(funder, "funder");
        return new Builder(id, carePackage, funder, TimeSpan.of(start, end));
    }

    /**
     * Returns a builder for a shift between two date-times with offsets, each checked against London's offset at
     * its local time: {@code 2026-10-25T01:30+00:00} is the second 01:30 of that night.
     *
     * @param id the shift's id, not null
     * @param carePackage the care package, not null
     * @param funder the funder, not null
     * @param start when it starts, not null, with an offset London uses then, on a whole minute
     * @param end when it ends, not null, likewise, after {@code start}
     * @return the builder, not null
     * @throws RosteringException if an argument is null, an offset is not London's at that time, or the times are
     *     invalid as for {@link #builder(ShiftId, CarePackageId, FunderId, Instant, Instant)}
     */
    public static Builder builder(@Nullable ShiftId id, @Nullable CarePackageId carePackage,
            @Nullable FunderId funder, @Nullable OffsetDateTime start, @Nullable OffsetDateTime end) {
        Instant s = LondonTime.instantOf(start, "start", RosteringException.CHECKS);
        Instant e = LondonTime.instantOf(end, "end", RosteringException.CHECKS);
        return builder(id, carePackage, funder, s, e);
    }

    /**
     * Returns a builder for a shift between two UK local date-times, each of which must name exactly one moment: a
     * time in the March gap is refused (it does not exist), and so is a time in the October overlap (it happens
     * twice: use the {@code OffsetDateTime} factory to say which).
     *
     * @param id the shift's id, not null
     * @param carePackage the care package, not null
     * @param funder the funder, not null
     * @param start the local start, not null, naming one moment, on a whole minute
     * @param end the local end, not null, naming one moment, after {@code start} in elapsed time
     * @return the builder, not null
     * @throws RosteringException if an argument is null, a time is in the gap or the overlap, or the times are
     *     invalid as for {@link #builder(ShiftId, CarePackageId, FunderId, Instant, Instant)}
     */
    public static Builder builder(@Nullable ShiftId id, @Nullable CarePackageId carePackage,
            @Nullable FunderId funder, @Nullable LocalDateTime start, @Nullable LocalDateTime end) {
        Instant s = LondonTime.instantOf(start, null, "start", RosteringException.CHECKS);
        Instant e = LondonTime.instantOf(end, null, "end", RosteringException.CHECKS);
        return builder(id, carePackage, funder, s, e);
    }

    /**
     * Returns the shift's id.
     *
     * @return the id, not null
     */
    public ShiftId id() {
        return id;
    }

    /**
     * Returns the care package.
     *
     * @return the package, not null
     */
    public CarePackageId carePackage() {
        return carePackage;
    }

    /**
     * Returns the funder whose hours the shift uses.
     *
     * @return the funder, not null
     */
    public FunderId funder() {
        return funder;
    }

    /**
     * Returns when the shift runs.
     *
     * @return the span, not null
     */
    public TimeSpan span() {
        return span;
    }

    /**
     * Returns when the shift starts.
     *
     * @return the instant, not null
     */
    public Instant start() {
        return span.start();
    }

    /**
     * Returns when the shift ends.
     *
     * @return the instant, not null
     */
    public Instant end() {
        return span.end();
    }

    /**
     * Returns the kind of shift.
     *
     * @return the kind, not null; {@link ShiftKind#DAY} unless set
     */
    public ShiftKind kind() {
        return kind;
    }

    /**
     * Returns how many PAs the shift needs at once.
     *
     * @return 1, or 2 for a double-up
     */
    public int staffNeeded() {
        return staffNeeded;
    }

    /**
     * Returns whether the shift needs two PAs at once.
     *
     * @return true for a double-up
     */
    public boolean isDoubleUp() {
        return staffNeeded == 2;
    }

    /**
     * Returns the PAs booked, in the order booked.
     *
     * @return the PAs, not null, unmodifiable, at most {@link #staffNeeded()}, no PA twice
     */
    public List<PersonalAssistantId> personalAssistants() {
        return personalAssistants;
    }

    /**
     * Returns how many more PAs the shift needs.
     *
     * @return {@link #staffNeeded()} minus the PAs booked, 0 to 2
     */
    public int vacancies() {
        return staffNeeded - personalAssistants.size();
    }

    /**
     * Returns whether every place on the shift is filled.
     *
     * @return true if no vacancy
     */
    public boolean isFilled() {
        return vacancies() == 0;
    }

    /**
     * Returns the support-plan tasks the shift covers, by name.
     *
     * @return the task names, sorted, not null, unmodifiable, possibly empty
     */
    public List<String> tasks() {
        return tasks;
    }

    /**
     * Returns the periods a sleep-in PA was (or is planned to be) awake to give care.
     *
     * @return the periods, sorted, within the shift, not overlapping, not null; empty unless a sleep-in
     */
    public List<TimeSpan> awakePeriods() {
        return awakePeriods;
    }

    /**
     * Returns the rest breaks in the shift: not working time.
     *
     * @return the breaks, sorted, within the shift, not overlapping, not null
     */
    public List<TimeSpan> breaks() {
        return breaks;
    }

    /**
     * Returns whether the shift was marked as lasting more than 24 hours (a live-in stay).
     *
     * @return true if marked
     */
    public boolean isLongerThan24Hours() {
        return longerThan24Hours;
    }

    /**
     * Returns the elapsed minutes from start to end.
     *
     * @return the minutes, 1 or more
     */
    public long minutes() {
        return span.minutes();
    }

    /**
     * Returns the elapsed minutes that are working time: the shift less its rest breaks.
     *
     * @return the minutes, 0 or more
     */
    public long workingMinutes() {
        long minutes = span.minutes();
        for (TimeSpan b : breaks) {
            minutes -= b.minutes();
        }
        return minutes;
    }

    /**
     * Returns the minutes of the awake periods.
     *
     * @return the minutes, 0 or more; 0 unless a sleep-in with awake periods
     */
    public long awakeMinutes() {
        long minutes = 0;
        for (TimeSpan a : awakePeriods) {
            minutes += a.minutes();
        }
        return minutes;
    }

    /**
     * Returns this shift with other PAs booked: {@code this} when they are the ones already booked.
     *
     * @param pas the PAs, not null, no null element, at most {@link #staffNeeded()}, none twice
     * @return the shift, not null
     * @throws RosteringException if {@code pas} or an element is null, there are too many or one appears twice
     */
    public Shift withPersonalAssistants(@Nullable Collection<PersonalAssistantId> pas) {
        List<PersonalAssistantId> copy = RosteringException.CHECKS.list(pas, 2, "personalAssistants");
        if (copy.equals(personalAssistants)) {
            return this;
        }
        Builder b = toBuilder();
        b.pas.clear();
        b.pas.addAll(copy);
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder(id, carePackage, funder, span);
        b.kind = kind;
        b.staffNeeded = staffNeeded;
        b.pas.addAll(personalAssistants);
        b.tasks.addAll(tasks);
        b.awake.addAll(awakePeriods);
        b.breaks.addAll(breaks);
        b.longerThan24Hours = longerThan24Hours;
        return b;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Shift s && s.id.equals(id) && s.carePackage.equals(carePackage)
                && s.funder.equals(funder) && s.span.equals(span) && s.kind == kind && s.staffNeeded == staffNeeded
                && s.personalAssistants.equals(personalAssistants) && s.tasks.equals(tasks)
                && s.awakePeriods.equals(awakePeriods) && s.breaks.equals(breaks)
                && s.longerThan24Hours == longerThan24Hours;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, carePackage, funder, span, kind, staffNeeded, personalAssistants, tasks);
    }

    /**
     * Returns a summary such as {@code Shift[n-1 pkg-1 2026-10-24T21:00:00Z/2026-10-25T06:00:00Z WAKING_NIGHT
     * pa-anna]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Shift[" + id + " " + carePackage + " " + span + " " + kind + (isDoubleUp() ? " double-up" : "") + " "
                + (personalAssistants.isEmpty() ? "unfilled" : String.join(",",
                        personalAssistants.stream().map(PersonalAssistantId::value).toList())) + "]";
    }

    /**
     * Collects a shift's details and validates them together in {@link #build()}. Each setter checks its own
     * argument at once. Not thread-safe.
     */
    public static final class Builder {

        private final ShiftId id;
        private final CarePackageId carePackage;
        private final FunderId funder;
        private final TimeSpan span;
        private ShiftKind kind = ShiftKind.DAY;
        private int staffNeeded = 1;
        private final List<PersonalAssistantId> pas = new ArrayList<>(2);
        private final TreeSet<String> tasks = new TreeSet<>();
        private final List<TimeSpan> awake = new ArrayList<>();
        private final List<TimeSpan> breaks = new ArrayList<>();
        private boolean longerThan24Hours;

        private Builder(ShiftId id, CarePackageId carePackage, FunderId funder, TimeSpan span) {
            this.id = id;
            this.carePackage = carePackage;
            this.funder = funder;
            this.span = span;
        }

        /**
         * Sets the kind of shift ({@link ShiftKind#DAY} unless set).
         *
         * @param value the kind, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder kind(@Nullable ShiftKind value) {
            kind = RosteringException.CHECKS.notNull(value, "kind");
            return this;
        }

        /**
         * Marks the shift as a double-up, needing two PAs at once.
         *
         * @return this builder, not null
         */
        public Builder doubleUp() {
            staffNeeded = 2;
            return this;
        }

        /**
         * Books a PA on the shift; leave unbooked for an unfilled shift.
         *
         * @param pa the PA, not null
         * @return this builder, not null
         * @throws RosteringException if {@code pa} is null
         */
        public Builder personalAssistant(@Nullable PersonalAssistantId pa) {
            pas.add(RosteringException.CHECKS.notNull(pa, "personalAssistant"));
            return this;
        }

        /**
         * Adds support-plan tasks the shift covers, by the names the package's plan gives them.
         *
         * @param names the task names, not null, each not blank and at most {@value Shift#MAX_TASK_LENGTH}
         *     characters
         * @return this builder, not null
         * @throws RosteringException if {@code names} or a name is null, blank or too long
         */
        public Builder tasks(@Nullable Collection<String> names) {
            List<String> copy = RosteringException.CHECKS.list(names, MAX_TASKS, "tasks");
            for (int i = 0; i < copy.size(); i++) {
                RosteringException.CHECKS.text(copy.get(i), MAX_TASK_LENGTH, "tasks[" + i + "]");
            }
            tasks.addAll(copy);
            return this;
        }

        /**
         * Adds one support-plan task the shift covers.
         *
         * @param name the task name, not blank, at most {@value Shift#MAX_TASK_LENGTH} characters
         * @return this builder, not null
         * @throws RosteringException if {@code name} is null, blank or too long
         */
        public Builder task(@Nullable String name) {
            tasks.add(RosteringException.CHECKS.text(name, MAX_TASK_LENGTH, "task"));
            return this;
        }

        /**
         * Adds a period a sleep-in PA was awake to give care.
         *
         * @param period the period, not null, within the shift
         * @return this builder, not null
         * @throws RosteringException if {@code period} is null
         */
        public Builder awake(@Nullable TimeSpan period) {
            awake.add(RosteringException.CHECKS.notNull(period, "awake"));
            return this;
        }

        /**
         * Adds a rest break within the shift.
         *
         * @param period the break, not null, within the shift
         * @return this builder, not null
         * @throws RosteringException if {@code period} is null
         */
        public Builder restBreak(@Nullable TimeSpan period) {
            breaks.add(RosteringException.CHECKS.notNull(period, "restBreak"));
            return this;
        }

        /**
         * Marks the shift as lasting more than 24 hours (a live-in stay), allowing up to
         * {@value Shift#LONGEST_MARKED_HOURS} elapsed hours.
         *
         * @return this builder, not null
         */
        public Builder longerThan24Hours() {
            longerThan24Hours = true;
            return this;
        }

        /**
         * Builds the shift, checking its details together.
         *
         * @return the shift, not null
         * @throws RosteringException if the shift is longer than allowed, more PAs are booked than it needs or one
         *     twice, awake periods are given for a shift that is not a sleep-in, or an awake period or break lies
         *     outside the shift or overlaps another of its kind
         */
        public Shift build() {
            long longest = (longerThan24Hours ? LONGEST_MARKED_HOURS : LONGEST_HOURS) * 60L;
            if (span.minutes() > longest) {
                throw new RosteringException("end", "after start " + span.start() + " by at most "
                        + longest / 60 + " elapsed hours" + (longerThan24Hours ? "" : " (mark a longer shift as such)"),
                        span.end() + " (" + span.minutes() + " minutes)");
            }
            if (pas.size() > staffNeeded) {
                throw new RosteringException("personalAssistants", "at most " + staffNeeded + " PA"
                        + (staffNeeded == 1 ? " (mark a double-up as such)" : "s"), pas);
            }
            if (pas.size() == 2 && pas.get(0).equals(pas.get(1))) {
                throw new RosteringException("personalAssistants", "two different PAs on a double-up", pas);
            }
            if (!awake.isEmpty() && kind != ShiftKind.SLEEP_IN) {
                throw new RosteringException("awake", "awake periods only on a sleep-in", kind);
            }
            within(awake, "awake");
            within(breaks, "restBreak");
            return new Shift(this, List.copyOf(pas));
        }

        private void within(List<TimeSpan> periods, String field) {
            if (periods.size() > MAX_PERIODS) {
                throw new RosteringException(field, "at most " + MAX_PERIODS + " periods", periods.size());
            }
            List<TimeSpan> sorted = new ArrayList<>(periods);
            Collections.sort(sorted);
            for (int i = 0; i < sorted.size(); i++) {
                if (!span.encloses(sorted.get(i))) {
                    throw new RosteringException(field, "a period within the shift " + span, sorted.get(i));
                }
                if (i > 0 && sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new RosteringException(field, "periods that do not overlap", sorted.get(i));
                }
            }
        }
    }
}
