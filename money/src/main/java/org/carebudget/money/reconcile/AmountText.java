package org.carebudget.money.reconcile;

import org.carebudget.core.money.Gbp;

/**
 * Reads an amount of pounds as bank statements print it: an optional sign, an optional {@code £} or {@code GBP},
 * digits with optional thousands separators, and at most two decimal places ({@code -£1,234.56}, {@code 12.5},
 * {@code +40}). Tells apart an amount in another currency, one with more than two decimals and one that is not a
 * number. Linear in the text, which is at most {@value #MAX_TEXT} characters. Stateless and thread-safe.
 */
final class AmountText {

    /** The longest amount text read. */
    static final int MAX_TEXT = 32;

    static final String FORM = "pounds with at most 2 decimal places, as -12.50, £1,234.56 or 40, within "
            + "±£10,000,000,000,000.00";

    /** Why an amount could not be read: carries the kind, no stack trace. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final ImportProblem.Kind kind;
        final String expected;

        Bad(ImportProblem.Kind kind, String expected) {
            super(null, null, false, false);
            this.kind = kind;
            this.expected = expected;
        }
    }

    private AmountText() {
    }

    /** Whether the text is empty or blank (an absent amount). */
    static boolean absent(String text) {
        return text.isBlank();
    }

    /** Reads the amount in pence. */
    static long pence(String raw) throws Bad {
        String s = raw.trim();
        if (s.isEmpty()) {
            throw new Bad(ImportProblem.Kind.MISSING_VALUE, FORM);
        }
        if (s.length() > MAX_TEXT) {
            throw new Bad(ImportProblem.Kind.TOO_LONG, "an amount of at most " + MAX_TEXT + " characters");
        }
        int start = 0;
        int end = s.length();
        boolean negative = false;
        boolean signed = false;
        if (s.charAt(start) == '-' || s.charAt(start) == '+') {
            negative = s.charAt(start) == '-';
            signed = true;
            start++;
        }
        if (start < end && s.charAt(start) == '£') {
            start++;
        } else if (s.regionMatches(true, start, "GBP", 0, 3)) {
            start += 3;
            while (start < end && s.charAt(start) == ' ') {
                start++;
            }
        }
        if (!signed && start < end && (s.charAt(start) == '-' || s.charAt(start) == '+')) {
            negative = s.charAt(start) == '-';
            start++;
        }
        if (end - start > 4 && s.regionMatches(true, end - 4, " GBP", 0, 4)) {
            end -= 4;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if ((Character.getType(c) == Character.CURRENCY_SYMBOL && c != '£')
                    || (Character.isLetter(c) && isIsoCode(s, i, end))) {
                throw new Bad(ImportProblem.Kind.OTHER_CURRENCY, "an amount in pounds sterling (GBP, £)");
            }
        }
        return digits(s, start, end, negative);
    }

    private static boolean isIsoCode(String s, int i, int end) {
        if (i + 3 > end) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!Character.isUpperCase(s.charAt(k))) {
                return false;
            }
        }
        return i + 3 == end || !Character.isLetter(s.charAt(i + 3));
    }

    private static long digits(String s, int start, int end, boolean negative) throws Bad {
        long pounds = 0;
        int intDigits = 0;
        int groupDigits = 0;
        boolean grouped = false;
        int i = start;
        for (; i < end && s.charAt(i) != '.'; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++intDigits > 14) {
                    throw new Bad(ImportProblem.Kind.INVALID_AMOUNT, FORM);
                }
                pounds = pounds * 10 + (c - '0');
                groupDigits++;
            } else if (c == ',' && intDigits > 0 && (grouped ? groupDigits == 3 : groupDigits <= 3)) {
                grouped = true;
                groupDigits = 0;
            } else {
                throw new Bad(ImportProblem.Kind.INVALID_AMOUNT, FORM);
            }
        }
        if (intDigits == 0 || (grouped && groupDigits != 3)) {
            throw new Bad(ImportProblem.Kind.INVALID_AMOUNT, FORM);
        }
        long fraction = 0;
        if (i < end) {
            int decimals = 0;
            for (i++; i < end; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw new Bad(ImportProblem.Kind.INVALID_AMOUNT, FORM);
                }
                if (++decimals > 2) {
                    throw new Bad(ImportProblem.Kind.TOO_MANY_DECIMALS, "an amount with at most 2 decimal places");
                }
                fraction = fraction * 10 + (c - '0');
                if (decimals == 1 && (i + 1 == end)) {
                    fraction *= 10;
                }
            }
            if (decimals == 0) {
                throw new Bad(ImportProblem.Kind.INVALID_AMOUNT, FORM);
            }
        }
        long pence = pounds * 100 + fraction;
        if (pence > Gbp.MAX_PENCE) {
            throw new Bad(ImportProblem.Kind.INVALID_AMOUNT, FORM);
        }
        return negative ? -pence : pence;
    }
}
