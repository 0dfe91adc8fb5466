package org.carebudget.rostering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonalAssistantId;
import org.jspecify.annotations.Nullable;

/**
 * What working-time law needs to know about one personal assistant, across all of their employers: age (from the
 * date of birth, or declared an adult throughout), each employment with its regulation-19 setting, written opt-outs,
 * night-worker status and night time, the jurisdiction, how reference periods run and how weekly rest is given.
 *
 * <p>These are rostering's own small values, so a rota check does not depend on how {@code core.employment} models
 * an employment. A vendor maps a PA's {@code Employment}s to one profile: the PA's date of birth; one
 * {@link EmploymentTerms} per employment (employer id, period, the employer's domestic-service setting); one
 * {@link OptOut} per {@code WorkingTimeOptOut} (its employment's employer, signed on to withdrawn on); the rest from
 * the contract or its relevant agreement. The date of birth is personal data: {@code toString} never shows it.
 * Built with {@link #builder}; immutable and thread-safe.
 */
public final class WorkerProfile {

    /** The most employments a profile may have. */
    public static final int MAX_EMPLOYMENTS = 50;

    private final PersonalAssistantId personalAssistant;
    private final @Nullable LocalDate dateOfBirth;
    private final List<EmploymentTerms> employments;
    private final List<OptOut> optOuts;
    private final NightWorkerStatus nightWorker;
    private final NightTime nightTime;
    private final boolean youngWorkerContractAfter10pm;
    private final Jurisdiction jurisdiction;
    private final ReferencePeriod referencePeriod;
    private final WeeklyRestBasis weeklyRest;
    private final boolean weeklyRestMayIncludeDailyRest;

    private WorkerProfile(Builder b) {
        this.personalAssistant = b.personalAssistant;
        this.dateOfBirth = b.dateOfBirth;
        this.employments = List.copyOf(b.employments);
        this.optOuts = List.copyOf(b.optOuts);
        this.nightWorker = b.nightWorker;
        this.nightTime = b.nightTime;
        this.youngWorkerContractAfter10pm = b.youngWorkerContractAfter10pm;
        this.jurisdiction = b.jurisdiction;
        this.referencePeriod = b.referencePeriod;
        this.weeklyRest = b.weeklyRest;
        this.weeklyRestMayIncludeDailyRest = b.weeklyRestMayIncludeDailyRest;
    }

    /**
     * Returns a builder.
     *
     * @param personalAssistant the PA, not null
     * @return the builder, not null
     * @throws RosteringException if {@code personalAssistant} is null
     */
    public static Builder builder(@Nullable PersonalAssistantId personalAssistant) {
        return new Builder(RosteringException.CHECKS.notNull(personalAssistant, "personalAssistant"));
    }

    /**
     * Returns the PA.
     *
     * @return the PA, not null
     */
    public PersonalAssistantId personalAssistant() {
        return personalAssistant;
    }

