package org.carebudget.rostering;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which days are bank holidays in each UK nation: what decides whether an hour is paid at the bank-holiday rate.
 *
 * <p>Callers supply the dates ({@link #of(Map)}, from GOV.UK's published list or their own payroll calendar), or use
 * {@code org.carebudget.rostering.holidays.JollydayBankHolidays}, backed by the optional jollyday library
 * (which brings a JAXB runtime of about 2 MB and reads its calendar files on first use). Implementations must be
 * immutable and thread-safe, and answer for every supported date.
 */
public interface BankHolidays {

    /**
     * Returns whether a day is a bank holiday (the day observed, so a substitute Monday when the holiday falls at a
     * weekend) in a nation.
     *
     * @param nation the nation, not null
     * @param date the day, not null, supported
     * @return true if it is a bank holiday there
     * @throws RosteringException if an argument is null or the date unsupported
     */
    boolean isBankHoliday(Nation nation, LocalDate date);

    /**
     * Returns a calendar with no bank holidays at all: every day is an ordinary weekday or weekend day.
     *
     * @return the calendar, not null
     */
    static BankHolidays none() {
        return SuppliedBankHolidays.NONE;
    }

    /**
     * Returns a calendar of the dates given per nation; a nation not given has none.
     *
     * @param dates the bank holidays of each nation, not null, no null key, value or date; each date supported; at
     *     most 10,000 dates per nation
     * @return the calendar, not null
     * @throws RosteringException if the map, a key, a collection or a date is null, a date is unsupported, or a
     *     nation has too many dates
     */
    static BankHolidays of(@Nullable Map<Nation, ? extends Collection<LocalDate>> dates) {
        Map<Nation, ? extends Collection<LocalDate>> copy = RosteringException.CHECKS.map(dates, 4, "dates");
        Map<Nation, Set<LocalDate>> byNation = new EnumMap<>(Nation.class);
        for (Map.Entry<Nation, ? extends Collection<LocalDate>> e : copy.entrySet()) {
            List<LocalDate> days = RosteringException.CHECKS.list(e.getValue(), 10_000, "dates[" + e.getKey() + "]");
            Set<LocalDate> set = new HashSet<>();
            for (int i = 0; i < days.size(); i++) {
                set.add(RosteringException.CHECKS.date(days.get(i), "dates[" + e.getKey() + "][" + i + "]"));
            }
            byNation.put(e.getKey(), Set.copyOf(set));
        }
        return new SuppliedBankHolidays(byNation);
    }
}
