package org.carebudget.core.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;

/**
 * The training records of a caseload's PAs, indexed to answer, as of a date: what has expired, what expires within
 * N days, whether a PA is competent for a task for a person on a date, the cover per task of a package, and the
 * training plan. Built with {@link #builder(CompetencyCatalogue)}.
 *
 * <p><b>Validity.</b> A record is valid on the dates {@code [completedOn, lapsesOn)}, half-open like
 * {@link org.carebudget.core.time.DateRange}: from the day it was completed through the day before it lapses, and
 * not on the lapse day itself. A 12-month competency completed on 15 January 2026 is valid through 14 January
 * 2027 and lapsed on 15 January 2027. The lapse day is the completion date plus the catalogue's period (or the
 * clinician's interval, for a delegated clinical task), brought forward to the day of a support plan change made
 * after a delegated sign-off (a change on the day of the sign-off does not invalidate it), or to the day a new risk
 * is identified for the PA after the training ({@link Builder#newRisk}). Done-once
 * competencies never lapse.
 *
 * <p><b>Supersession.</b> Records are keyed by PA, competency and, for a delegated clinical task, person. On any
 * date the record in force for a key is the latest completed on or before that date, so a newer record
 * supersedes an older one from its completion date. With a fixed period a newer record never lapses earlier, so it
 * never makes a PA less competent; for a delegated task the clinician's latest interval governs, even if shorter.
 * Ties on the same day are broken by content, so answers never depend on the order records were added.
 *
 * <p><b>Performance.</b> Records are held in primitive columns grouped by PA; a lookup for a PA and competency is a
 * hash lookup and a binary search in that PA's slice. Every record's lapse day is in one sorted array, so
 * {@link #expired} and {@link #expiringWithin} are range scans costing the records lapsing in the range (the answer,
 * and the records already replaced on the date, which are skipped) plus a logarithm.
 *
 * <p>Immutable and thread-safe.
 */
public final class TrainingRegister {

    private static final Comparator<Expiry> BY_KEY = Comparator.comparing(Expiry::competency)
            .thenComparing(e -> e.record().delegation() == null ? "" : e.record().delegation().person().value());
    private static final Comparator<Expiry> BY_LAPSE = Comparator.comparing(Expiry::lapsesOn)
            .thenComparing(e -> e.personalAssistant().value())
            .thenComparing(BY_KEY);

    private final CompetencyCatalogue catalogue;
    private final Map<CompetencyCode, Integer> competencyIndex;
    private final Map<CompetencyCode, Competency> entries;
    private final Map<PersonalAssistantId, Integer> paIndex;
    private final Map<PersonId, Integer> personIndex;
    private final RecordStore store;

    private TrainingRegister(Builder builder) {
        this.catalogue = builder.catalogue;
        this.competencyIndex = Map.copyOf(builder.competencyIndex);
        this.entries = Map.copyOf(builder.entries);
        this.paIndex = new HashMap<>(builder.paIndex);
        this.personIndex = new HashMap<>(builder.personIndex);
        this.store = new RecordStore(builder.records, builder.pa, builder.paIndex.size(), builder.competency,
                builder.person, builder.completed, builder.lapse, builder.planChanges, builder.newRisks);
    }

    /**
     * Returns a builder for a register using the given (effective) catalogue.
     *
     * @param catalogue the catalogue, not null; use {@link CompetencyCatalogue#effectiveFor} to apply an
     *     employer's or funder's periods
     * @return a new builder, not null
     * @throws InvalidValueException if {@code catalogue} is null
     */
    public static Builder builder(CompetencyCatalogue catalogue) {
        return new Builder(catalogue);
    }

    /**
     * Returns the catalogue the register computes expiry from.
     *
     * @return the catalogue, not null
     */
    public CompetencyCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Returns how many records the register holds, superseded ones included.
     *
     * @return the count, zero or more
     */
    public int size() {
        return store.records.length;
    }

