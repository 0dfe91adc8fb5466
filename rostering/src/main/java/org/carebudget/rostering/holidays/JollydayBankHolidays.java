package org.carebudget.rostering.holidays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.carebudget.rostering.RosteringException;
import org.carebudget.rostering.BankHolidays;
import org.carebudget.rostering.Nation;
import org.jspecify.annotations.Nullable;

/**
 * UK bank holidays from jollyday ({@code de.focus-shift:jollyday-core} and {@code jollyday-jaxb} 2.19.0, both
 * optional dependencies of this module: add them to use this class). jollyday's United Kingdom calendar has a
 * subdivision per nation ({@code eng}, {@code wls}, {@code sct}, {@code nir}) with one-off holidays such as the
 * coronation and jubilee days; a holiday is taken on the day observed (the substitute Monday when it falls at a
 * weekend), and observances that are not days off are left out.
 *
 * <p>The first question reads jollyday's calendar files through JAXB (a few hundred milliseconds, measured in
 * {@code BankHolidayBenchmark}); each nation and year is then worked out once and kept. On the module path jollyday
 * 2.19.0 needs {@code --add-exports de.focus_shift.jollyday.jaxb/de.focus_shift.jollyday.jaxb=de.focus_shift.jollyday.core}
 * (its core module instantiates a class of its jaxb module by reflection); on the class path nothing is needed.
 * Thread-safe.
 */
public final class JollydayBankHolidays implements BankHolidays {

    private static final Map<Nation, String> SUBDIVISION = new EnumMap<>(Map.of(Nation.ENGLAND, "eng",
            Nation.WALES, "wls", Nation.SCOTLAND, "sct", Nation.NORTHERN_IRELAND, "nir"));

    private final HolidayManager manager;
    private final Map<Long, Set<LocalDate>> years = new ConcurrentHashMap<>();

    private JollydayBankHolidays(HolidayManager manager) {
        this.manager = manager;
    }

    /**
     * Returns the calendar, loading jollyday's United Kingdom holidays.
     *
     * @return the calendar, not null
     */
    public static JollydayBankHolidays create() {
        return new JollydayBankHolidays(HolidayManager.getInstance(ManagerParameters.create(
                HolidayCalendar.UNITED_KINGDOM)));
    }

    @Override
    public boolean isBankHoliday(@Nullable Nation nation, @Nullable LocalDate date) {
        RosteringException.CHECKS.notNull(nation, "nation");
        RosteringException.CHECKS.date(date, "date");
        long key = ((long) nation.ordinal() << 32) | date.getYear();
        return years.computeIfAbsent(key, k -> load(nation, date.getYear())).contains(date);
    }

    private Set<LocalDate> load(Nation nation, int year) {
        Set<LocalDate> days = new HashSet<>();
        // a holiday observed in the next year (31 December moved to a January Monday) is read from both years
        for (int y = year - 1; y <= year; y++) {
            for (Holiday h : manager.getHolidays(Year.of(y), SUBDIVISION.get(nation))) {
                LocalDate observed = h.getObservedDate().orElse(h.getDate());
                if (h.getType() != HolidayType.OBSERVANCE && observed.getYear() == year) {
                    days.add(observed);
                }
            }
        }
        return Set.copyOf(days);
    }

    @Override
    public String toString() {
        return "JollydayBankHolidays[UNITED_KINGDOM]";
    }
}
