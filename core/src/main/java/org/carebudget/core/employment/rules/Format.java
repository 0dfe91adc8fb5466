package org.carebudget.core.employment.rules;

import java.util.Locale;

/**
 * Text forms of figures in finding messages that {@code Gbp.toString} and {@code LocalDate.toString} do not give:
 * hours, percentages, tenths and enum names as words; and, for messages made on every evaluation, money and tax
 * years in exactly the text forms of {@code Gbp.toString} and {@code TaxYear.toString}, made without
 * {@code BigDecimal} or {@code String.format}. Locale-independent. Stateless and thread-safe.
 */
final class Format {

    private Format() {
    }

    /** An amount as {@code Gbp.toString} gives it, such as {@code £12.71} or {@code -£0.05}. */
    static String hours(long minutes) {
        return decimal((minutes * 100 + 30) / 60);
    }

    /** Basis points as a percentage, such as {@code 12.07%} or {@code 15%}. */
    static String percent(long basisPoints) {
        return decimal(basisPoints) + "%";
    }

    /** Tenths as a decimal with one place, such as {@code 16.8} or {@code 28.0}. */
    static String tenths(long tenths) {
        return tenths / 10 + "." + tenths % 10;
    }

    /** An enum constant as lower-case words, such as {@code "bank holiday"} for {@code BANK_HOLIDAY}. */
    static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Hundredths as a decimal without trailing zeros: 3750 is {@code 37.5}, 1500 is {@code 15}. */
    private static String decimal(long hundredths) {
        long whole = hundredths / 100;
        long fraction = hundredths % 100;
        if (fraction == 0) {
            return Long.toString(whole);
        }
        return whole + (fraction % 10 == 0 ? "." + fraction / 10 : fraction < 10 ? ".0" + fraction : "." + fraction);
    }
}
