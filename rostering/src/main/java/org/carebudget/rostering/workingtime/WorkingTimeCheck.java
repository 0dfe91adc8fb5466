package org.carebudget.rostering.workingtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.RosteringException;
import org.carebudget.rostering.internal.Minutes;
import org.jspecify.annotations.Nullable;

/**
 * Checks a rota against working-time law, for each PA across all of their employers: the planned shifts from the
 * history's {@code asOf} for a number of days, on top of the history and the hours declared elsewhere. The standard
 * rules ({@link #standard()}) are the Working Time Regulations' 48-hour average, night-work average, young workers'
 * day, week and night limits, daily rest, weekly rest and rest breaks; a vendor may switch one off
 * ({@link #without}), replace one or add its own ({@link #with}).
 *
 * <p>{@link #check} reports every finding; a {@link Session} answers, for the cover look-ahead, whether a PA could
 * take one more shift within every limit. A caseload may be checked in parts ({@link #check(Rota,
 * WorkingTimeHistory, int, int, int)}) by several threads at once, each with its own part. Immutable and
 * thread-safe.
 */
public final class WorkingTimeCheck {

    /** The most days a check covers. */
    public static final int MAX_DAYS = 366;

    private static final Comparator<WorkingTimeFinding> ORDER = Comparator
            .comparing((WorkingTimeFinding f) -> f.personalAssistant().value())
            .thenComparing(f -> f.window().start()).thenComparing(WorkingTimeFinding::ruleId)
            .thenComparing(f -> f.employers().toString());

    private final List<WorkingTimeRule> rules;

    private WorkingTimeCheck(List<WorkingTimeRule> rules) {
        this.rules = rules;
    }

    /**
     * Returns the check with the standard rules.
     *
     * @return the check, not null
     */
    public static WorkingTimeCheck standard() {
        return new WorkingTimeCheck(List.of(new WeeklyLimitRule(), new NightLimitRule(), new YoungDailyLimitRule(),
                new YoungWeeklyLimitRule(), new YoungNightWorkRule(), new DailyRestRule(), new WeeklyRestRule(),
                new RestBreakRule()));
    }

    /**
     * Returns a check with the rules given, in that order.
     *
     * @param rules the rules, not null, no null element, no id twice, at most 100
     * @return the check, not null
     * @throws RosteringException if {@code rules} or a rule is null, or an id appears twice
     */
    public static WorkingTimeCheck of(@Nullable Collection<WorkingTimeRule> rules) {
        List<WorkingTimeRule> copy = RosteringException.CHECKS.list(rules, 100, "rules");
        for (int i = 0; i < copy.size(); i++) {
            for (int j = i + 1; j < copy.size(); j++) {
                if (copy.get(i).id().equals(copy.get(j).id())) {
                    throw new RosteringException("rules", "rules with different ids", copy.get(j).id());
                }
            }
        }
        return new WorkingTimeCheck(copy);
    }

    /**
     * Returns the rules, in the order they run.
     *
     * @return the rules, not null, unmodifiable
     */
    public List<WorkingTimeRule> rules() {
        return rules;
    }

    /**
     * Returns this check without the rule of an id: {@code this} when it has none.
     *
     * @param ruleId the id, not null
     * @return the check, not null
     * @throws RosteringException if {@code ruleId} is null
     */
    public WorkingTimeCheck without(@Nullable String ruleId) {
        RosteringException.CHECKS.notNull(ruleId, "ruleId");
        List<WorkingTimeRule> kept = new ArrayList<>(rules);
        return kept.removeIf(r -> r.id().equals(ruleId)) ? new WorkingTimeCheck(List.copyOf(kept)) : this;
    }

