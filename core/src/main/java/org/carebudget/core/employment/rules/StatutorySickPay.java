package org.carebudget.core.employment.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.SicknessAbsence;
import org.carebudget.core.figures.SickPay;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * Statutory Sick Pay for recorded sickness absences (Social Security Contributions and Benefits Act 1992 Part XI, as
 * amended by the Employment Rights Act 2025 from 6 April 2026). {@link #entitlement} computes what an absence earns,
 * day by day with the {@link SickPay} row in force on each day: a qualifying day (one the PA normally works) is paid
 * unless the absence is too short to be a period of incapacity, average weekly earnings are below a lower earnings
 * limit the row sets, it is one of the row's waiting days, or the period of entitlement has used its maximum weeks.
 * Absences separated by 56 days or less link into one period of entitlement, sharing waiting days and the maximum.
 * From 6 April 2026 the weekly rate is the lower of the flat rate and 80% of average weekly earnings, from the first
 * day, with no earnings limit; before, the flat rate after 3 waiting days. The weekly rate is shared over the
 * qualifying days in the week, and each SSP week (Sunday to Saturday) is rounded up to the penny (in the employee's
 * favour; HMRC's daily rate tables round the same way, not read here: U). How a period of incapacity spanning
 * 6 April 2026 is treated is not confirmed: each day follows the row in force on it.
 *
 * <p>The rule: every absence that has ended by the evaluation date must have been paid at least its entitlement.
 * Blocking, with the shortfall as the amount and a {@link SickPayEntitlement}; absences on days without sick pay
 * figures are reported as not checked. In force from 6 April 1983. Immutable and thread-safe.
 */
public final class StatutorySickPay extends AbstractRule {

    /** The rule id. */
    public static final String ID = "sick-pay.statutory";

    private static final long LINK_DAYS = 56;

    /** Creates the rule. */
    public StatutorySickPay() {
        super(ID, "Statutory Sick Pay paid for each recorded absence reaches the entitlement.",
                ComplianceSeverity.BLOCKING, Source.of("Social Security Contributions and Benefits Act 1992 ss. "
                        + "151-157 (as amended by the Employment Rights Act 2025 from 6 April 2026: no waiting days, "
                        + "no lower earnings limit, the lower of the weekly rate and 80% of average weekly earnings); "
                        + "business.gov.uk employment changes; gov.uk/statutory-sick-pay", Status.SECONDARY),
                DateRange.startingOn(LocalDate.of(1983, 4, 6)));
    }

    /**
     * Returns what one absence earns, with no earlier absence linked to it.
     *
     * @param absence the absence, not null
     * @param figures the figures, not null
     * @return the entitlement, not null
     * @throws InvalidValueException if an argument is null or the figures hold no sick pay row for a day of it
     */
    public static SickPayEntitlement entitlement(SicknessAbsence absence, UkFigures figures) {
        return entitlement(absence, List.of(), figures);
    }

    /**
     * Returns what one absence earns, given the PA's earlier absences (those within 56 days link to it).
     *
     * @param absence the absence, not null
     * @param earlier the PA's other recorded absences with this employer, not null, none null, at most 10,000; those
     *     not before {@code absence} are ignored
     * @param figures the figures, not null
     * @return the entitlement, not null
     * @throws InvalidValueException if an argument is null or holds null, or the figures hold no sick pay row for a
     *     day of a linked absence
     */
    public static SickPayEntitlement entitlement(SicknessAbsence absence, List<SicknessAbsence> earlier,
            UkFigures figures) {
        Checks.CORE.notNull(absence, "absence");
        List<SicknessAbsence> others = Checks.CORE.list(earlier, 10_000, "earlier");
        Checks.CORE.notNull(figures, "figures");
        LocalDate[] missingOn = new LocalDate[1];
        SickPayEntitlement result = compute(absence, others, day -> figures.find(SickPay.class, day), missingOn);
        if (result == null) {
            figures.on(SickPay.class, missingOn[0]);
        }
        return result;
    }

    /**
     * Computes the entitlement, or returns null with the first day lacking a row in {@code missingOn[0]}.
     */
    private static @Nullable SickPayEntitlement compute(SicknessAbsence absence, List<SicknessAbsence> others,
            Function<LocalDate, @Nullable SickPay> rows, LocalDate[] missingOn) {
        List<SicknessAbsence> chain = linked(absence, others, rows, missingOn);
        if (chain == null) {
            return null;
        }
        int qualifyingBefore = 0;
        int paidBefore = 0;
        for (SicknessAbsence link : chain) {
            Tally tally = tally(link, qualifyingBefore, paidBefore, rows, missingOn);
            if (tally == null) {
                return null;
            }
            qualifyingBefore += tally.qualifying;
            paidBefore += tally.paid;
        }
        Tally tally = tally(absence, qualifyingBefore, paidBefore, rows, missingOn);
        if (tally == null) {
            return null;
        }
        Gbp entitlement = Gbp.ofPence(tally.pence);
        Gbp shortfall = entitlement.compareTo(absence.sickPayPaid()) > 0 ? entitlement.minus(absence.sickPayPaid())
                : Gbp.ZERO;
        return new SickPayEntitlement(absence.days(), tally.qualifying, tally.waiting, tally.paid,
                Gbp.ofPence(tally.lastWeeklyHundredths / 100), entitlement, absence.sickPayPaid(), shortfall,
                tally.paid == tally.qualifying && tally.qualifying > 0 ? null : tally.exclusion);
    }

    /** The earlier absences linked to {@code absence} (each a period of incapacity), earliest first; null if a row is
     * missing. */
    private static @Nullable List<SicknessAbsence> linked(SicknessAbsence absence, List<SicknessAbsence> others,
            Function<LocalDate, @Nullable SickPay> rows, LocalDate[] missingOn) {
        List<SicknessAbsence> before = new ArrayList<>();
        for (SicknessAbsence other : others) {
            if (!other.end().isAfter(absence.firstDay()) && !other.equals(absence)) {
                before.add(other);
            }
        }
        before.sort(Comparator.comparing(SicknessAbsence::firstDay));
        List<SicknessAbsence> chain = new ArrayList<>();
        LocalDate next = absence.firstDay();
        for (int i = before.size() - 1; i >= 0; i--) {
            SicknessAbsence candidate = before.get(i);
            if (ChronoUnit.DAYS.between(candidate.end(), next) > LINK_DAYS) {
                break;
            }
            SickPay row = rows.apply(candidate.firstDay());
            if (row == null) {
                missingOn[0] = candidate.firstDay();
                return null;
            }
            if (candidate.days().days() >= row.minimumIncapacityDays()) {
                chain.add(0, candidate);
                next = candidate.firstDay();
            }
        }
        return chain;
    }

    /** What one absence earns given the qualifying and paid days before it in the period of entitlement. */
    private static @Nullable Tally tally(SicknessAbsence absence, int qualifyingBefore, int paidBefore,
            Function<LocalDate, @Nullable SickPay> rows, LocalDate[] missingOn) {
        Tally tally = new Tally();
        int perWeek = absence.qualifyingDays().size();
        long days = absence.days().days();
        LocalDate weekStart = null;
        SickPay weekRow = null;
        int weekDays = 0;
        for (LocalDate day = absence.firstDay(); day.isBefore(absence.end()); day = day.plusDays(1)) {
            if (!absence.qualifyingDays().contains(day.getDayOfWeek())) {
                continue;
            }
            SickPay row = rows.apply(day);
            if (row == null) {
                missingOn[0] = day;
                return null;
            }
            tally.qualifying++;
            int position = qualifyingBefore + tally.qualifying;
            Gbp limit = row.lowerEarningsLimitWeekly();
            if (days < row.minimumIncapacityDays()) {
                tally.exclusion = SickPayExclusion.NOT_A_PERIOD_OF_INCAPACITY;
                continue;
            }
            if (limit != null && absence.averageWeeklyEarnings().compareTo(limit) < 0) {
                tally.exclusion = SickPayExclusion.BELOW_LOWER_EARNINGS_LIMIT;
                continue;
            }
            if (position <= row.waitingDays()) {
                tally.waiting++;
                tally.exclusion = SickPayExclusion.WAITING_DAYS_ONLY;
                continue;
            }
            if (paidBefore + tally.paid >= row.maximumWeeks() * perWeek) {
                tally.exclusion = SickPayExclusion.MAXIMUM_WEEKS_REACHED;
                continue;
            }
            LocalDate sunday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            if (weekStart != null && (!sunday.equals(weekStart) || row != weekRow)) {
                tally.pence += weekPence(weekRow, absence, weekDays, perWeek);
                weekDays = 0;
            }
            weekStart = sunday;
            weekRow = row;
            weekDays++;
            tally.paid++;
            tally.lastWeeklyHundredths = weeklyHundredths(row, absence);
        }
        if (weekDays > 0) {
            tally.pence += weekPence(weekRow, absence, weekDays, perWeek);
        }
        if (tally.qualifying == 0) {
            tally.exclusion = SickPayExclusion.NO_QUALIFYING_DAYS;
        }
        return tally;
    }

    /** The weekly rate in hundredths of a penny: the flat rate, or the lower of it and the capped share of earnings. */
    private static long weeklyHundredths(SickPay row, SicknessAbsence absence) {
        long flat = row.weeklyRate().pence() * 100;
        if (row.averageEarningsCapPercent() == 0) {
            return flat;
        }
        return Math.min(flat, absence.averageWeeklyEarnings().pence() * row.averageEarningsCapPercent());
    }

    private static long weekPence(SickPay row, SicknessAbsence absence, int days, int perWeek) {
        return Shares.up(weeklyHundredths(row, absence), days, perWeek * 100L);
    }

    /** Counts for one absence. */
    private static final class Tally {
        private int qualifying;
        private int waiting;
        private int paid;
        private long pence;
        private long lastWeeklyHundredths;
        private @Nullable SickPayExclusion exclusion;
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        List<SicknessAbsence> absences = employment.sicknessAbsences();
        if (absences.isEmpty()) {
            return;
        }
        Missing missing = new Missing();
        for (SicknessAbsence absence : absences) {
            if (absence.end().isAfter(context.asOf()) || absence.firstDay().isBefore(inForce().start())) {
                continue;
            }
            LocalDate[] missingOn = new LocalDate[1];
            SickPayEntitlement due = compute(absence, absences, day -> context.find(SickPay.class, day), missingOn);
            if (due == null) {
                missing.note(SickPay.class, missingOn[0], absence);
                continue;
            }
            if (due.shortfall().isPositive()) {
                findings.accept(breach("Statutory Sick Pay for " + absence.days() + " was " + due.paid() + "; "
                        + due.paidDays() + " of " + due.qualifyingDays() + " qualifying days are payable ("
                        + due.waitingDays() + " waiting days) at " + due.weeklyRate() + " a week: " + due.entitlement()
                        + " due, " + due.shortfall() + " short.", List.of(absence), null, due.shortfall(), due));
            }
        }
        missing.report(this, "sick pay", findings);
    }
}
