package org.carebudget.rostering.hours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.hours.HoursKey;
import org.carebudget.core.hours.HoursKind;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.SupportedDates;
import org.carebudget.rostering.BudgetLine;
import org.carebudget.rostering.CarePackagePlan;
import org.carebudget.rostering.Caseload;
import org.carebudget.rostering.Nation;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.RosteringException;
import org.carebudget.rostering.ShiftKind;
import org.carebudget.rostering.TimesheetEntry;
import org.carebudget.rostering.Timesheets;
import org.carebudget.rostering.internal.LongIntMap;
import org.carebudget.rostering.internal.LongList;
import org.carebudget.rostering.internal.UkDays;
import org.jspecify.annotations.Nullable;

/**
 * Hours used against hours budgeted: for each package and funder over a period, the staff minutes budgeted (the
 * support plan's weekly lines, a seventh a day), planned (the rota's shifts, unfilled places included, less breaks)
 * and delivered (the timesheets' work, less breaks), week by week from Monday; under-use and over-use against
 * thresholds (settings: 10% under, 0% over unless set), the trend of the last completed weeks, and a forecast of the
 * period's end at their rate. Minutes are elapsed and counted on the day they fall (a night is split at midnight).
 *
 * <p>The same pass yields the {@link HoursSummary} for {@code carebudget-money}: minutes per package, funder, PA and
 * kind of hours, the kind taken from the shift and the calendar of the package's nation (a bank holiday, then a
 * weekend day, then a weekday's day or waking-night hours; a sleep-in's awake minutes apart from its time asleep,
 * shared across days and the period's edges in proportion). Planned minutes of unfilled places count in the
 * package's figures but in no PA's line. Immutable and thread-safe.
 */
public final class HoursMonitor {

    /** The completed weeks the trend and the forecast rate are taken over. */
    public static final int RECENT_WEEKS = 4;
    /** The longest period reported on, in days. */
    public static final int MAX_DAYS = 3660;

    private static final HoursMonitor STANDARD = new HoursMonitor(10, 0);

    private final int underUsePercent;
    private final int overUsePercent;

    private HoursMonitor(int underUsePercent, int overUsePercent) {
        this.underUsePercent = underUsePercent;
        this.overUsePercent = overUsePercent;
    }

    /**
     * Returns the monitor with the default thresholds: under-use below 90% of budget, over-use above 100%.
     *
     * @return the monitor, not null
     */
    public static HoursMonitor standard() {
        return STANDARD;
    }

    /**
     * Returns a monitor with other thresholds.
     *
     * @param underUse how far below budget a week or forecast must fall to be under-use, in percent, 0 - 100
     * @param overUse how far above budget a week or forecast must rise to be over-use, in percent, 0 - 100
     * @return the monitor, not null
     * @throws RosteringException if a threshold is out of range
     */
    public static HoursMonitor withThresholds(int underUse, int overUse) {
        return new HoursMonitor(RosteringException.CHECKS.inRange(underUse, 0, 100, "underUse"),
                RosteringException.CHECKS.inRange(overUse, 0, 100, "overUse"));
    }

    /**
     * Returns the under-use threshold.
     *
     * @return the percent
     */
    public int underUsePercent() {
        return underUsePercent;
    }

    /**
     * Returns the over-use threshold.
     *
     * @return the percent
     */
    public int overUsePercent() {
        return overUsePercent;
    }

    /**
     * Reports on a period as of a date: planned hours from the timesheets' rota, delivered hours from the timesheets.
     *
     * @param timesheets the timesheets, not null (their rota is the plan)
     * @param period the period, not null, with an end, at most {@value #MAX_DAYS} days, within the supported dates
     * @param asOf the date reported as of, not null, supported: weeks ending before it are complete
     * @return the report, not null
     * @throws RosteringException if an argument is null or out of range
     */
    public HoursReport report(@Nullable Timesheets timesheets, @Nullable DateRange period, @Nullable LocalDate asOf) {
        RosteringException.CHECKS.notNull(timesheets, "timesheets");
        RosteringException.CHECKS.notNull(period, "period");
        RosteringException.CHECKS.date(asOf, "asOf");
        LocalDate end = period.end().orElse(null);
        if (end == null || !SupportedDates.contains(period.start()) || end.isAfter(SupportedDates.LAST.minusDays(30))
                || period.days() < 1 || period.days() > MAX_DAYS) {
            throw new RosteringException("period", "1 - " + MAX_DAYS + " days with an end, within "
                    + SupportedDates.FIRST + " - " + SupportedDates.LAST.minusDays(30), period);
        }
        return new Pass(timesheets, period, asOf).run();
    }

