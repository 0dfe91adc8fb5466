package org.carebudget.core.employment.rules;

import java.time.LocalDate;

/** Ages in whole years, as {@code ChronoUnit.YEARS.between} counts them. Stateless and thread-safe. */
final class Ages {

    private Ages() {
    }

    /** The age on {@code date} of someone born on {@code born}; negative before birth. */
    static int on(LocalDate born, LocalDate date) {
        int years = date.getYear() - born.getYear();
        boolean beforeBirthday = date.getMonthValue() < born.getMonthValue()
                || date.getMonthValue() == born.getMonthValue() && date.getDayOfMonth() < born.getDayOfMonth();
        return beforeBirthday ? years - 1 : years;
    }

    /** The day someone born on {@code born} turns {@code age}: 1 March in other years for a 29 February birth. */
    static LocalDate birthday(LocalDate born, int age) {
        LocalDate day = born.plusYears(age);
        return day.getDayOfMonth() != born.getDayOfMonth() ? day.plusDays(1) : day;
    }
}
