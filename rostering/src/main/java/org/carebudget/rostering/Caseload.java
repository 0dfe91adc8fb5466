package org.carebudget.rostering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonalAssistantId;
import org.jspecify.annotations.Nullable;

/**
 * The care packages and personal assistants a rota is checked for: each package's plan, each PA's working-time
 * profile, their absences and the hours they declare with other employers, and the bank-holiday calendar. Every PA
 * in a team has a profile with an employment with the package's employer; a PA's absences do not overlap.
 *
 * <p>Packages and PAs are also numbered, in the order added, for index-based reading of large rotas
 * ({@link #packageIndex}, {@link #workerIndex}). Built with {@link #builder()}; immutable and thread-safe.
 */
public final class Caseload {

    /** The most absences or declarations a PA may have. */
    public static final int MAX_PER_WORKER = 10_000;

    private final List<CarePackagePlan> packages;
    private final Map<CarePackageId, Integer> packageIndex;
    private final List<WorkerProfile> workers;
    private final Map<PersonalAssistantId, Integer> workerIndex;
    private final List<List<Absence>> absences;
    private final List<List<DeclaredHours>> declared;
    private final BankHolidays bankHolidays;
    private final int[][] teams;

    private Caseload(Builder b) {
        this.packages = Collections.unmodifiableList(new ArrayList<>(b.packages));
        this.packageIndex = new HashMap<>(b.packageIndex);
        this.workers = Collections.unmodifiableList(new ArrayList<>(b.workers));
        this.workerIndex = new HashMap<>(b.workerIndex);
        List<List<Absence>> abs = new ArrayList<>(b.workers.size());
        List<List<DeclaredHours>> dec = new ArrayList<>(b.workers.size());
        for (int i = 0; i < b.workers.size(); i++) {
            List<Absence> a = b.absences.get(i);
            if (a == null) {
                abs.add(List.of());
            } else {
                List<Absence> sorted = new ArrayList<>(a);
                sorted.sort((x, y) -> x.days().start().compareTo(y.days().start()));
                abs.add(List.copyOf(sorted));
            }
            List<DeclaredHours> d = b.declared.get(i);
            dec.add(d == null ? List.of() : List.copyOf(d));
        }
        this.absences = abs;
        this.declared = dec;
        this.bankHolidays = b.bankHolidays;
        this.teams = new int[packages.size()][];
        for (int p = 0; p < packages.size(); p++) {
            List<PersonalAssistantId> team = packages.get(p).team();
            teams[p] = new int[team.size()];
            for (int k = 0; k < team.size(); k++) {
                teams[p][k] = workerIndex.get(team.get(k));
            }
        }
    }

    /**
     * Returns the number (in {@link #workers()}) of the k-th member of a package's team, allocation-free.
     *
     * @param carePackage the package index, 0 to {@code packages().size() - 1}
     * @param k 0 to the team's size - 1
     * @return the worker index
     * @throws RosteringException if out of range
     */
    public int teamWorker(int carePackage, int k) {
        int[] team = teams[RosteringException.CHECKS.inRange(carePackage, 0, packages.size() - 1, "carePackage")];
        return team[RosteringException.CHECKS.inRange(k, 0, team.length - 1, "k")];
    }

    /**
     * Returns an empty builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the packages, in the order added.
     *
     * @return the plans, not null, unmodifiable
     */
    public List<CarePackagePlan> packages() {
        return packages;
    }

    /**
     * Returns a package's plan.
     *
     * @param id the package, not null
     * @return the plan, or empty when the package is not in the caseload
     * @throws RosteringException if {@code id} is null
     */
    public Optional<CarePackagePlan> plan(@Nullable CarePackageId id) {
        int i = packageIndex(id);
        return i < 0 ? Optional.empty() : Optional.of(packages.get(i));
    }

    /**
     * Returns a package's number: its position in {@link #packages()}.
     *
     * @param id the package, not null
     * @return the index, or -1 when the package is not in the caseload
     * @throws RosteringException if {@code id} is null
     */
    public int packageIndex(@Nullable CarePackageId id) {
        Integer i = packageIndex.get(RosteringException.CHECKS.notNull(id, "carePackage"));
        return i == null ? -1 : i;
    }

    /**
     * Returns the profiles, in the order added.
     *
     * @return the profiles, not null, unmodifiable
     */
    public List<WorkerProfile> workers() {
        return workers;
    }

    /**
     * Returns a PA's profile.
     *
     * @param pa the PA, not null
     * @return the profile, or empty when the PA is not in the caseload
     * @throws RosteringException if {@code pa} is null
     */
    public Optional<WorkerProfile> worker(@Nullable PersonalAssistantId pa) {
        int i = workerIndex(pa);
        return i < 0 ? Optional.empty() : Optional.of(workers.get(i));
    }