    /**
     * Returns the records in force on a date (for each PA, competency and person, the latest completed on or before
     * it) that had lapsed by then (lapse day on or before it): what each PA had to redo on that date. A record
     * replaced by one completed on or before {@code asOf} is left out, as is one completed after it.
     *
     * @param asOf the date, not null, in the years 1900 to 9999
     * @return the lapsed records, by lapse date, PA, competency and person; not null, unmodifiable
     * @throws InvalidValueException if {@code asOf} is null or out of range
     */
    public List<Expiry> expired(LocalDate asOf) {
        int day = Days.of(asOf, "asOf");
        return scan(0, store.firstLapseAtOrAfter(day + 1), day);
    }

    /**
     * Returns the records in force on a date (as for {@link #expired}) that lapse within the next {@code days}
     * days: lapse day after {@code asOf} and on or before {@code asOf + days}.
     *
     * @param asOf the date, not null, in the years 1900 to 9999
     * @param days the look-ahead in days, 1 to 3660
     * @return the expiring records, by lapse date, PA, competency and person; not null, unmodifiable
     * @throws InvalidValueException if {@code asOf} is null or out of range, or {@code days} is out of range
     */
    public List<Expiry> expiringWithin(LocalDate asOf, int days) {
        int day = Days.of(asOf, "asOf");
        InvalidValueException.requireInRange(days, 1, 3660, "days");
        return scan(store.firstLapseAtOrAfter(day + 1), store.firstLapseAtOrAfter(day + days + 1), day);
    }