    @Override
    public String toString() {
        return "HoursMonitor[under " + underUsePercent + "%, over " + overUsePercent + "%]";
    }

    /** One report's accumulation: primitive arrays, thread-confined. */
    private final class Pass {

        private final Timesheets timesheets;
        private final Rota rota;
        private final Caseload caseload;
        private final DateRange period;
        private final LocalDate asOf;
        private final int firstDay;
        private final int endDay;
        private final int firstMinute;
        private final int endMinute;
        private final int firstMonday;
        private final int weeks;
        private final byte[][] dayClass;
        private final List<FunderId> funders = new ArrayList<>();
        private final Map<FunderId, Integer> funderIndex = new HashMap<>();
        private final LongIntMap slots = new LongIntMap(1024);
        private final LongList slotKeys = new LongList();
        private long[] budget = new long[0];
        private long[] planned = new long[0];
        private long[] delivered = new long[0];
        private final LongIntMap lines = new LongIntMap(1024);
        private final LongList lineKeys = new LongList();
        private long[] linePlanned = new long[1024];
        private long[] lineDelivered = new long[1024];
        private final int[] shiftSlot;

        Pass(Timesheets timesheets, DateRange period, LocalDate asOf) {
            this.timesheets = timesheets;
            this.rota = timesheets.rota();
            this.caseload = rota.caseload();
            this.period = period;
            this.asOf = asOf;
            this.firstDay = (int) period.start().toEpochDay();
            this.endDay = (int) period.end().orElseThrow().toEpochDay();
            this.firstMinute = UkDays.start(firstDay);
            this.endMinute = UkDays.start(endDay);
            this.firstMonday = UkDays.mondayOf(firstDay);
            this.weeks = (endDay - firstMonday + 6) / 7;
            this.dayClass = new byte[Nation.values().length][];
            for (FunderId f : rota.funders()) {
                funder(f);
            }
            this.shiftSlot = new int[rota.size()];
        }

        private int funder(FunderId f) {
            Integer i = funderIndex.get(f);
            if (i == null) {
                if (funders.size() == 4095) {
                    throw new RosteringException("funders", "at most 4,095 funders in a report", f);
                }
                i = funders.size();
                funders.add(f);
                funderIndex.put(f, i);
            }
            return i;
        }

        private byte[] classes(Nation nation) {
            byte[] c = dayClass[nation.ordinal()];
            if (c == null) {
                c = new byte[endDay - firstDay];
                for (int d = firstDay; d < endDay; d++) {
                    LocalDate date = LocalDate.ofEpochDay(d);
                    c[d - firstDay] = (byte) (caseload.bankHolidays().isBankHoliday(nation, date) ? 2
                            : UkDays.dayOfWeek(d).getValue() >= 6 ? 1 : 0);
                }
                dayClass[nation.ordinal()] = c;
            }
            return c;
        }

        private int slot(int pkg, int funder) {
            long key = ((long) pkg << 12) | funder;
            int s = slots.putIfAbsent(key, slotKeys.size());
            if (s == slotKeys.size()) {
                slotKeys.add(key);
                if (budget.length < (s + 1) * weeks) {
                    int size = Math.max(16, (s + 1) * 2) * weeks;
                    budget = java.util.Arrays.copyOf(budget, size);
                    planned = java.util.Arrays.copyOf(planned, size);
                    delivered = java.util.Arrays.copyOf(delivered, size);
                }
            }
            return s;
        }

