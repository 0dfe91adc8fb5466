package org.carebudget.rostering;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.LondonTime;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.rostering.workingtime.WorkingTimeCheck;
import org.carebudget.rostering.workingtime.WorkingTimeFinding;
import org.carebudget.rostering.workingtime.WorkingTimeHistory;
import org.carebudget.rostering.workingtime.WorkingTimeReport;
import org.carebudget.rostering.workingtime.WorkingTimeRule;

/**
 * A rota scenario declared in a few lines: PAs (adults employed by {@code emp-1} since 2024 unless told otherwise),
 * packages, planned shifts and history in UK local time, absences and declared hours; then a check with one rule
 * alone, in the manner of Timefold's ConstraintVerifier. Local times must name one moment (strict factories); give
 * an offset ({@code 2026-10-25T01:30+00:00}) in the October overlap.
 */
public final class Scenario {

    public static final EmployerId EMP_1 = EmployerId.of("emp-1");
    public static final EmployerId EMP_2 = EmployerId.of("emp-2");
    public static final FunderId ICB = FunderId.of("icb");
    public static final FunderId COUNCIL = FunderId.of("council");
    public static final LocalDate EMPLOYED_FROM = LocalDate.of(2024, 1, 1);
    public static final TaskRequirement PERSONAL_CARE = TaskRequirement.of("personal care", 1,
            CompetencyCode.of("moving-and-handling-people"));

    private final LocalDate asOf;
    private final Map<String, WorkerProfile.Builder> pas = new LinkedHashMap<>();
    private final Map<String, CarePackagePlan.Builder> packages = new LinkedHashMap<>();
    private final Map<String, List<String>> teams = new LinkedHashMap<>();
    private final List<Shift> shifts = new ArrayList<>();
    private final List<Object[]> history = new ArrayList<>();
    private final List<Absence> absences = new ArrayList<>();
    private final List<DeclaredHours> declared = new ArrayList<>();
    private long nextId = 1;
    private boolean defaultPackage = true;

