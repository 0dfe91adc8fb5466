package org.carebudget.rostering;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.time.LondonTime;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * A care package's repeating rota pattern of {@code N} weeks, in wall-clock time, anchored on the Monday its week 1
 * starts, from which the shifts of any dates are generated. Wall-clock times are read as London time on each day:
 * a time in the March gap (none of a usual pattern's times) moves later by the gap, one in the October overlap takes
 * its first occurrence; the shift's length is the elapsed time between the two moments. Immutable and thread-safe.
 */
public final class RotaTemplate {

    /** The longest cycle, in weeks. */
    public static final int MAX_WEEKS = 12;
    /** The most shifts a pattern may have. */
    public static final int MAX_SHIFTS = 2000;
    /** The most days {@link #generate} covers at once. */
    public static final int MAX_DAYS = 3660;

    private final CarePackageId carePackage;
    private final int weeks;
    private final LocalDate firstMonday;
    private final List<TemplateShift> shifts;

    private RotaTemplate(CarePackageId carePackage, int weeks, LocalDate firstMonday, List<TemplateShift> shifts) {
        this.carePackage = carePackage;
        this.weeks = weeks;
        this.firstMonday = firstMonday;
        this.shifts = shifts;
    }

    /**
     * Returns a template.
     *
     * @param carePackage the package, not null
     * @param weeks the length of the cycle, 1 - {@value #MAX_WEEKS}
     * @param firstMonday the Monday one of the cycles starts on (week 1), not null, supported
     * @param shifts the pattern, not null, no null element, at most {@value #MAX_SHIFTS}, each in a week of the
     *     cycle
     * @return the template, not null
     * @throws RosteringException if an argument or element is null or out of range, {@code firstMonday} is not a
     *     Monday, or a shift is in a week beyond the cycle
     */
    public static RotaTemplate of(@Nullable CarePackageId carePackage, int weeks, @Nullable LocalDate firstMonday,
            @Nullable Collection<TemplateShift> shifts) {
        RosteringException.CHECKS.notNull(carePackage, "carePackage");
        RosteringException.CHECKS.inRange(weeks, 1, MAX_WEEKS, "weeks");
        RosteringException.CHECKS.date(firstMonday, "firstMonday");
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new RosteringException("firstMonday", "a Monday", firstMonday + " (" + firstMonday.getDayOfWeek()
                    + ")");
        }
        List<TemplateShift> copy = RosteringException.CHECKS.list(shifts, MAX_SHIFTS, "shifts");
        for (TemplateShift s : copy) {
            if (s.week() > weeks) {
                throw new RosteringException("shifts", "shifts in weeks 1 - " + weeks, s);
            }
        }
        return new RotaTemplate(carePackage, weeks, firstMonday, copy);
    }

    /**
     * Returns the package.
     *
     * @return the package, not null
     */
    public CarePackageId carePackage() {
        return carePackage;
    }

    /**
     * Returns the length of the cycle.
     *
     * @return the weeks, 1 - {@value #MAX_WEEKS}
     */
    public int weeks() {
        return weeks;
    }

    /**
     * Returns the Monday a cycle starts on.
     *
     * @return the date, not null
     */
    public LocalDate firstMonday() {
        return firstMonday;
    }

    /**
     * Returns the pattern.
     *
     * @return the shifts, in the order given, not null
     */
    public List<TemplateShift> shifts() {
        return shifts;
    }

    /**
     * Returns the shifts the pattern gives on the days {@code [from, until)}, a shift belonging to the day it starts,
     * in order of day and then of the pattern, numbered {@code firstId}, {@code firstId + 1}, and so on.
     *
     * @param from the first day, not null, supported
     * @param until the day after the last, not null, after {@code from}, at most {@value #MAX_DAYS} days later
     * @param firstId the id of the first shift generated, 1 or more, leaving room for every shift generated
     * @return the shifts, not null
     * @throws RosteringException if a date is null, unsupported or out of order, the span is too long, or the ids
     *     would pass {@link Long#MAX_VALUE}
     */
    public List<Shift> generate(@Nullable LocalDate from, @Nullable LocalDate until, long firstId) {
        RosteringException.CHECKS.date(from, "from");
        RosteringException.CHECKS.date(until, "until");
        long days = ChronoUnit.DAYS.between(from, until);
        if (days < 1 || days > MAX_DAYS) {
            throw new RosteringException("until", "1 - " + MAX_DAYS + " days after from " + from, until);
        }
        if (until.plusDays(1).isAfter(SupportedDates.LAST)) {
            throw new RosteringException("until", "on or before " + SupportedDates.LAST.minusDays(1), until);
        }
        RosteringException.CHECKS.inRange(firstId, 1, Long.MAX_VALUE - days * shifts.size(), "firstId");
        List<Shift> out = new ArrayList<>();
        long id = firstId;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            long weekOfCycle = Math.floorMod(ChronoUnit.WEEKS.between(firstMonday, day.with(DayOfWeek.MONDAY)), weeks)
                    + 1;
            for (TemplateShift t : shifts) {
                if (t.week() != weekOfCycle || t.day() != day.getDayOfWeek()) {
                    continue;
                }
                ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(day, t.start()), LondonTime.ZONE);
                ZonedDateTime end = ZonedDateTime.of(LocalDateTime.of(t.endsNextDay() ? day.plusDays(1) : day,
                        t.end()), LondonTime.ZONE);
                Shift.Builder b = Shift.builder(ShiftId.of(id++), carePackage, t.funder(), start.toInstant(),
                        end.toInstant()).kind(t.kind()).tasks(t.tasks());
                if (t.isDoubleUp()) {
                    b.doubleUp();
                }
                t.personalAssistants().forEach(b::personalAssistant);
                out.add(b.build());
            }
        }
        return out;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RotaTemplate r && r.carePackage.equals(carePackage) && r.weeks == weeks
                && r.firstMonday.equals(firstMonday) && r.shifts.equals(shifts);
    }

    @Override
    public int hashCode() {
        return carePackage.hashCode() * 31 + shifts.hashCode();
    }

    @Override
    public String toString() {
        return "RotaTemplate[" + carePackage + ", " + weeks + " weeks from " + firstMonday + ", " + shifts.size()
                + " shifts]";
    }
}