    /**
     * Returns a PA's number: the position of their profile in {@link #workers()}.
     *
     * @param pa the PA, not null
     * @return the index, or -1 when the PA is not in the caseload
     * @throws RosteringException if {@code pa} is null
     */
    public int workerIndex(@Nullable PersonalAssistantId pa) {
        Integer i = workerIndex.get(RosteringException.CHECKS.notNull(pa, "personalAssistant"));
        return i == null ? -1 : i;
    }

    /**
     * Returns a PA's absences.
     *
     * @param pa the PA, not null
     * @return the absences, by first day, not null, unmodifiable; empty for a PA not in the caseload
     * @throws RosteringException if {@code pa} is null
     */
    public List<Absence> absences(@Nullable PersonalAssistantId pa) {
        int i = workerIndex(pa);
        return i < 0 ? List.of() : absences.get(i);
    }

    /**
     * Returns the absences of the PA numbered {@code worker}.
     *
     * @param worker the index, 0 to {@code workers().size() - 1}
     * @return the absences, by first day, not null, unmodifiable
     * @throws RosteringException if {@code worker} is out of range
     */
    public List<Absence> absencesOf(int worker) {
        return absences.get(RosteringException.CHECKS.inRange(worker, 0, workers.size() - 1, "worker"));
    }

    /**
     * Returns the hours a PA declares with other employers.
     *
     * @param pa the PA, not null
     * @return the declarations, not null, unmodifiable; empty for a PA not in the caseload
     * @throws RosteringException if {@code pa} is null
     */
    public List<DeclaredHours> declaredHours(@Nullable PersonalAssistantId pa) {
        int i = workerIndex(pa);
        return i < 0 ? List.of() : declared.get(i);
    }

    /**
     * Returns the declarations of the PA numbered {@code worker}.
     *
     * @param worker the index, 0 to {@code workers().size() - 1}
     * @return the declarations, not null, unmodifiable
     * @throws RosteringException if {@code worker} is out of range
     */
    public List<DeclaredHours> declaredHoursOf(int worker) {
        return declared.get(RosteringException.CHECKS.inRange(worker, 0, workers.size() - 1, "worker"));
    }