    private Scenario(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** A scenario checked from {@code asOf}. */
    public static Scenario from(String asOf) {
        return new Scenario(LocalDate.parse(asOf));
    }

    /** Adds an adult PA employed by emp-1 since 2024, configured further by {@code more}. */
    public Scenario pa(String id, Consumer<WorkerProfile.Builder> more) {
        WorkerProfile.Builder b = WorkerProfile.builder(PersonalAssistantId.of(id));
        more.accept(b);
        pas.put(id, b);
        return this;
    }

    /** Adds an adult PA employed by emp-1 since 2024. */
    public Scenario pa(String id) {
        return pa(id, b -> b.adultThroughout().employment(employment(EMP_1, DomesticService.NOT_DOMESTIC_SERVICE)));
    }

    public static EmploymentTerms employment(EmployerId employer, DomesticService service) {
        return EmploymentTerms.of(employer, DateRange.startingOn(EMPLOYED_FROM), service);
    }

    public static EmploymentTerms employment(EmployerId employer, String from) {
        return EmploymentTerms.of(employer, DateRange.startingOn(LocalDate.parse(from)),
                DomesticService.NOT_DOMESTIC_SERVICE);
    }

    /** Adds a package employing its team through {@code employer}. */
    public Scenario carePackage(String id, EmployerId employer, String... team) {
        packages.put(id, CarePackagePlan.builder(CarePackageId.of(id), PersonId.of("person-" + id), employer)
                .task(PERSONAL_CARE));
        teams.put(id, List.of(team));
        defaultPackage = false;
        return this;
    }

    /** Plans a shift of {@code pkg} for {@code pa} (null for unfilled), local times. */
    public Scenario shift(String pkg, String pa, String start, String end) {
        return shift(pkg, pa, start, end, ShiftKind.DAY);
    }

    public Scenario shift(String pkg, String pa, String start, String end, ShiftKind kind) {
        Shift.Builder b = Shift.builder(ShiftId.of(nextId++), CarePackageId.of(pkg), ICB, instant(start),
                instant(end)).kind(kind).task(PERSONAL_CARE.task());
        if (pa != null) {
            b.personalAssistant(PersonalAssistantId.of(pa));
        }
        shifts.add(b.build());
        return this;
    }

    /** Plans a double-up of {@code pkg} with the PAs given (none, one or two). */
    public Scenario doubleUp(String pkg, String start, String end, String... pas) {
        Shift.Builder b = Shift.builder(ShiftId.of(nextId++), CarePackageId.of(pkg), ICB, instant(start),
                instant(end)).doubleUp().task(PERSONAL_CARE.task());
        for (String pa : pas) {
            b.personalAssistant(PersonalAssistantId.of(pa));
        }
        shifts.add(b.build());
        return this;
    }

    /** Sets a package's minimum of distinct PAs. */
    public Scenario minimumPas(String pkg, int minimum) {
        packages.get(pkg).minimumDistinctPas(minimum);
        return this;
    }

    /** Looks ahead {@code days} days with training answers from {@code register}. */
    public org.carebudget.rostering.cover.CoverReport cover(org.carebudget.core.training.TrainingRegister register,
            int days) {
        Rota rota = rota();
        return org.carebudget.rostering.cover.CoverLookAhead.standard().withDays(days).run(rota, history(rota),
                org.carebudget.rostering.cover.Competence.of(register));
    }

    /** Plans a shift with a rest break. */
    public Scenario shiftWithBreak(String pkg, String pa, String start, String end, String breakStart,
            String breakEnd) {
        shifts.add(Shift.builder(ShiftId.of(nextId++), CarePackageId.of(pkg), ICB, instant(start), instant(end))
                .personalAssistant(PersonalAssistantId.of(pa)).task(PERSONAL_CARE.task())
                .restBreak(TimeSpan.of(instant(breakStart), instant(breakEnd))).build());
        return this;
    }

    /** Plans the same local shift on every day from {@code first} for {@code days} days. */
    public Scenario daily(String pkg, String pa, String first, int days, String startTime, String endTime) {
        LocalDate d = LocalDate.parse(first);
        for (int i = 0; i < days; i++) {
            LocalDate day = d.plusDays(i);
            LocalDate endDay = endTime.compareTo(startTime) <= 0 ? day.plusDays(1) : day;
            shift(pkg, pa, day + "T" + startTime, endDay + "T" + endTime);
        }
        return this;
    }

    /** Records history: work started before asOf. */
    public Scenario worked(String pa, String start, String end) {
        history.add(new Object[] {pa, instant(start), instant(end)});
        return this;
    }

    /** Records the same local hours of work every day for {@code days} days from {@code first}. */
    public Scenario workedDaily(String pa, String first, int days, String startTime, String endTime) {
        LocalDate d = LocalDate.parse(first);
        for (int i = 0; i < days; i++) {
            LocalDate day = d.plusDays(i);
            LocalDate endDay = endTime.compareTo(startTime) <= 0 ? day.plusDays(1) : day;
            worked(pa, day + "T" + startTime, endDay + "T" + endTime);
        }
        return this;
    }

    /** Records history on the given days of the week only. */
    public Scenario workedOn(String pa, String first, int days, String startTime, String endTime,
            DayOfWeek... weekdays) {
        LocalDate d = LocalDate.parse(first);
        for (int i = 0; i < days; i++) {
            LocalDate day = d.plusDays(i);
            if (List.of(weekdays).contains(day.getDayOfWeek())) {
                worked(pa, day + "T" + startTime, (endTime.compareTo(startTime) <= 0 ? day.plusDays(1) : day) + "T"
                        + endTime);
            }
        }
        return this;
    }

    public Scenario absence(String pa, AbsenceKind kind, String from, String until) {
        absences.add(Absence.of(PersonalAssistantId.of(pa), kind, DateRange.of(LocalDate.parse(from),
                LocalDate.parse(until))));
        return this;
    }

    public Scenario declared(String pa, EmployerId employer, int minutesPerWeek, String from) {
        declared.add(DeclaredHours.of(PersonalAssistantId.of(pa), employer, minutesPerWeek,
                DateRange.startingOn(LocalDate.parse(from))));
        return this;
    }

    /** Reads a local date-time strictly, or a date-time with an offset. */
    public static Instant instant(String text) {
        if (text.length() > 16) {
            return LondonTime.instantOf(OffsetDateTime.parse(text));
        }
        return LondonTime.instantOf(LocalDateTime.parse(text));
    }

    public Caseload caseload() {
        Caseload.Builder c = Caseload.builder();
        pas.values().forEach(b -> c.worker(b.build()));
        if (defaultPackage) {
            packages.put("pkg-1", CarePackagePlan.builder(CarePackageId.of("pkg-1"), PersonId.of("person-1"), EMP_1)
                    .task(PERSONAL_CARE));
            teams.put("pkg-1", List.copyOf(pas.keySet()));
        }
        for (Map.Entry<String, CarePackagePlan.Builder> e : packages.entrySet()) {
            c.carePackage(e.getValue().team(teams.get(e.getKey()).stream().map(PersonalAssistantId::of).toList())
                    .build());
        }
        absences.forEach(c::absence);
        declared.forEach(c::declaredHours);
        return c.build();
    }

    public Rota rota() {
        Rota.Builder r = Rota.builder(caseload());
        shifts.forEach(r::add);
        return r.build();
    }

    public WorkingTimeHistory history(Rota rota) {
        WorkingTimeHistory.Builder h = WorkingTimeHistory.builder(rota.caseload(), asOf);
        for (Object[] w : history) {
            h.add(PersonalAssistantId.of((String) w[0]), TimeSpan.of((Instant) w[1], (Instant) w[2]));
        }
        return h.build();
    }

    public List<Shift> shifts() {
        return List.copyOf(shifts);
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Checks {@code days} days with one rule alone. */
    public List<WorkingTimeFinding> check(WorkingTimeRule rule, int days) {
        Rota rota = rota();
        return WorkingTimeCheck.of(List.of(rule)).check(rota, history(rota), days).findings();
    }

    /** Checks {@code days} days with every standard rule. */
    public WorkingTimeReport checkAll(int days) {
        Rota rota = rota();
        return WorkingTimeCheck.standard().check(rota, history(rota), days);
    }
}
