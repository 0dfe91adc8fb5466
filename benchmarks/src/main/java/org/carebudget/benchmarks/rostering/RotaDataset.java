package org.carebudget.benchmarks.rostering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.TaskRequirement;
import org.carebudget.core.training.TrainingRecord;
import org.carebudget.core.training.TrainingRegister;
import org.carebudget.rostering.Absence;
import org.carebudget.rostering.AbsenceKind;
import org.carebudget.rostering.BudgetLine;
import org.carebudget.rostering.CarePackagePlan;
import org.carebudget.rostering.Caseload;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.EmploymentTerms;
import org.carebudget.rostering.HoursBudget;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.Shift;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.ShiftKind;
import org.carebudget.rostering.TimeSpan;
import org.carebudget.rostering.TimesheetEntry;
import org.carebudget.rostering.Timesheets;
import org.carebudget.rostering.WorkerProfile;
import org.carebudget.rostering.workingtime.WorkingTimeHistory;

/**
 * A seeded, deterministic synthetic caseload for the rostering benchmarks (issue 13's generator will reuse these
 * shapes): packages from a visit or two a day to 24/7 double-ups, teams of 2 to 8 PAs, one package in 33 sharing a PA
 * with the one before (so that PA has two employers), a funder mix of council, ICB and integrated packages; a 21-day
 * rota from Monday 19 October 2026 (the October clock change in week 1) with 2% of places unfilled; sickness for 1%
 * of PAs; moving-and-handling training valid for 96% of PAs, lapsing in the look-ahead for 3%, missing for 1%; and
 * 17 weeks of history in the same pattern, streamed into the history without being held.
 *
 * <p>Shapes (share of packages, visits a day, team): light 30% (two 1-hour visits, 2 PAs), medium 40% (four visits of
 * 30 to 60 minutes, 5 PAs), heavy 20% (two 6-hour days and a 12-hour sleep-in, 5 PAs), 24/7 10% (three 8-hour
 * double-up shifts, the night a waking night, 8 PAs); each place has its own PA with a day off a week covered by a
 * floater, shifts over 6 hours have a 30-minute break, so a rota is lawful but for the October night's extra hour,
 * the shared PAs' clashes, the unfilled places, sickness and training: about 3.5 shifts a package a day, so 200,000
 * packages hold about 14 million shifts in 21 days and 80 million records of history.
 */
public final class RotaDataset {

    /** The first day of the look-ahead. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 10, 19);
    /** The look-ahead. */
    public static final int DAYS = 21;
    static final CompetencyCode MOVING = CompetencyCode.of("moving-and-handling-people");
    static final TaskRequirement CARE = TaskRequirement.of("personal care", 1, MOVING);

    /** A daily slot: start minute of day, length, staff, kind (0 day, 1 waking night, 2 sleep-in). */
    private static final int[][][] SHAPES = {
        {{9 * 60, 60, 1, 0}, {17 * 60, 60, 1, 0}},
        {{7 * 60 + 30, 60, 1, 0}, {12 * 60, 45, 1, 0}, {17 * 60, 45, 1, 0}, {21 * 60, 30, 1, 0}},
        {{8 * 60, 360, 1, 0}, {14 * 60, 360, 1, 0}, {20 * 60, 720, 1, 2}},
        {{7 * 60, 480, 2, 0}, {15 * 60, 480, 2, 0}, {23 * 60, 480, 2, 1}},
    };
    /** The PA of each slot and place: the dedicated member, then the day of the week (mod 7) it is off. */
    private static final int[][][] MEMBER = {
        {{0, 5}, {1, 6}},
        {{0, 3}, {1, 4}, {2, 5}, {3, 6}},
        {{0, 3}, {1, 4}, {-1, -1}},
        {{0, 3}, {1, 4}, {2, 5}, {3, 6}, {4, 0}, {5, 1}},
    };
    /** Who covers a member's day off: the floater of each shape, by slot. */
    private static final int[][] COVER = {{1, 0}, {4, 4, 4, 4}, {4, 4, 4}, {6, 6, 7}};
    private static final int[] TEAM = {2, 5, 5, 8};
    /** Shifts longer than 6 hours get a 30-minute break this many minutes in. */
    private static final int BREAK_AFTER = 240;

    private final Caseload caseload;
    private final Rota rota;
    private final TrainingRegister register;
    private final int[] shape;
    private final int[] teamStart;
    private final int[] teamSize;
    private final int[] shared;
    private final long seed;
    private int historyRecords;

    private RotaDataset(Caseload caseload, Rota rota, TrainingRegister register, int[] shape, int[] teamStart,
            int[] teamSize, int[] shared, long seed) {
        this.caseload = caseload;
        this.rota = rota;
        this.register = register;
        this.shape = shape;
        this.teamStart = teamStart;
        this.teamSize = teamSize;
        this.shared = shared;
        this.seed = seed;
    }