        private int line(int pkg, int funder, int worker, HoursKind kind) {
            long key = ((long) pkg << 38) | ((long) funder << 26) | ((long) worker << 3) | kind.ordinal();
            int l = lines.putIfAbsent(key, lineKeys.size());
            if (l == lineKeys.size()) {
                lineKeys.add(key);
                if (linePlanned.length <= l) {
                    linePlanned = java.util.Arrays.copyOf(linePlanned, l * 2);
                    lineDelivered = java.util.Arrays.copyOf(lineDelivered, l * 2);
                }
            }
            return l;
        }

        HoursReport run() {
            if (caseload.workers().size() >= 1 << 23 || caseload.packages().size() >= 1 << 25) {
                throw new RosteringException("caseload", "at most 8,388,607 PAs and 33,554,431 packages", caseload);
            }
            for (int p = 0; p < caseload.packages().size(); p++) {
                budget(p);
            }
            for (int s = 0; s < rota.size(); s++) {
                shiftSlot[s] = -1;
                int start = rota.startMinute(s);
                int end = rota.endMinute(s);
                if (end <= firstMinute || start >= endMinute) {
                    continue;
                }
                int pkg = rota.packageIndex(s);
                int f = funder(rota.funder(s));
                int slot = slot(pkg, f);
                shiftSlot[s] = slot;
                int staff = rota.staffNeeded(s);
                int breaks = rota.breakMinutes(s);
                int awake = rota.awakeMinutes(s);
                for (int place = 0; place < staff; place++) {
                    int w = rota.worker(s, place);
                    add(planned, slot, pkg, f, w, rota.kind(s), start, end, breaks,
                            breaks == 0 ? null : rota.breakMinutePairs(s), awake, true);
                }
            }
            for (int e = 0; e < timesheets.size(); e++) {
                if (timesheets.outcome(e) != TimesheetEntry.Outcome.WORKED) {
                    continue;
                }
                int start = timesheets.startMinute(e);
                int end = timesheets.endMinute(e);
                if (end <= firstMinute || start >= endMinute) {
                    continue;
                }
                int s = timesheets.shiftIndex(e);
                int pkg = rota.packageIndex(s);
                int f = funder(rota.funder(s));
                int slot = shiftSlot[s] >= 0 ? shiftSlot[s] : slot(pkg, f);
                int breaks = timesheets.breakMinutes(e);
                add(delivered, slot, pkg, f, timesheets.worker(e), rota.kind(s), start, end, breaks,
                        breaks == 0 ? null : timesheets.breakMinutePairs(e), timesheets.awakeMinutes(e), false);
            }
            return report();
        }

        private void budget(int p) {
            CarePackagePlan plan = caseload.packages().get(p);
            for (BudgetLine line : plan.budget().lines()) {
                int slot = slot(p, funder(line.funder()));
                long s = Math.max(firstDay, line.effective().start().toEpochDay());
                long e = Math.min(endDay, line.effective().end().map(LocalDate::toEpochDay).orElse((long) endDay));
                for (long d = s; d < e; d++) {
                    // a seventh of the week a day, in sevenths of a minute, rounded per week below
                    budget[slot * weeks + (int) ((d - firstMonday) / 7)] += line.minutesPerWeek();
                }
            }
        }

        /** Adds a span of work, split by day, to the slot's weeks and the line of its kind. */
        private void add(long[] target, int slot, int pkg, int f, int worker, ShiftKind kind, int start, int end,
                int breaks, int @Nullable [] breakPairs, int awake, boolean plan) {
            int from = Math.max(start, firstMinute);
            int to = Math.min(end, endMinute);
            long whole = (long) end - start - breaks;
            if (breakPairs != null) {
                int at = from;
                for (int i = 0; i < breakPairs.length; i += 2) {
                    if (breakPairs[i] > at) {
                        split(target, slot, pkg, f, worker, kind, at, Math.min(breakPairs[i], to), plan);
                    }
                    at = Math.max(at, breakPairs[i + 1]);
                }
                if (at < to) {
                    split(target, slot, pkg, f, worker, kind, at, to, plan);
                }
            } else {
                split(target, slot, pkg, f, worker, kind, from, to, plan);
            }
            if (kind == ShiftKind.SLEEP_IN && worker >= 0 && whole > 0) {
                long inside = (long) to - from - (breakPairs == null ? 0 : breaks);
                long awakeInside = inside >= whole ? awake : awake * inside / whole;
                int awakeLine = line(pkg, f, worker, HoursKind.SLEEP_IN_AWAKE);
                int asleepLine = line(pkg, f, worker, HoursKind.SLEEP_IN_ASLEEP);
                // the line arrays may have grown: read them after the lines are made
                (plan ? linePlanned : lineDelivered)[awakeLine] += awakeInside;
                (plan ? linePlanned : lineDelivered)[asleepLine] += Math.max(0, inside - awakeInside);
            }
        }

