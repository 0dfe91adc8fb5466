package org.carebudget.rostering;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Bank holidays the caller supplied, per nation. Immutable and thread-safe. */
final class SuppliedBankHolidays implements BankHolidays {

    static final SuppliedBankHolidays NONE = new SuppliedBankHolidays(new EnumMap<>(Nation.class));

    private final Map<Nation, Set<LocalDate>> dates;

    SuppliedBankHolidays(Map<Nation, Set<LocalDate>> dates) {
        this.dates = dates;
    }

    @Override
    public boolean isBankHoliday(@Nullable Nation nation, @Nullable LocalDate date) {
        RosteringException.CHECKS.notNull(nation, "nation");
        RosteringException.CHECKS.date(date, "date");
        Set<LocalDate> days = dates.get(nation);
        return days != null && days.contains(date);
    }

    @Override
    public String toString() {
        return "BankHolidays" + dates;
    }
}
