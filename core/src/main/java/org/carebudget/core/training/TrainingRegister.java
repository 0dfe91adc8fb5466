package org.carebudget.core.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * The training records of a caseload's PAs, indexed to answer, as of a date: what has expired, what expires within
 * N days, whether a PA is competent for a task for a person on a date or through a shift, the cover per task of a
 * package, and the training plan. Built with {@link #builder(CompetencyCatalogue)}.
 *
 * <p><b>Validity.</b> A record is valid on the dates {@code [completedOn, lapsesOn)}, half-open like
 * {@link org.carebudget.core.time.DateRange}: from the day it was completed through the day before it lapses, and
 * not on the lapse day itself. A 12-month competency completed on 15 January 2026 is valid through 14 January
 * 2027 and lapsed on 15 January 2027. The lapse day is the completion date plus the catalogue's period (or the
 * clinician's interval, for a delegated clinical task), brought forward to the day of a support plan change made
 * after a delegated sign-off (a change on the day of the sign-off does not invalidate it), or to the day a new risk
 * is identified for the PA after the training ({@link Builder#newRisk}). Done-once competencies never lapse.
 *
 * <p><b>Look-aheads.</b> A look-ahead of {@code n} days from {@code asOf} is the days {@code [asOf, asOf + n)}. A
 * record expires within it when its last valid day falls in it: lapse day in {@code (asOf, asOf + n]}. The training
 * plan lists what must be booked within it by the same test, so {@link #expiringWithin} and {@link #trainingPlan}
 * agree on every lapse day.
 *
 * <p><b>Supersession.</b> Records are keyed by PA, competency and, for a delegated clinical task, person. On any
 * date the record in force for a key is the latest completed on or before that date, so a newer record
 * supersedes an older one from its completion date. With a fixed period a newer record never lapses earlier, so it
 * never makes a PA less competent; for a delegated task the clinician's latest interval governs, even if shorter.
 * Ties on the same day are broken by content, so answers never depend on the order records were added.
 *
 * <p><b>Performance.</b> Records are held in primitive columns grouped by PA (PAs numbered in id order, so slot order
 * is the order answers are reported in). A lookup for a PA and competency is a hash lookup and a binary search in
 * that PA's slice. {@link #expired} and {@link #expiringWithin} read range indexes and cost the rows returned plus a
 * logarithm (and any records renewed early within the range): they never sort. For a rota's cover look-ahead ask
 * {@link #competentUntil} once per PA and task set and compare each shift with {@link CompetentPeriod#covers}; a
 * single shift's question is {@link #isCompetent(PersonalAssistantId, TaskRequirement, PersonId, Instant, Instant)},
 * which allocates nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class TrainingRegister {

    /** The longest look-ahead of {@link #expiringWithin}, in days. */
    public static final int MAX_EXPIRY_DAYS = 3660;

    /** The longest look-ahead of {@link #cover} and {@link #trainingPlan}, in days. */
    public static final int MAX_COVER_DAYS = 366;

    /** The most packages {@link #caseloadPlan} takes at once. */
    public static final int MAX_CASELOAD = 1_000_000;

    /** The most records {@link Builder#recordAll} takes at once. */
    public static final int MAX_BATCH = 50_000_000;

    private final CompetencyCatalogue catalogue;
    private final Map<CompetencyCode, Integer> competencyIndex;
    private final boolean[] delegatedByIndex;
    private final Map<PersonalAssistantId, Integer> paIndex;
    private final Map<PersonId, Integer> personIndex;
    private final RecordStore store;

    private TrainingRegister(Builder builder) {
        this.catalogue = builder.catalogue;
        this.competencyIndex = Map.copyOf(builder.competencyIndex);
        this.delegatedByIndex = builder.delegatedByIndex.clone();
        int[] paRank = rank(builder.paIndex, PersonalAssistantId::value);
        int[] personRank = rank(builder.personIndex, PersonId::value);
        this.paIndex = ranked(builder.paIndex, paRank);
        this.personIndex = ranked(builder.personIndex, personRank);
        int[] pa = builder.pa.toArray();
        for (int i = 0; i < pa.length; i++) {
            pa[i] = paRank[pa[i]];
        }
        int[] person = builder.person.toArray();
        for (int i = 0; i < person.length; i++) {
            person[i] = person[i] == RecordStore.NO_PERSON ? RecordStore.NO_PERSON : personRank[person[i]];
        }
        this.store = new RecordStore(List.copyOf(builder.records), pa, paRank.length, builder.competency.toArray(),
                person, builder.completed.toArray(), builder.lapse.toArray(),
                rekeyed(builder.planChanges, personRank), rekeyed(builder.newRisks, paRank));
    }

    /** Returns, for each interned index, the position of its key in id order. */
    private static <K> int[] rank(Map<K, Integer> index, Function<K, String> id) {
        @SuppressWarnings("unchecked")
        K[] keys = (K[]) new Object[index.size()];
        index.forEach((key, i) -> keys[i] = key);
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> id.apply(keys[a]).compareTo(id.apply(keys[b])));
        int[] rank = new int[keys.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    private static <K> Map<K, Integer> ranked(Map<K, Integer> index, int[] rank) {
        Map<K, Integer> result = new HashMap<>(index.size() * 4 / 3 + 1);
        index.forEach((key, i) -> result.put(key, rank[i]));
        return result;
    }

    private static Map<Long, NavigableSet<Integer>> rekeyed(Map<Long, NavigableSet<Integer>> byKey, int[] rank) {
        Map<Long, NavigableSet<Integer>> result = new HashMap<>();
        byKey.forEach((key, days) -> result.put(RecordStore.key(rank[(int) (key >>> 32)], (int) (long) key),
                new TreeSet<>(days)));
        return result;
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
        return new Builder(Checks.CORE.notNull(catalogue, "catalogue"));
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
     * @param asOf the date, not null, within {@link SupportedDates}
     * @return the lapsed records, by lapse date, PA, competency and person; not null, unmodifiable
     * @throws InvalidValueException if {@code asOf} is null or unsupported
     */
    public List<Expiry> expired(LocalDate asOf) {
        int day = Days.of(asOf, "asOf");
        return store.inForceLapsingIn(Integer.MIN_VALUE, day + 1, day);
    }

    /**
     * Returns the records in force on a date (as for {@link #expired}) whose last valid day falls in the look-ahead
     * {@code [asOf, asOf + days)}: lapse day after {@code asOf} and on or before {@code asOf + days}. Its cost is the
     * rows returned plus a logarithm, at any register size.
     *
     * @param asOf the date, not null, within {@link SupportedDates}
     * @param days the look-ahead in days, 1 to {@value #MAX_EXPIRY_DAYS}
     * @return the expiring records, by lapse date, PA, competency and person; not null, unmodifiable
     * @throws InvalidValueException if {@code asOf} is null or unsupported, or {@code days} is out of range
     */
    public List<Expiry> expiringWithin(LocalDate asOf, int days) {
        int day = Days.of(asOf, "asOf");
        Checks.CORE.inRange(days, 1, MAX_EXPIRY_DAYS, "days");
        return store.inForceLapsingIn(day + 1, day + days + 1, day);
    }

    /**
     * Returns a PA's current (newest) record of each competency, with when each lapses.
     *
     * @param pa the PA, not null
     * @return the current records by competency and person (by id); empty when the PA has none; not null,
     *     unmodifiable
     * @throws InvalidValueException if {@code pa} is null
     */
    public List<Expiry> currentRecords(PersonalAssistantId pa) {
        Integer index = paIndex.get(Checks.CORE.notNull(pa, "personalAssistant"));
        if (index == null) {
            return List.of();
        }
        List<Expiry> result = new ArrayList<>();
        int end = store.paStart[index + 1];
        for (int s = store.paStart[index]; s < end; s++) {
            if (store.isCurrent(s, end)) {
                result.add(store.expiry(s));
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns whether a PA is competent to do a task for a person on a date, seen from that date.
     *
     * @param pa the PA, not null
     * @param task the task, not null, whose competencies are all in the catalogue
     * @param person the person cared for, not null
     * @param date the date, not null, within {@link SupportedDates}
     * @return the answer with a check per competency, not null
     * @throws InvalidValueException if an argument is null or unsupported, or a competency is not in the catalogue
     */
    public TaskCompetence competence(PersonalAssistantId pa, TaskRequirement task,
            PersonId person, LocalDate date) {
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
     * @param date the date asked about, not null, within {@link SupportedDates}
     * @param asOf the date asked from, not null, within {@link SupportedDates}
     * @return the answer with a check per competency, not null
     * @throws InvalidValueException if an argument is null or unsupported, or a competency is not in the catalogue
     */
    public TaskCompetence competence(PersonalAssistantId pa, TaskRequirement task,
            PersonId person, LocalDate date, LocalDate asOf) {
        Checks.CORE.notNull(pa, "personalAssistant");
        Checks.CORE.notNull(task, "task");
        Checks.CORE.notNull(person, "person");
        int day = Days.of(date, "date");
        int asOfDay = Days.of(asOf, "asOf");
        List<CompetencyCheck> checks = new ArrayList<>(task.competencies().size());
        for (CompetencyCode code : task.competencies()) {
            checks.add(check(pa, code, person, day, asOfDay));
        }
        return TaskCompetence.of(pa, task.task(), person, date, checks);
    }

    /**
     * Returns how long from a date a PA stays competent in every competency of a task for a person: the first day on
     * or after {@code from} on which one of them has no valid record (missing, lapsed, or lapsing without a renewal
     * that follows it without a gap). For a rota, ask once per PA and task set as of the look-ahead's first day and
     * answer each shift with {@link CompetentPeriod#covers}.
     *
     * @param pa the PA, not null
     * @param task the task, not null, whose competencies are all in the catalogue
     * @param person the person cared for, not null (delegated clinical tasks are signed off for one person)
     * @param from the first day, not null, within {@link SupportedDates}
     * @return the period, not null; empty when the PA is not competent on {@code from}
     * @throws InvalidValueException if an argument is null or unsupported, or a competency is not in the catalogue
     */
    public CompetentPeriod competentUntil(PersonalAssistantId pa, TaskRequirement task,
            PersonId person, LocalDate from) {
        Checks.CORE.notNull(task, "task");
        return competentUntil(pa, List.of(task), person, from);
    }

    /**
     * Returns how long from a date a PA stays competent in every competency of several tasks (a shift's) for a
     * person, as {@link #competentUntil(PersonalAssistantId, TaskRequirement, PersonId, LocalDate)} does for one.
     *
     * @param pa the PA, not null
     * @param tasks the tasks, not null, at least one, no null element, every competency in the catalogue
     * @param person the person cared for, not null
     * @param from the first day, not null, within {@link SupportedDates}
     * @return the period, not null; empty when the PA is not competent on {@code from}
     * @throws InvalidValueException if an argument or element is null or unsupported, {@code tasks} is empty, or a
     *     competency is not in the catalogue
     */
    public CompetentPeriod competentUntil(PersonalAssistantId pa,
            Collection<TaskRequirement> tasks, PersonId person, LocalDate from) {
        Checks.CORE.notNull(pa, "personalAssistant");
        checkTasks(tasks);
        Checks.CORE.notNull(person, "person");
        int fromDay = Days.of(from, "from");
        int until = Days.NEVER;
        CompetencyCode limitedBy = null;
        Integer paI = paIndex.get(pa);
        for (TaskRequirement task : tasks) {
            for (CompetencyCode code : task.competencies()) {
                int valid = paI == null ? fromDay : validUntil(paI, code, person, fromDay);
                if (valid < until) {
                    until = valid;
                    limitedBy = code;
                }
            }
        }
        return new CompetentPeriod(pa, person, fromDay, until, limitedBy);
    }

    /**
     * Returns whether a PA is competent in every competency of a task for a person through a shift: on every UK
     * day from the day of {@code start} to the day of the last moment before {@code end}, each by the record in
     * force that day. Allocates nothing; for many shifts of one PA and task set, {@link #competentUntil} once and
     * {@link CompetentPeriod#covers} per shift is cheaper still.
     *
     * @param pa the PA, not null
     * @param task the task, not null, whose competencies are all in the catalogue
     * @param person the person cared for, not null
     * @param start the shift's start, not null, within the supported dates
     * @param end the shift's end, not null, after {@code start}, within the supported dates
     * @return true if competent through the shift
     * @throws InvalidValueException if an argument is null or unsupported, {@code end} is not after {@code start},
     *     or a competency is not in the catalogue
     */
    public boolean isCompetent(PersonalAssistantId pa, TaskRequirement task,
            PersonId person, Instant start, Instant end) {
        Checks.CORE.notNull(pa, "personalAssistant");
        Checks.CORE.notNull(task, "task");
        Checks.CORE.notNull(person, "person");
        int fromDay = shiftStart(start, end);
        int lastDay = Days.londonLastDay(end);
        Integer paI = paIndex.get(pa);
        boolean competent = true;
        for (CompetencyCode code : task.competencies()) {
            int index = indexOf(code);
            competent = competent && paI != null && validUntil(paI, index, person, fromDay) > lastDay;
        }
        return competent;
    }

    /**
     * Returns whether a PA is competent in every competency of several tasks (a shift's) for a person through a
     * shift, as {@link #isCompetent(PersonalAssistantId, TaskRequirement, PersonId, Instant, Instant)} does for one.
     *
     * @param pa the PA, not null
     * @param tasks the tasks, not null, at least one, no null element, every competency in the catalogue
     * @param person the person cared for, not null
     * @param start the shift's start, not null, within the supported dates
     * @param end the shift's end, not null, after {@code start}, within the supported dates
     * @return true if competent through the shift
     * @throws InvalidValueException if an argument or element is null or unsupported, {@code tasks} is empty,
     *     {@code end} is not after {@code start}, or a competency is not in the catalogue
     */
    public boolean isCompetent(PersonalAssistantId pa, Collection<TaskRequirement> tasks,
            PersonId person, Instant start, Instant end) {
        Checks.CORE.notNull(pa, "personalAssistant");
        checkTasks(tasks);
        Checks.CORE.notNull(person, "person");
        int fromDay = shiftStart(start, end);
        int lastDay = Days.londonLastDay(end);
        Integer paI = paIndex.get(pa);
        boolean competent = true;
        for (TaskRequirement task : tasks) {
            for (CompetencyCode code : task.competencies()) {
                int index = indexOf(code);
                competent = competent && paI != null && validUntil(paI, index, person, fromDay) > lastDay;
            }
        }
        return competent;
    }

    /** Checks a shift's instants and returns the UK day of its start. */
    private static int shiftStart(@Nullable Instant start, @Nullable Instant end) {
        Checks.CORE.instant(start, "start");
        Checks.CORE.instant(end, "end");
        if (!end.isAfter(start)) {
            throw Checks.CORE.invalid("end", "after start " + start, end);
        }
        return Days.londonDay(start);
    }

    /** Checks a caller's tasks without copying them: not null, 1 to {@value PackageRequirements#MAX_TASKS}. */
    private void checkTasks(@Nullable Collection<TaskRequirement> tasks) {
        Checks.CORE.notNull(tasks, "tasks");
        int count = 0;
        for (TaskRequirement task : tasks) {
            Checks.CORE.notNull(task, "tasks[" + count + "]");
            if (++count > PackageRequirements.MAX_TASKS) {
                throw Checks.CORE.invalid("tasks", "1 - " + PackageRequirements.MAX_TASKS + " tasks",
                        tasks.size() + " tasks");
            }
            for (CompetencyCode code : task.competencies()) {
                indexOf(code);
            }
        }
        if (count == 0) {
            throw Checks.CORE.invalid("tasks", "1 - " + PackageRequirements.MAX_TASKS + " tasks", "none");
        }
    }

    /** Returns a competency's index in the catalogue, refusing one the catalogue does not have. */
    private int indexOf(CompetencyCode code) {
        Integer index = competencyIndex.get(code);
        if (index == null) {
            throw Checks.CORE.invalid("competency", "a code in the catalogue " + catalogue.codes(), code);
        }
        return index;
    }

    private int validUntil(int paI, CompetencyCode code, PersonId person, int fromDay) {
        return validUntil(paI, indexOf(code), person, fromDay);
    }

    private int validUntil(int paI, int index, PersonId person, int fromDay) {
        int personI = RecordStore.NO_PERSON;
        if (delegatedByIndex[index]) {
            Integer known = personIndex.get(person);
            if (known == null) {
                return fromDay;
            }
            personI = known;
        }
        return store.validUntil(paI, index, personI, fromDay);
    }

    /** Returns the standing of a PA on one competency on a day, seen from {@code asOfDay}. */
    CompetencyCheck check(PersonalAssistantId pa, CompetencyCode code, PersonId person, int day, int asOfDay) {
        int slot = slotOn(pa, code, person, day);
        if (slot < 0) {
            return CompetencyCheck.of(code, CompetencyStatus.MISSING, null);
        }
        CompetencyStatus status = day < store.lapse(slot) ? CompetencyStatus.VALID
                : asOfDay < day && store.validOn(slot, asOfDay) ? CompetencyStatus.LAPSES_BEFORE_DATE
                : CompetencyStatus.EXPIRED;
        return CompetencyCheck.of(code, status, store.expiry(slot));
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
        int index = indexOf(code);
        Integer paI = paIndex.get(pa);
        Integer personI = delegatedByIndex[index] ? personIndex.get(person) : Integer.valueOf(RecordStore.NO_PERSON);
        if (paI == null || personI == null) {
            return -1;
        }
        return store.slotOn(paI, index, personI, day);
    }

    /**
     * Returns the cover per task of a package over the look-ahead {@code [from, from + days)}: how many of its PAs
     * are competent in each task on each day, against the task's minimum.
     *
     * @param requirements the package's requirements, not null, every competency in the catalogue
     * @param from the first day, not null, within {@link SupportedDates}
     * @param days the look-ahead in days, 1 to {@value #MAX_COVER_DAYS}, ending within the supported dates
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
     * @param asOf the date, not null, within {@link SupportedDates}
     * @return the gaps, by PA and competency, not null, unmodifiable
     * @throws InvalidValueException if an argument is null or out of range, or a competency is not in the catalogue
     */
    public List<MissingCompetency> missing(PackageRequirements requirements, LocalDate asOf) {
        return new PackagePlanner(this, requirements, asOf, 1).missing();
    }

    /**
     * Returns the training plan for a package's team: everything missing, lapsed, or whose last valid day falls in
     * the look-ahead {@code [asOf, asOf + days)} (lapse day on or before {@code asOf + days}, as
     * {@link #expiringWithin}), ordered by urgency (overdue, then cover at risk, then due), then by the day booking
     * is late ({@link PlanItem#bookBefore()}), PA and competency. Each item cites the entry's basis for the
     * package's kind of employer when the package names it.
     *
     * @param requirements the package's requirements, not null, every competency in the catalogue
     * @param asOf the date, not null, within {@link SupportedDates}
     * @param days the look-ahead in days, 1 to {@value #MAX_COVER_DAYS}, ending within the supported dates
     * @return the plan, not null, unmodifiable
     * @throws InvalidValueException if an argument is null or out of range, or a competency is not in the catalogue
     */
    public List<PlanItem> trainingPlan(PackageRequirements requirements, LocalDate asOf,
            int days) {
        return new PackagePlanner(this, requirements, asOf, days).plan();
    }

    /**
     * Returns the training plan for a caseload of packages: each package's plan, merged so that a PA who works in
     * several packages appears once per competency (and person, for a delegated task) with the most urgent of the
     * packages' items, then ordered as {@link #trainingPlan} orders.
     *
     * @param caseload the packages, not null, no null element, at most {@value #MAX_CASELOAD}
     * @param asOf the date, not null, within {@link SupportedDates}
     * @param days the look-ahead in days, 1 to {@value #MAX_COVER_DAYS}
     * @return the plan, not null, unmodifiable
     * @throws InvalidValueException if an argument or element is null or out of range, or a competency is not in
     *     the catalogue
     */
    public List<PlanItem> caseloadPlan(Collection<PackageRequirements> caseload, LocalDate asOf,
            int days) {
        List<PackageRequirements> packages = Checks.CORE.list(caseload, MAX_CASELOAD, "caseload");
        List<PackagePlanner> planners = new ArrayList<>(packages.size());
        for (PackageRequirements requirements : packages) {
            planners.add(new PackagePlanner(this, requirements, asOf, days));
        }
        List<List<PlanItem>> plans = new ArrayList<>(planners.size());
        for (PackagePlanner planner : planners) {
            plans.add(planner.plan());
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
        private final boolean[] delegatedByIndex;
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
        private @Nullable PersonalAssistantId lastPa;
        private int lastPaIndex;

        private Builder(CompetencyCatalogue catalogue) {
            this.catalogue = catalogue;
            List<Competency> all = catalogue.competencies();
            delegatedByIndex = new boolean[all.size()];
            for (Competency entry : all) {
                delegatedByIndex[competencyIndex.size()] = entry.isDelegatedClinical();
                competencyIndex.put(entry.code(), competencyIndex.size());
                entries.put(entry.code(), entry);
            }
        }

        /**
         * Records one training record, checking it against the catalogue. Its expiry is computed, never given.
         *
         * @param record the record, not null
         * @param recordedOn the date it is recorded, not null, within {@link SupportedDates}; the record's
         *     completion date may not be after it
         * @return this builder, not null
         * @throws InvalidValueException if an argument is null; a date is unsupported; the completion date is after
         *     {@code recordedOn}; the competency is not in the catalogue; a medication record has no assessor; a
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
         * @param batch the records, not null, no null element, at most {@value #MAX_BATCH}
         * @param recordedOn the date they are recorded, not null, within {@link SupportedDates}
         * @return this builder, not null
         * @throws InvalidValueException as {@link #record} does, for the first invalid record; nothing is recorded
         */
        public Builder recordAll(Collection<TrainingRecord> batch, LocalDate recordedOn) {
            List<TrainingRecord> copy = Checks.CORE.list(batch, MAX_BATCH, "records");
            Days.of(recordedOn, "recordedOn");
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
         * @param changedOn the date of the change, not null, within {@link SupportedDates}
         * @return this builder, not null
         * @throws InvalidValueException if an argument is null or unsupported, or {@code task} is not a delegated
         *     clinical task in the catalogue; nothing is recorded then
         */
        public Builder supportPlanChanged(PersonId forPerson, CompetencyCode task,
                LocalDate changedOn) {
            Checks.CORE.notNull(forPerson, "person");
            if (!catalogue.require(task).isDelegatedClinical()) {
                throw Checks.CORE.invalid("task", "a delegated clinical task", task);
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
         * @param identifiedOn the date the risk was identified, not null, within {@link SupportedDates}
         * @return this builder, not null
         * @throws InvalidValueException if an argument is null or unsupported, or the competency is not in the
         *     catalogue or is done once or set by a clinician (use {@link #supportPlanChanged}); nothing is
         *     recorded then
         */
        public Builder newRisk(PersonalAssistantId forPa, CompetencyCode competency,
                LocalDate identifiedOn) {
            Checks.CORE.notNull(forPa, "personalAssistant");
            if (catalogue.require(competency).refresh().months().isEmpty()) {
                throw Checks.CORE.invalid("competency", "a competency with a fixed refresh period", competency);
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

        private int validate(@Nullable TrainingRecord record, @Nullable LocalDate recordedOn) {
            Checks.CORE.notNull(record, "record");
            int recordedDay = Days.of(recordedOn, "recordedOn");
            int completedDay = Days.of(record.completedOn(), "completedOn");
            if (completedDay > recordedDay) {
                throw Checks.CORE.invalid("completedOn", "on or before recordedOn " + recordedOn,
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
            Delegation delegation = record.delegation();
            pa.add(lastPaIndex);
            competency.add(competencyIndex.get(record.competency()));
            person.add(delegation == null ? RecordStore.NO_PERSON : intern(personIndex, delegation.person()));
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