        private void split(long[] target, int slot, int pkg, int f, int worker, ShiftKind kind, int from, int to,
                boolean plan) {
            if (to <= from) {
                return;
            }
            byte[] classes = worker >= 0 && kind != ShiftKind.SLEEP_IN
                    ? classes(caseload.packages().get(pkg).nation()) : null;
            int day = UkDays.dayOf(from);
            while (from < to) {
                int next = Math.min(to, UkDays.start(day + 1));
                int minutes = next - from;
                target[slot * weeks + (day - firstMonday) / 7] += minutes;
                if (classes != null) {
                    int c = classes[day - firstDay];
                    HoursKind k = c == 2 ? HoursKind.BANK_HOLIDAY : c == 1 ? HoursKind.WEEKEND
                            : kind == ShiftKind.WAKING_NIGHT ? HoursKind.NIGHT : HoursKind.DAY;
                    int l = line(pkg, f, worker, k);
                    (plan ? linePlanned : lineDelivered)[l] += minutes;
                }
                from = next;
                day++;
            }
        }

        private HoursReport report() {
            int asOfDay = (int) asOf.toEpochDay();
            List<Integer> order = new ArrayList<>();
            for (int s = 0; s < slotKeys.size(); s++) {
                order.add(s);
            }
            order.sort((a, b) -> {
                int c = Long.compare(slotKeys.get(a) >> 12, slotKeys.get(b) >> 12);
                return c != 0 ? c : funders.get((int) (slotKeys.get(a) & 4095)).value()
                        .compareTo(funders.get((int) (slotKeys.get(b) & 4095)).value());
            });
            List<FunderHours> all = new ArrayList<>();
            List<HoursFinding> findings = new ArrayList<>();
            for (int s : order) {
                int pkg = (int) (slotKeys.get(s) >> 12);
                FunderId f = funders.get((int) (slotKeys.get(s) & 4095));
                all.add(funderHours(s, pkg, f, asOfDay, findings));
            }
            HoursSummary.Builder summary = HoursSummary.builder(period);
            for (int l = 0; l < lineKeys.size(); l++) {
                long key = lineKeys.get(l);
                int kind = (int) (key & 7);
                int worker = (int) ((key >>> 3) & ((1 << 23) - 1));
                int f = (int) ((key >>> 26) & 4095);
                int pkg = (int) (key >>> 38);
                if (linePlanned[l] > 0 || lineDelivered[l] > 0) {
                    summary.add(HoursKey.of(caseload.packages().get(pkg).id(), funders.get(f),
                            caseload.workers().get(worker).personalAssistant(), HoursKind.values()[kind]),
                            linePlanned[l], lineDelivered[l]);
                }
            }
            return new HoursReport(period, asOf, all, findings, summary.build());
        }