    /**
     * Returns this check with a rule: replacing the rule of the same id where there is one, else added last.
     *
     * @param rule the rule, not null
     * @return the check, not null
     * @throws RosteringException if {@code rule} is null
     */
    public WorkingTimeCheck with(@Nullable WorkingTimeRule rule) {
        RosteringException.CHECKS.notNull(rule, "rule");
        List<WorkingTimeRule> next = new ArrayList<>(rules);
        boolean replaced = false;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(rule.id())) {
                next.set(i, rule);
                replaced = true;
            }
        }
        if (!replaced) {
            next.add(rule);
        }
        return new WorkingTimeCheck(List.copyOf(next));
    }

    /**
     * Checks every PA of the rota's caseload.
     *
     * @param rota the rota, not null
     * @param history the work before the first day, not null, of the rota's caseload
     * @param days the days checked from the history's {@code asOf}, 1 - {@value #MAX_DAYS}
     * @return the report, not null
     * @throws RosteringException if an argument is null or out of range, or the history is of another caseload
     */
    public WorkingTimeReport check(@Nullable Rota rota, @Nullable WorkingTimeHistory history, int days) {
        RosteringException.CHECKS.notNull(rota, "rota");
        return check(rota, history, days, 0, rota.caseload().workers().size());
    }

    /**
     * Checks the PAs numbered {@code [fromWorker, toWorker)} in the rota's caseload.
     *
     * @param rota the rota, not null
     * @param history the work before the first day, not null, of the rota's caseload
     * @param days the days checked, 1 - {@value #MAX_DAYS}
     * @param fromWorker the first PA, 0 to the number of PAs
     * @param toWorker the PA after the last, {@code fromWorker} to the number of PAs
     * @return the report, not null
     * @throws RosteringException if an argument is null or out of range, or the history is of another caseload
     */
    public WorkingTimeReport check(@Nullable Rota rota, @Nullable WorkingTimeHistory history, int days,
            int fromWorker, int toWorker) {
        Session session = session(rota, history, days);
        int workers = rota.caseload().workers().size();
        RosteringException.CHECKS.inRange(fromWorker, 0, workers, "fromWorker");
        RosteringException.CHECKS.inRange(toWorker, fromWorker, workers, "toWorker");
        List<WorkingTimeFinding> all = new ArrayList<>();
        for (int w = fromWorker; w < toWorker; w++) {
            all.addAll(session.findings(w));
        }
        all.sort(ORDER);
        return new WorkingTimeReport(history.asOf(), days, all);
    }

    /**
     * Returns a session over a rota: reusable scratch space for checking PAs one at a time and asking whether they
     * could take a shift. A session is not thread-safe: use one per thread.
     *
     * @param rota the rota, not null
     * @param history the work before the first day, not null, of the rota's caseload
     * @param days the days checked from the history's {@code asOf}, 1 - {@value #MAX_DAYS}
     * @return the session, not null
     * @throws RosteringException if an argument is null or out of range, or the history is of another caseload
     */
    public Session session(@Nullable Rota rota, @Nullable WorkingTimeHistory history, int days) {
        RosteringException.CHECKS.notNull(rota, "rota");
        RosteringException.CHECKS.notNull(history, "history");
        RosteringException.CHECKS.inRange(days, 1, MAX_DAYS, "days");
        if (history.caseload() != rota.caseload()) {
            throw new RosteringException("history", "the history of the rota's caseload", history);
        }
        return new Session(this, rota, history, days);
    }

    @Override
    public String toString() {
        return "WorkingTimeCheck" + rules.stream().map(WorkingTimeRule::id).toList();
    }

    /**
     * Scratch space for checking one PA at a time, reused between calls: the PA's timeline is kept while the same PA
     * is asked about again. Not thread-safe.
     */
    public static final class Session {

        /** Timelines kept prepared: enough for a package's team, so asking about its PAs again costs nothing. */
        private static final int POOL = 16;

        private final WorkingTimeCheck check;
        private final Rota rota;
        private final WorkingTimeHistory history;
        private final int days;
        private final WorkerTimeline[] pool = new WorkerTimeline[POOL];
        private final int[] prepared = new int[POOL];
        private int next;
        private WorkerTimeline timeline;

        private Session(WorkingTimeCheck check, Rota rota, WorkingTimeHistory history, int days) {
            this.check = check;
            this.rota = rota;
            this.history = history;
            this.days = days;
            java.util.Arrays.fill(prepared, -1);
        }

        private void prepare(int worker) {
            RosteringException.CHECKS.inRange(worker, 0, rota.caseload().workers().size() - 1, "worker");
            for (int i = 0; i < POOL; i++) {
                if (prepared[i] == worker) {
                    timeline = pool[i];
                    return;
                }
            }
            int slot = next;
            next = (next + 1) % POOL;
            if (pool[slot] == null) {
                pool[slot] = new WorkerTimeline(rota, history, days);
            }
            pool[slot].prepare(worker);
            prepared[slot] = worker;
            timeline = pool[slot];
        }

        /**
         * Returns the findings for one PA.
         *
         * @param worker the PA's index in the caseload
         * @return the findings, not null
         * @throws RosteringException if {@code worker} is out of range
         */
        public List<WorkingTimeFinding> findings(int worker) {
            prepare(worker);
            return timeline.run(check.rules);
        }

        /**
         * Returns the findings for one PA.
         *
         * @param pa the PA, not null, in the caseload
         * @return the findings, not null
         * @throws RosteringException if {@code pa} is null or not in the caseload
         */
        public List<WorkingTimeFinding> findings(@Nullable PersonalAssistantId pa) {
            int w = rota.caseload().workerIndex(pa);
            if (w < 0) {
                throw new RosteringException("personalAssistant", "a PA in the caseload", pa);
            }
            return findings(w);
        }

        /**
         * Returns whether a PA could work one more shift, in a package, without any rule reporting a limit broken in
         * a window that holds it: the question the cover look-ahead asks of each candidate. Limits already broken
         * elsewhere in the PA's rota do not count against the shift.
         *
         * @param worker the PA's index in the caseload
         * @param startMinute the shift's start, in epoch minutes, within the checked days
         * @param endMinute the shift's end, after the start, at most 14 days later
         * @param carePackage the package's index in the caseload (its employer is the shift's)
         * @return true if the PA could take it within every limit
         * @throws RosteringException if an argument is out of range
         */
        public boolean fits(int worker, int startMinute, int endMinute, int carePackage) {
            prepare(worker);
            RosteringException.CHECKS.inRange(carePackage, 0, rota.caseload().packages().size() - 1, "carePackage");
            RosteringException.CHECKS.inRange(startMinute, Minutes.FIRST, Minutes.END - 1, "startMinute");
            RosteringException.CHECKS.inRange(endMinute, startMinute + 1L, startMinute + 14L * 24 * 60, "endMinute");
            return !timeline.probe(check.rules, startMinute, endMinute, carePackage);
        }

        /**
         * Returns whether the PA numbered {@code worker} is a night worker, declared or from their hours.
         *
         * @param worker the PA's index in the caseload
         * @return true for a night worker
         * @throws RosteringException if {@code worker} is out of range
         */
        public boolean isNightWorker(int worker) {
            prepare(worker);
            return NightLimitRule.isNightWorker(timeline);
        }
    }
}