    /**
     * Returns the date of birth, if given (personal data: never log it).
     *
     * @return the date, or empty when the PA was declared an adult throughout
     */
    public Optional<LocalDate> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
    }

    /**
     * Returns the date the PA turns 18, from which the adult limits apply.
     *
     * @return the date, or empty when declared an adult throughout
     */
    public Optional<LocalDate> adultFrom() {
        return dateOfBirth == null ? Optional.empty() : Optional.of(dateOfBirth.plusYears(18));
    }

    /**
     * Returns whether the PA is a young worker (under 18, over compulsory school age) on a date.
     *
     * @param date the date, not null
     * @return true if under 18 on {@code date}
     * @throws RosteringException if {@code date} is null
     */
    public boolean isYoungWorkerOn(@Nullable LocalDate date) {
        RosteringException.CHECKS.notNull(date, "date");
        return dateOfBirth != null && date.isBefore(dateOfBirth.plusYears(18));
    }

    /**
     * Returns the employments.
     *
     * @return the employments, in the order given, not null, unmodifiable, at least one
     */
    public List<EmploymentTerms> employments() {
        return employments;
    }

    /**
     * Returns the employment with an employer in force on a date.
     *
     * @param employer the employer, not null
     * @param date the date, not null, within the supported dates
     * @return the employment, or empty when the PA is not employed by {@code employer} on {@code date}
     * @throws RosteringException if an argument is null or the date unsupported
     */
    public Optional<EmploymentTerms> employment(EmployerId employer, LocalDate date) {
        RosteringException.CHECKS.notNull(employer, "employer");
        RosteringException.CHECKS.date(date, "date");
        for (EmploymentTerms t : employments) {
            if (t.employer().equals(employer) && t.employed().contains(date)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the written opt-outs.
     *
     * @return the opt-outs, not null, unmodifiable
     */
    public List<OptOut> optOuts() {
        return optOuts;
    }

    /**
     * Returns whether the PA has opted out of the 48-hour average with an employer on a date. A young worker cannot
     * opt out, so this is false on any day the PA is under 18.
     *
     * @param employer the employer, not null
     * @param date the date, not null
     * @return true if an opt-out with {@code employer} applies on {@code date}
     * @throws RosteringException if an argument is null
     */
    public boolean isOptedOut(@Nullable EmployerId employer, @Nullable LocalDate date) {
        RosteringException.CHECKS.notNull(employer, "employer");
        RosteringException.CHECKS.notNull(date, "date");
        if (isYoungWorkerOn(date)) {
            return false;
        }
        for (OptOut o : optOuts) {
            if (o.employer().equals(employer) && o.days().contains(date)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the night-worker status.
     *
     * @return the status, not null; {@link NightWorkerStatus#FROM_HOURS} unless set
     */
    public NightWorkerStatus nightWorker() {
        return nightWorker;
    }

    /**
     * Returns the worker's night time.
     *
     * @return the night time, not null; {@link NightTime#DEFAULT} unless set
     */
    public NightTime nightTime() {
        return nightTime;
    }

    /**
     * Returns whether a young worker's contract provides for work after 22:00, moving the restricted period from
     * 22:00 - 06:00 to 23:00 - 07:00 (reg. 6A).
     *
     * @return true if so
     */
    public boolean youngWorkerContractAfter10pm() {
        return youngWorkerContractAfter10pm;
    }

    /**
     * Returns which working-time law applies.
     *
     * @return the jurisdiction, not null; {@link Jurisdiction#GREAT_BRITAIN} unless set
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * Returns how reference periods run.
     *
     * @return the periods, not null; {@link ReferencePeriod#ROLLING} unless set
     */
    public ReferencePeriod referencePeriod() {
        return referencePeriod;
    }

    /**
     * Returns how weekly rest is given.
     *
     * @return the basis, not null; {@link WeeklyRestBasis#ONE_DAY_EACH_WEEK} unless set
     */
    public WeeklyRestBasis weeklyRest() {
        return weeklyRest;
    }

    /**
     * Returns whether the weekly rest may include the daily rest that precedes it, where objective, technical or
     * work-organisation reasons justify it (reg. 11(7)); otherwise an adult's weekly rest is 24 hours on top of the
     * 11 hours' daily rest, 35 hours in all.
     *
     * @return true if the weekly rest may include the daily rest
     */
    public boolean weeklyRestMayIncludeDailyRest() {
        return weeklyRestMayIncludeDailyRest;
    }

    /**
     * Returns the first day of the earliest employment.
     *
     * @return the date, not null
     */
    public LocalDate firstDayOfWork() {
        LocalDate first = employments.get(0).employed().start();
        for (EmploymentTerms t : employments) {
            if (t.employed().start().isBefore(first)) {
                first = t.employed().start();
            }
        }
        return first;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof WorkerProfile p && p.personalAssistant.equals(personalAssistant)
                && Objects.equals(p.dateOfBirth, dateOfBirth) && p.employments.equals(employments)
                && p.optOuts.equals(optOuts) && p.nightWorker == nightWorker && p.nightTime.equals(nightTime)
                && p.youngWorkerContractAfter10pm == youngWorkerContractAfter10pm && p.jurisdiction == jurisdiction
                && p.referencePeriod.equals(referencePeriod) && p.weeklyRest == weeklyRest
                && p.weeklyRestMayIncludeDailyRest == weeklyRestMayIncludeDailyRest;
    }

    @Override
    public int hashCode() {
        return personalAssistant.hashCode() * 31 + employments.hashCode();
    }

    /**
     * Returns a summary without the date of birth, such as {@code WorkerProfile[pa-7, 2 employments, GREAT_BRITAIN]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "WorkerProfile[" + personalAssistant + ", " + employments.size() + " employment"
                + (employments.size() == 1 ? "" : "s") + ", " + jurisdiction + "]";
    }

    /** Collects a profile; each setter checks its argument, {@link #build()} checks them together. Not thread-safe. */
    public static final class Builder {

        private final PersonalAssistantId personalAssistant;
        private @Nullable LocalDate dateOfBirth;
        private boolean adultThroughout;
        private final List<EmploymentTerms> employments = new ArrayList<>();
        private final List<OptOut> optOuts = new ArrayList<>();
        private NightWorkerStatus nightWorker = NightWorkerStatus.FROM_HOURS;
        private NightTime nightTime = NightTime.DEFAULT;
        private boolean youngWorkerContractAfter10pm;
        private Jurisdiction jurisdiction = Jurisdiction.GREAT_BRITAIN;
        private ReferencePeriod referencePeriod = ReferencePeriod.ROLLING;
        private WeeklyRestBasis weeklyRest = WeeklyRestBasis.ONE_DAY_EACH_WEEK;
        private boolean weeklyRestMayIncludeDailyRest;

        private Builder(PersonalAssistantId personalAssistant) {
            this.personalAssistant = personalAssistant;
        }

        /**
         * Sets the date of birth, from which the PA's age on each day is worked out.
         *
         * @param value the date, not null, supported
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null or unsupported (the message does not show it)
         */
        public Builder dateOfBirth(@Nullable LocalDate value) {
            RosteringException.CHECKS.notNull(value, "dateOfBirth");
            if (!org.carebudget.core.time.SupportedDates.contains(value)) {
                throw new RosteringException("dateOfBirth", "a supported date", "(not shown)");
            }
            dateOfBirth = value;
            return this;
        }

        /**
         * Declares the PA an adult (18 or over) on every day checked, when no date of birth is held.
         *
         * @return this builder, not null
         */
        public Builder adultThroughout() {
            adultThroughout = true;
            return this;
        }

        /**
         * Adds an employment.
         *
         * @param value the employment, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder employment(@Nullable EmploymentTerms value) {
            employments.add(RosteringException.CHECKS.notNull(value, "employment"));
            return this;
        }

        /**
         * Adds a written opt-out.
         *
         * @param value the opt-out, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder optOut(@Nullable OptOut value) {
            optOuts.add(RosteringException.CHECKS.notNull(value, "optOut"));
            return this;
        }

        /**
         * Sets the night-worker status.
         *
         * @param value the status, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder nightWorker(@Nullable NightWorkerStatus value) {
            nightWorker = RosteringException.CHECKS.notNull(value, "nightWorker");
            return this;
        }

        /**
         * Sets the night time agreed.
         *
         * @param value the night time, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder nightTime(@Nullable NightTime value) {
            nightTime = RosteringException.CHECKS.notNull(value, "nightTime");
            return this;
        }

        /**
         * Records that a young worker's contract provides for work after 22:00 (restricted period 23:00 - 07:00).
         *
         * @return this builder, not null
         */
        public Builder youngWorkerContractAfter10pm() {
            youngWorkerContractAfter10pm = true;
            return this;
        }

        /**
         * Sets the jurisdiction.
         *
         * @param value the jurisdiction, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder jurisdiction(@Nullable Jurisdiction value) {
            jurisdiction = RosteringException.CHECKS.notNull(value, "jurisdiction");
            return this;
        }

        /**
         * Sets how reference periods run.
         *
         * @param value the periods, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder referencePeriod(@Nullable ReferencePeriod value) {
            referencePeriod = RosteringException.CHECKS.notNull(value, "referencePeriod");
            return this;
        }

        /**
         * Sets how weekly rest is given.
         *
         * @param value the basis, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder weeklyRest(@Nullable WeeklyRestBasis value) {
            weeklyRest = RosteringException.CHECKS.notNull(value, "weeklyRest");
            return this;
        }

        /**
         * Records that objective, technical or work-organisation reasons let the weekly rest include the daily rest
         * (reg. 11(7)).
         *
         * @return this builder, not null
         */
        public Builder weeklyRestMayIncludeDailyRest() {
            weeklyRestMayIncludeDailyRest = true;
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile, not null
         * @throws RosteringException if neither a date of birth nor adulthood throughout was given, or both; there
         *     is no employment or more than {@value WorkerProfile#MAX_EMPLOYMENTS}; two employments with one employer
         *     overlap; or an opt-out names an employer the PA has no employment with
         */
        public WorkerProfile build() {
            if ((dateOfBirth == null) == !adultThroughout) {
                throw new RosteringException("dateOfBirth", "a date of birth, or adultThroughout() when none is held "
                        + "(not both)", dateOfBirth == null ? "neither" : "both");
            }
            if (employments.isEmpty() || employments.size() > MAX_EMPLOYMENTS) {
                throw new RosteringException("employments", "1 - " + MAX_EMPLOYMENTS + " employments",
                        employments.size());
            }
            for (int i = 0; i < employments.size(); i++) {
                for (int j = i + 1; j < employments.size(); j++) {
                    EmploymentTerms a = employments.get(i);
                    EmploymentTerms b = employments.get(j);
                    if (a.employer().equals(b.employer()) && a.employed().overlaps(b.employed())) {
                        throw new RosteringException("employments", "employments with one employer that do not "
                                + "overlap", b + " overlaps " + a);
                    }
                }
            }
            for (OptOut o : optOuts) {
                if (employments.stream().noneMatch(t -> t.employer().equals(o.employer()))) {
                    throw new RosteringException("optOut", "an opt-out with one of the PA's employers", o);
                }
            }
            return new WorkerProfile(this);
        }

        /**
         * Adds several employments.
         *
         * @param values the employments, not null, no null element
         * @return this builder, not null
         * @throws RosteringException if {@code values} or an element is null
         */
        public Builder employments(@Nullable Collection<EmploymentTerms> values) {
            employments.addAll(RosteringException.CHECKS.list(values, MAX_EMPLOYMENTS, "employments"));
            return this;
        }
    }
}