        private FunderHours funderHours(int s, int pkg, FunderId f, int asOfDay, List<HoursFinding> findings) {
            CarePackagePlan plan = caseload.packages().get(pkg);
            List<WeekHours> list = new ArrayList<>(weeks);
            long budgetTotal = 0;
            long budgetToDate = 0;
            long plannedTotal = 0;
            long deliveredTotal = 0;
            List<long[]> completed = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                int monday = firstMonday + 7 * w;
                int from = Math.max(monday, firstDay);
                int to = Math.min(monday + 7, endDay);
                long b7 = budget[s * weeks + w];
                long b = (b7 + 3) / 7;
                long p = planned[s * weeks + w];
                long d = delivered[s * weeks + w];
                budgetTotal += b;
                plannedTotal += p;
                deliveredTotal += d;
                if (to <= asOfDay) {
                    budgetToDate += b;
                    completed.add(new long[] {d, to - from});
                } else if (from < asOfDay) {
                    budgetToDate += (b7 * (asOfDay - from) / (to - from) + 3) / 7;
                }
                LocalDate mondayDate = LocalDate.ofEpochDay(monday);
                list.add(new WeekHours(mondayDate, to - from, b, p, d));
                boolean done = to <= asOfDay;
                long measured = done ? d : p;
                if (done && b > 0 && d * 100 < b * (100 - underUsePercent)) {
                    findings.add(new HoursFinding(HoursSignal.UNDER_USE, plan.id() + " used " + hours(d) + " of "
                            + hours(b) + " hours of " + f + " in the week from " + mondayDate + " (under-use below "
                            + (100 - underUsePercent) + "% of budget).", null, plan.id(), f, mondayDate, b, d,
                            underUsePercent));
                }
                if (measured * 100 > b * (100 + overUsePercent) && measured > 0) {
                    findings.add(new HoursFinding(HoursSignal.OVER_USE, plan.id() + (done ? " used " : " plans ")
                            + hours(measured) + " hours of " + f + " against " + hours(b) + " budgeted in the week "
                            + "from " + mondayDate + ".", done ? null : mondayDate, plan.id(), f, mondayDate, b,
                            measured, overUsePercent));
                }
            }
            List<long[]> recent = completed.subList(Math.max(0, completed.size() - RECENT_WEEKS), completed.size());
            long trend = slope(recent);
            long recentMinutes = 0;
            long recentDays = 0;
            for (long[] r : recent) {
                recentMinutes += r[0];
                recentDays += r[1];
            }
            long daysLeft = Math.max(0, endDay - Math.max(asOfDay, firstDay));
            long forecast = deliveredTotal + (recentDays == 0 ? 0 : recentMinutes * daysLeft / recentDays);
            if (recentDays > 0 && asOfDay < endDay) {
                if (forecast * 100 > budgetTotal * (100 + overUsePercent) && forecast > 0) {
                    findings.add(new HoursFinding(HoursSignal.FORECAST_OVER_BUDGET, plan.id() + " is on course to "
                            + "use " + hours(forecast) + " hours of " + f + " by " + period.end().orElseThrow()
                            + " against " + hours(budgetTotal) + " budgeted, at the rate of its last " + recent.size()
                            + " weeks.", null, plan.id(), f, null, budgetTotal, forecast, overUsePercent));
                } else if (budgetTotal > 0 && forecast * 100 < budgetTotal * (100 - underUsePercent)) {
                    findings.add(new HoursFinding(HoursSignal.FORECAST_UNDER_USE, plan.id() + " is on course to "
                            + "use " + hours(forecast) + " of " + hours(budgetTotal) + " hours of " + f + " by "
                            + period.end().orElseThrow() + ", at the rate of its last " + recent.size() + " weeks: "
                            + "surplus to review.", null, plan.id(), f, null, budgetTotal, forecast,
                            underUsePercent));
                }
            }
            return new FunderHours(plan.id(), f, budgetTotal, budgetToDate, plannedTotal, deliveredTotal, list,
                    trend, forecast);
        }

        /** Least-squares slope of weekly minutes (scaled to 7-day weeks) over the weeks given. */
        private long slope(List<long[]> recent) {
            int n = recent.size();
            if (n < 2) {
                return 0;
            }
            double sx = 0;
            double sy = 0;
            double sxy = 0;
            double sxx = 0;
            for (int i = 0; i < n; i++) {
                double y = recent.get(i)[0] * 7.0 / recent.get(i)[1];
                sx += i;
                sy += y;
                sxy += i * y;
                sxx += (double) i * i;
            }
            return Math.round((n * sxy - sx * sy) / (n * sxx - sx * sx));
        }

        private String hours(long minutes) {
            long tenths = Math.round(minutes / 6.0);
            return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
        }
    }
}