    private List<Expiry> scan(int from, int to, int asOfDay) {
        List<Expiry> result = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            int slot = store.lapseSlots[i];
            if (store.inForceOn(slot, asOfDay)) {
                result.add(store.expiry(slot));
            }
        }
        result.sort(BY_LAPSE);
        return List.copyOf(result);
    }

    /**
     * Returns a PA's current (newest) record of each competency, with when each lapses.
     *
     * @param pa the PA, not null
     * @return the current records by competency and person (by value); empty when the PA has none; not null, unmodifiable
     * @throws InvalidValueException if {@code pa} is null
     */
    public List<Expiry> currentRecords(PersonalAssistantId pa) {
        Integer index = paIndex.get(InvalidValueException.requireNonNull(pa, "personalAssistant"));
        if (index == null) {
            return List.of();
        }
        List<Expiry> result = new ArrayList<>();
        int end = store.paStart[index + 1];
        for (int s = store.paStart[index]; s < end; s++) {
            if (store.isCurrent(s)) {
                result.add(store.expiry(s));
            }
        }
        result.sort(BY_KEY);
        return List.copyOf(result);
    }

    /**
     * Returns whether a PA is competent to do a task for a person on a date, seen from that date.
     *
     * @param pa the PA, not null
     * @param task the task, not null, whose competencies are all in the catalogue
     * @param person the person cared for, not null
     * @param date the date, not null, in the years 1900 to 9999
     * @return the answer with a check per competency, not null
     * @throws InvalidValueException if an argument is null or out of range, or a competency is not in the catalogue
     */
    public TaskCompetence competence(PersonalAssistantId pa, TaskRequirement task, PersonId person, LocalDate date) {
        return competence(pa, task, person, date, date);
    }

    /**
     * Returns whether a PA is competent to do a task for a person on a date (a future shift, say), seen from
     * {@code asOf}: a competency valid on {@code asOf} that lapses before {@code date} is reported as
     * {@link CompetencyStatus#LAPSES_BEFORE_DATE}, something to book now.
     *
     * @param pa the PA, not null
     * @param task the task, not null, whose competencies are all in the catalogue
     * @param person the person cared for, not null
     * @param date the date asked about, not null, in the years 1900 to 9999
     * @param asOf the date asked from, not null, in the years 1900 to 9999
     * @return the answer with a check per competency, not null
     * @throws InvalidValueException if an argument is null or out of range, or a competency is not in the catalogue
     */
    public TaskCompetence competence(PersonalAssistantId pa, TaskRequirement task, PersonId person, LocalDate date,
            LocalDate asOf) {
        InvalidValueException.requireNonNull(pa, "personalAssistant");
        InvalidValueException.requireNonNull(task, "task");
        InvalidValueException.requireNonNull(person, "person");
        int day = Days.of(date, "date");
        int asOfDay = Days.of(asOf, "asOf");
        List<CompetencyCheck> checks = new ArrayList<>(task.competencies().size());
        for (CompetencyCode code : task.competencies()) {
            checks.add(check(pa, code, person, day, asOfDay));
        }
        return new TaskCompetence(pa, task.task(), person, date, checks);
    }

    /** Returns the standing of a PA on one competency on a day, seen from {@code asOfDay}. */
    CompetencyCheck check(PersonalAssistantId pa, CompetencyCode code, PersonId person, int day, int asOfDay) {
        int slot = slotOn(pa, code, person, day);
        if (slot < 0) {
            return new CompetencyCheck(code, CompetencyStatus.MISSING, null);
        }
        CompetencyStatus status = day < store.lapse[slot] ? CompetencyStatus.VALID
                : asOfDay < day && store.validOn(slot, asOfDay) ? CompetencyStatus.LAPSES_BEFORE_DATE
                : CompetencyStatus.EXPIRED;
        return new CompetencyCheck(code, status, store.expiry(slot));
    }

    /** Returns whether a PA is competent in every competency of a task on a day. */
    boolean isCompetent(PersonalAssistantId pa, TaskRequirement task, PersonId person, int day) {
        for (CompetencyCode code : task.competencies()) {
            if (!store.validOn(slotOn(pa, code, person, day), day)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the slot in force for PA, competency (and person, when delegated) on a day, or -1. */
    private int slotOn(PersonalAssistantId pa, CompetencyCode code, PersonId person, int day) {
        Competency entry = entries.get(code);
        boolean delegated = (entry == null ? catalogue.require(code) : entry).isDelegatedClinical();
        Integer paI = paIndex.get(pa);
        Integer personI = delegated ? personIndex.get(person) : Integer.valueOf(RecordStore.NO_PERSON);
        if (paI == null || personI == null) {
            return -1;
        }
        return store.slotOn(paI, competencyIndex.get(code), personI, day);
    }

    /**
     * Returns the cover per task of a package over the look-ahead {@code [from, from + days)}: how many of its PAs
     * are competent in each task on each day, against the task's minimum.
     *
     * @param requirements the package's requirements, not null, every competency in the catalogue
     * @param from the first day, not null, in the years 1900 to 9999
     * @param days the look-ahead in days, 1 to 366
     * @return the report, not null
     * @throws InvalidValueException if an argument is null or out of range, or a competency is not in the catalogue
     */
    public CoverReport cover(PackageRequirements requirements, LocalDate from, int days) {
        return new PackagePlanner(this, requirements, from, days).cover();
    }

    /**
     * Returns the competencies a package needs that PAs in its team have no record of, completed on or before a
     * date (for a delegated clinical task, none signed off for the package's person).
     *
     * @param requirements the package's requirements, not null, every competency in the catalogue
     * @param asOf the date, not null, in the years 1900 to 9999
     * @return the gaps, by PA and competency, not null, unmodifiable
     * @throws InvalidValueException if an argument is null or out of range, or a competency is not in the catalogue
     */
    public List<MissingCompetency> missing(PackageRequirements requirements, LocalDate asOf) {
        return new PackagePlanner(this, requirements, asOf, 1).missing();
    }

    /**
     * Returns the training plan for a package's team: everything missing, lapsed, or lapsing within the
     * look-ahead {@code [asOf, asOf + days)}, ordered by urgency (overdue, then cover at risk, then due), then by
     * the date to book by, PA and competency.
     *
     * @param requirements the package's requirements, not null, every competency in the catalogue
     * @param asOf the date, not null, in the years 1900 to 9999
     * @param days the look-ahead in days, 1 to 366
     * @return the plan, not null, unmodifiable
     * @throws InvalidValueException if an argument is null or out of range, or a competency is not in the catalogue
     */
    public List<PlanItem> trainingPlan(PackageRequirements requirements, LocalDate asOf, int days) {
        return new PackagePlanner(this, requirements, asOf, days).plan();
    }

    /**
     * Returns the training plan for a caseload of packages: each package's plan, merged so that a PA who works in
     * several packages appears once per competency (and person, for a delegated task) with the most urgent of the
     * packages' items, then ordered as {@link #trainingPlan} orders.
     *
     * @param caseload the packages, not null, no null element
     * @param asOf the date, not null, in the years 1900 to 9999
     * @param days the look-ahead in days, 1 to 366
     * @return the plan, not null, unmodifiable
     * @throws InvalidValueException if an argument or element is null or out of range, or a competency is not in
     *     the catalogue
     */
    public List<PlanItem> caseloadPlan(Collection<PackageRequirements> caseload, LocalDate asOf, int days) {
        InvalidValueException.requireNonNull(caseload, "caseload");
        List<List<PlanItem>> plans = new ArrayList<>();
        for (PackageRequirements requirements : caseload) {
            plans.add(trainingPlan(requirements, asOf, days));
        }
        return PackagePlanner.merge(plans);
    }

    /**
     * Collects records and support plan changes, validating each as it comes, and builds registers. Every method
     * either records everything it was given or, on invalid input, nothing. Not thread-safe.
     */
    public static final class Builder {

        private final CompetencyCatalogue catalogue;
        private final Map<CompetencyCode, Integer> competencyIndex = new HashMap<>();
        private final Map<CompetencyCode, Competency> entries = new HashMap<>();
        private final Map<PersonalAssistantId, Integer> paIndex = new HashMap<>();
        private final Map<PersonId, Integer> personIndex = new HashMap<>();
        private final List<TrainingRecord> records = new ArrayList<>();
        private final IntColumn pa = new IntColumn();
        private final IntColumn competency = new IntColumn();
        private final IntColumn person = new IntColumn();
        private final IntColumn completed = new IntColumn();
        private final IntColumn lapse = new IntColumn();
        private final Map<Long, NavigableSet<Integer>> planChanges = new HashMap<>();
        private final Map<Long, NavigableSet<Integer>> newRisks = new HashMap<>();
        /** The PA of the last record appended, and its index: records usually arrive grouped by PA. */
        private PersonalAssistantId lastPa;
        private int lastPaIndex;

        private Builder(CompetencyCatalogue catalogue) {
            this.catalogue = InvalidValueException.requireNonNull(catalogue, "catalogue");
            for (Competency entry : catalogue.competencies()) {
                competencyIndex.put(entry.code(), competencyIndex.size());
                entries.put(entry.code(), entry);
            }
        }

        /**
         * Records one training record, checking it against the catalogue. Its expiry is computed, never given.
         *
         * @param record the record, not null
         * @param recordedOn the date it is recorded, not null; the record's completion date may not be after it
         * @return this builder, not null
         * @throws InvalidValueException if an argument is null; the completion date is after {@code recordedOn} or
         *     outside 1900 - 9999; the competency is not in the catalogue; a medication record has no assessor; a
         *     delegated clinical task has no delegation, no registered assessor, or an interval above the
         *     catalogue's cap; or a delegation is given for a competency that is not a delegated task. Nothing is
         *     recorded then.
         */
        public Builder record(TrainingRecord record, LocalDate recordedOn) {
            int lapseDay = validate(record, recordedOn);
            append(record, lapseDay);
            return this;
        }

        /**
         * Records several records: all of them, or none if any is invalid.
         *
         * @param batch the records, not null, no null element
         * @param recordedOn the date they are recorded, not null
         * @return this builder, not null
         * @throws InvalidValueException as {@link #record} does, for the first invalid record; nothing is recorded
         */
        public Builder recordAll(Collection<TrainingRecord> batch, LocalDate recordedOn) {
            InvalidValueException.requireNonNull(batch, "records");
            List<TrainingRecord> copy = new ArrayList<>(batch);
            int[] lapses = new int[copy.size()];
            for (int i = 0; i < lapses.length; i++) {
                lapses[i] = validate(copy.get(i), recordedOn);
            }
            for (int i = 0; i < lapses.length; i++) {
                append(copy.get(i), lapses[i]);
            }
            return this;
        }

        /**
         * Records that a person's support plan changed in a way that affects a delegated clinical task: every
         * sign-off for that task and person made before {@code changedOn} stops being valid on that day. A
         * sign-off on or after that day is unaffected.
         *
         * @param forPerson the person, not null
         * @param task the delegated clinical task, not null, in the catalogue
         * @param changedOn the date of the change, not null, in the years 1900 to 9999
         * @return this builder, not null
         * @throws InvalidValueException if an argument is null or out of range, or {@code task} is not a delegated
         *     clinical task in the catalogue; nothing is recorded then
         */
        public Builder supportPlanChanged(PersonId forPerson, CompetencyCode task, LocalDate changedOn) {
            InvalidValueException.requireNonNull(forPerson, "person");
            if (!catalogue.require(task).isDelegatedClinical()) {
                throw new InvalidValueException("task", "a delegated clinical task", task);
            }
            int day = Days.of(changedOn, "changedOn");
            long key = RecordStore.key(intern(personIndex, forPerson), competencyIndex.get(task));
            planChanges.computeIfAbsent(key, k -> new TreeSet<>()).add(day);
            return this;
        }

        /**
         * Records that a new risk means a PA must redo a competency (moving and handling people is refreshed
         * "every 12 months, and on a new risk", UK-RULES.md): the PA's records of it completed before
         * {@code identifiedOn} stop being valid on that day. A record on or after that day is unaffected.
         *
         * @param forPa the PA, not null
         * @param competency the competency, not null, in the catalogue, with a fixed refresh period
         * @param identifiedOn the date the risk was identified, not null, in the years 1900 to 9999
         * @return this builder, not null
         * @throws InvalidValueException if an argument is null or out of range, or the competency is not in the
         *     catalogue or is done once or set by a clinician (use {@link #supportPlanChanged}); nothing is
         *     recorded then
         */
        public Builder newRisk(PersonalAssistantId forPa, CompetencyCode competency, LocalDate identifiedOn) {
            InvalidValueException.requireNonNull(forPa, "personalAssistant");
            if (catalogue.require(competency).refresh().months().isEmpty()) {
                throw new InvalidValueException("competency", "a competency with a fixed refresh period", competency);
            }
            int day = Days.of(identifiedOn, "identifiedOn");
            long key = RecordStore.key(intern(paIndex, forPa), competencyIndex.get(competency));
            newRisks.computeIfAbsent(key, k -> new TreeSet<>()).add(day);
            return this;
        }

        /**
         * Builds a register of everything recorded so far. The builder stays usable.
         *
         * @return the register, not null
         */
        public TrainingRegister build() {
            return new TrainingRegister(this);
        }

        private int validate(TrainingRecord record, LocalDate recordedOn) {
            InvalidValueException.requireNonNull(record, "record");
            int recordedDay = Days.of(recordedOn, "recordedOn");
            int completedDay = Days.of(record.completedOn(), "completedOn");
            if (completedDay > recordedDay) {
                throw new InvalidValueException("completedOn", "on or before recordedOn " + recordedOn,
                        record.completedOn());
            }
            Competency entry = entries.get(record.competency());
            if (entry == null) {
                entry = catalogue.require(record.competency());
            }
            return RecordChecks.lapseDay(entry, record);
        }

        private void append(TrainingRecord record, int lapseDay) {
            records.add(record);
            if (!record.personalAssistant().equals(lastPa)) {
                lastPa = record.personalAssistant();
                lastPaIndex = intern(paIndex, lastPa);
            }
            pa.add(lastPaIndex);
            competency.add(competencyIndex.get(record.competency()));
            person.add(record.delegation() == null ? RecordStore.NO_PERSON
                    : intern(personIndex, record.delegation().person()));
            completed.add((int) record.completedOn().toEpochDay());
            lapse.add(lapseDay);
        }

        private static <K> int intern(Map<K, Integer> index, K key) {
            Integer existing = index.get(key);
            if (existing != null) {
                return existing;
            }
            index.put(key, index.size());
            return index.size() - 1;
        }
    }
}