    /**
     * Generates a caseload and its rota.
     *
     * @param packages how many packages
     * @param seed the seed
     * @return the dataset
     */
    public static RotaDataset generate(int packages, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] shape = new int[packages];
        int[] teamStart = new int[packages];
        int[] teamSize = new int[packages];
        int[] shared = new int[packages];
        int workers = 0;
        for (int p = 0; p < packages; p++) {
            int r = random.nextInt(100);
            shape[p] = r < 30 ? 0 : r < 70 ? 1 : r < 90 ? 2 : 3;
            teamSize[p] = TEAM[shape[p]];
            shared[p] = p > 0 && random.nextInt(33) == 0 ? 1 : 0;
            teamStart[p] = workers - shared[p];
            workers += teamSize[p] - shared[p];
        }
        LocalDate employed = LocalDate.of(2024, 1, 1);
        List<List<EmploymentTerms>> terms = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            terms.add(new ArrayList<>(2));
        }
        EmployerId[] employers = new EmployerId[packages];
        for (int p = 0; p < packages; p++) {
            employers[p] = EmployerId.of("emp-" + p);
            for (int m = 0; m < teamSize[p]; m++) {
                terms.get(teamStart[p] + m).add(EmploymentTerms.of(employers[p], DateRange.startingOn(employed),
                        DomesticService.NOT_DOMESTIC_SERVICE));
            }
        }
        Caseload.Builder c = Caseload.builder();
        PersonalAssistantId[] pas = new PersonalAssistantId[workers];
        for (int w = 0; w < workers; w++) {
            pas[w] = PersonalAssistantId.of("pa-" + w);
            c.worker(WorkerProfile.builder(pas[w]).adultThroughout().employments(terms.get(w)).build());
        }
        FunderId[] councils = new FunderId[150];
        FunderId[] icbs = new FunderId[42];
        for (int i = 0; i < councils.length; i++) {
            councils[i] = FunderId.of("council-" + i);
        }
        for (int i = 0; i < icbs.length; i++) {
            icbs[i] = FunderId.of("icb-" + i);
        }
        DateRange year = DateRange.startingOn(LocalDate.of(2026, 4, 1));
        FunderId[][] funders = new FunderId[packages][];
        for (int p = 0; p < packages; p++) {
            int mix = random.nextInt(10);
            FunderId council = councils[p % councils.length];
            FunderId icb = icbs[p % icbs.length];
            funders[p] = mix < 5 ? new FunderId[] {council, council} : mix < 7 ? new FunderId[] {icb, icb}
                    : new FunderId[] {council, icb};
            List<PersonalAssistantId> team = new ArrayList<>(teamSize[p]);
            for (int m = 0; m < teamSize[p]; m++) {
                team.add(pas[teamStart[p] + m]);
            }
            long dayMinutes = 0;
            long nightMinutes = 0;
            for (int[] slot : SHAPES[shape[p]]) {
                if (slot[3] == 0) {
                    dayMinutes += (long) slot[1] * slot[2] * 7;
                } else {
                    nightMinutes += (long) slot[1] * slot[2] * 7;
                }
            }
            List<BudgetLine> lines = new ArrayList<>(2);
            lines.add(BudgetLine.of(funders[p][0], ShiftKind.DAY, (int) (dayMinutes * (90 + random.nextInt(20)) / 100),
                    year));
            if (nightMinutes > 0) {
                ShiftKind nightKind = shape[p] == 2 ? ShiftKind.SLEEP_IN : ShiftKind.WAKING_NIGHT;
                lines.add(BudgetLine.of(funders[p][1], nightKind, (int) nightMinutes, year));
            }
            c.carePackage(CarePackagePlan.builder(CarePackageId.of("pkg-" + p), PersonId.of("person-" + p),
                    employers[p]).team(team).task(CARE).minimumDistinctPas(Math.min(2, teamSize[p]))
                    .budget(HoursBudget.of(lines)).build());
        }
        for (int w = 0; w < workers; w++) {
            if (random.nextInt(100) == 0) {
                LocalDate from = AS_OF.plusDays(random.nextInt(DAYS));
                c.absence(Absence.of(pas[w], AbsenceKind.SICKNESS, DateRange.of(from, from.plusDays(2))));
            }
        }
        Caseload caseload = c.build();
        Rota.Builder r = Rota.builder(caseload);
        long id = 1;
        int asOfDay = (int) AS_OF.toEpochDay();
        for (int p = 0; p < packages; p++) {
            CarePackageId pkg = caseload.packages().get(p).id();
            for (int d = 0; d < DAYS; d++) {
                int[][] slots = SHAPES[shape[p]];
                for (int s = 0; s < slots.length; s++) {
                    int[] slot = slots[s];
                    int start = Minute.at(asOfDay + d, slot[0]);
                    ShiftKind kind = ShiftKind.values()[slot[3] == 1 ? 1 : slot[3] == 2 ? 2 : 0];
                    Shift.Builder b = Shift.builder(ShiftId.of(id++), pkg, funders[p][slot[3] == 0 ? 0 : 1],
                            Minute.instant(start), Minute.instant(start + slot[1])).kind(kind).task(CARE.task());
                    if (slot[1] > 360) {
                        b.restBreak(TimeSpan.of(Minute.instant(start + BREAK_AFTER),
                                Minute.instant(start + BREAK_AFTER + 30)));
                    }
                    if (slot[2] == 2) {
                        b.doubleUp();
                    }
                    for (int place = 0; place < slot[2]; place++) {
                        if (random.nextInt(50) != 0) {
                            b.personalAssistant(pas[teamStart[p] + member(shape[p], teamSize[p], s, place, d)]);
                        }
                    }
                    r.add(b.build());
                }
            }
        }
        TrainingRegister.Builder t = TrainingRegister.builder(CompetencyCatalogue.standard());
        List<TrainingRecord> records = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            int roll = random.nextInt(100);
            if (roll < 99) {
                int daysAgo = roll < 96 ? 30 + random.nextInt(300) : 346 + random.nextInt(18);
                records.add(TrainingRecord.completed(pas[w], MOVING, AS_OF.minusDays(daysAgo), "trainer",
                        "cert-" + w));
            }
        }
        t.recordAll(records, AS_OF);
        return new RotaDataset(caseload, r.build(), t.build(), shape, teamStart, teamSize, shared, seed);
    }

    /**
     * The team member working a place of a slot on a day (the day may be before the look-ahead): each place has its
     * own member with one day off a week, covered by the shape's floater; a heavy package's sleep-ins alternate
     * between two members.
     */
    static int member(int shape, int team, int slot, int place, int day) {
        if (shape == 2 && slot == 2) {
            return 2 + Math.floorMod(day, 2);
        }
        int[] dedicated = MEMBER[shape][slot * SHAPES[shape][slot][2] + place];
        if (Math.floorMod(day, 7) == dedicated[1]) {
            return COVER[shape][slot];
        }
        return dedicated[0];
    }

    /**
     * Streams 17 weeks of history in the rota's pattern into a new history.
     *
     * @return the history
     */
    public WorkingTimeHistory buildHistory() {
        WorkingTimeHistory.Builder h = WorkingTimeHistory.builder(caseload, AS_OF);
        int asOfDay = (int) AS_OF.toEpochDay();
        int count = 0;
        for (int p = 0; p < shape.length; p++) {
            int[][] slots = SHAPES[shape[p]];
            for (int d = -WorkingTimeHistory.DAYS; d < 0; d++) {
                int dayStart = Minute.startOfDay(asOfDay + d);
                for (int s = 0; s < slots.length; s++) {
                    int[] slot = slots[s];
                    int start = dayStart + slot[0];
                    for (int place = 0; place < slot[2]; place++) {
                        int w = teamStart[p] + member(shape[p], teamSize[p], s, place, d);
                        if (slot[1] > 360) {
                            h.add(w, start, start + slot[1], new int[] {start + BREAK_AFTER,
                                start + BREAK_AFTER + 30});
                        } else {
                            h.add(w, start, start + slot[1]);
                        }
                        count++;
                    }
                }
            }
        }
        historyRecords = count;
        return h.build();
    }

    /**
     * Returns timesheets of the rota as if worked: planned times, one place in twenty late by 15 minutes, one in fifty
     * missed, with the rota's days reported as of the day after.
     *
     * @return the timesheets
     */
    public Timesheets workedTimesheets() {
        SplittableRandom random = new SplittableRandom(seed + 1);
        Timesheets.Builder t = Timesheets.builder(rota);
        for (int s = 0; s < rota.size(); s++) {
            for (int place = 0; place < rota.staffNeeded(s); place++) {
                int w = rota.worker(s, place);
                if (w < 0) {
                    continue;
                }
                PersonalAssistantId pa = caseload.workers().get(w).personalAssistant();
                int roll = random.nextInt(100);
                if (roll < 2) {
                    t.add(TimesheetEntry.missed(rota.id(s), pa));
                } else {
                    int late = roll < 7 ? 15 : 0;
                    t.add(TimesheetEntry.worked(rota.id(s), pa, TimeSpan.of(Minute.instant(rota.startMinute(s)
                            + late), Minute.instant(rota.endMinute(s)))));
                }
            }
        }
        return t.build();
    }

    /**
     * Returns the caseload.
     *
     * @return the caseload
     */
    public Caseload caseload() {
        return caseload;
    }

    /**
     * Returns the rota of the look-ahead.
     *
     * @return the rota
     */
    public Rota rota() {
        return rota;
    }

    /**
     * Returns the training register.
     *
     * @return the register
     */
    public TrainingRegister register() {
        return register;
    }

    /**
     * Returns how many records the last history built streamed.
     *
     * @return the count
     */
    public int historyRecords() {
        return historyRecords;
    }

    /**
     * Returns how many packages share a PA with the one before.
     *
     * @return the count
     */
    public int sharedPas() {
        int n = 0;
        for (int s : shared) {
            n += s;
        }
        return n;
    }
}