    /**
     * Returns the absence of a PA on a date, if any.
     *
     * @param worker the PA's index, 0 to {@code workers().size() - 1}
     * @param date the date, not null
     * @return the absence covering {@code date}, or empty
     * @throws RosteringException if {@code worker} is out of range or {@code date} is null
     */
    public Optional<Absence> absenceOn(int worker, @Nullable LocalDate date) {
        RosteringException.CHECKS.notNull(date, "date");
        List<Absence> list = absencesOf(worker);
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (!list.get(mid).days().start().isAfter(date)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && list.get(lo - 1).days().contains(date) ? Optional.of(list.get(lo - 1)) : Optional.empty();
    }

    /**
     * Returns the bank-holiday calendar.
     *
     * @return the calendar, not null; {@link BankHolidays#none()} unless set
     */
    public BankHolidays bankHolidays() {
        return bankHolidays;
    }

    @Override
    public String toString() {
        return "Caseload[" + packages.size() + " packages, " + workers.size() + " PAs]";
    }

    /**
     * Collects packages, profiles, absences and declarations. Each method adds what it was given or, on invalid
     * input, nothing; {@link #build()} checks the references between them. Not thread-safe.
     */
    public static final class Builder {

        private final List<CarePackagePlan> packages = new ArrayList<>();
        private final Map<CarePackageId, Integer> packageIndex = new HashMap<>();
        private final List<WorkerProfile> workers = new ArrayList<>();
        private final Map<PersonalAssistantId, Integer> workerIndex = new HashMap<>();
        private final Map<Integer, List<Absence>> absences = new HashMap<>();
        private final Map<Integer, List<DeclaredHours>> declared = new HashMap<>();
        private BankHolidays bankHolidays = BankHolidays.none();

        private Builder() {
        }

        /**
         * Adds a package's plan.
         *
         * @param plan the plan, not null, of a package not already added
         * @return this builder, not null
         * @throws RosteringException if {@code plan} is null or its package was already added
         */
        public Builder carePackage(@Nullable CarePackagePlan plan) {
            RosteringException.CHECKS.notNull(plan, "carePackage");
            if (packageIndex.containsKey(plan.id())) {
                throw new RosteringException("carePackage", "a package not already in the caseload", plan.id());
            }
            packageIndex.put(plan.id(), packages.size());
            packages.add(plan);
            return this;
        }

        /**
         * Adds a PA's working-time profile.
         *
         * @param profile the profile, not null, of a PA not already added
         * @return this builder, not null
         * @throws RosteringException if {@code profile} is null or its PA was already added
         */
        public Builder worker(@Nullable WorkerProfile profile) {
            RosteringException.CHECKS.notNull(profile, "worker");
            if (workerIndex.containsKey(profile.personalAssistant())) {
                throw new RosteringException("worker", "a PA not already in the caseload",
                        profile.personalAssistant());
            }
            workerIndex.put(profile.personalAssistant(), workers.size());
            workers.add(profile);
            return this;
        }

        /**
         * Adds an absence of a PA already added.
         *
         * @param absence the absence, not null, of a known PA, not overlapping another of theirs
         * @return this builder, not null
         * @throws RosteringException if {@code absence} is null, its PA is unknown, it overlaps one of theirs, or the
         *     PA would have more than {@value Caseload#MAX_PER_WORKER}
         */
        public Builder absence(@Nullable Absence absence) {
            RosteringException.CHECKS.notNull(absence, "absence");
            int w = known(absence.personalAssistant(), "absence");
            List<Absence> list = absences.computeIfAbsent(w, k -> new ArrayList<>());
            for (Absence a : list) {
                if (a.days().overlaps(absence.days())) {
                    throw new RosteringException("absence", "an absence not overlapping another of the PA's",
                            absence + " overlaps " + a);
                }
            }
            if (list.size() == MAX_PER_WORKER) {
                throw new RosteringException("absence", "at most " + MAX_PER_WORKER + " per PA", absence);
            }
            list.add(absence);
            return this;
        }

        /**
         * Adds hours a PA already added declares with another employer.
         *
         * @param hours the declaration, not null, of a known PA
         * @return this builder, not null
         * @throws RosteringException if {@code hours} is null, its PA is unknown, or the PA would have more than
         *     {@value Caseload#MAX_PER_WORKER}
         */
        public Builder declaredHours(@Nullable DeclaredHours hours) {
            RosteringException.CHECKS.notNull(hours, "declaredHours");
            int w = known(hours.personalAssistant(), "declaredHours");
            List<DeclaredHours> list = declared.computeIfAbsent(w, k -> new ArrayList<>());
            if (list.size() == MAX_PER_WORKER) {
                throw new RosteringException("declaredHours", "at most " + MAX_PER_WORKER + " per PA", hours);
            }
            list.add(hours);
            return this;
        }

        /**
         * Sets the bank-holiday calendar.
         *
         * @param value the calendar, not null
         * @return this builder, not null
         * @throws RosteringException if {@code value} is null
         */
        public Builder bankHolidays(@Nullable BankHolidays value) {
            bankHolidays = RosteringException.CHECKS.notNull(value, "bankHolidays");
            return this;
        }

        /**
         * Adds several packages, all or none.
         *
         * @param plans the plans, not null, no null element
         * @return this builder, not null
         * @throws RosteringException as {@link #carePackage} does, for the first invalid plan; nothing is added then
         */
        public Builder carePackages(@Nullable Collection<CarePackagePlan> plans) {
            List<CarePackagePlan> copy = RosteringException.CHECKS.list(plans, Integer.MAX_VALUE, "carePackages");
            Map<CarePackageId, Boolean> seen = new HashMap<>();
            for (CarePackagePlan p : copy) {
                if (packageIndex.containsKey(p.id()) || seen.put(p.id(), true) != null) {
                    throw new RosteringException("carePackage", "a package not already in the caseload", p.id());
                }
            }
            copy.forEach(this::carePackage);
            return this;
        }

        private int known(PersonalAssistantId pa, String field) {
            Integer w = workerIndex.get(pa);
            if (w == null) {
                throw new RosteringException(field, "a PA whose profile is in the caseload", pa);
            }
            return w;
        }

        /**
         * Builds the caseload, checking that every team member has a profile with an employment with the package's
         * employer.
         *
         * @return the caseload, not null
         * @throws RosteringException if a team member has no profile, or no employment with the package's employer
         */
        public Caseload build() {
            for (CarePackagePlan p : packages) {
                for (PersonalAssistantId pa : p.team()) {
                    Integer w = workerIndex.get(pa);
                    if (w == null) {
                        throw new RosteringException("team", "PAs whose profiles are in the caseload",
                                pa + " in " + p.id());
                    }
                    if (workers.get(w).employments().stream().noneMatch(t -> t.employer().equals(p.employer()))) {
                        throw new RosteringException("team", "PAs employed by the package's employer " + p.employer(),
                                pa + " in " + p.id());
                    }
                }
            }
            return new Caseload(this);
        }
    }
}
