package org.carebudget.core.training;

import java.util.regex.Pattern;

/**
 * A UK regulator whose registrants may sign off a PA's competence in a delegated clinical task, with the form of
 * its registration numbers (each a fixed, short pattern, so checking one is linear in its length). Thread-safe.
 */
public enum Regulator {
    /** Nursing and Midwifery Council: a PIN of two digits, a letter, four digits and a letter ({@code 12A3456E}). */
    NMC("[0-9]{2}[A-Z][0-9]{4}[A-Z]", "two digits, a letter, four digits and a letter, such as 12A3456E"),
    /**
     * Health and Care Professions Council: a two-letter profession prefix and five or six digits
     * ({@code PH123456}, {@code SL12345}).
     */
    HCPC("[A-Z]{2}[0-9]{5,6}", "two letters and five or six digits, such as PH123456"),
    /** General Medical Council: a reference number of seven digits ({@code 1234567}). */
    GMC("[0-9]{7}", "seven digits, such as 1234567");

    private final Pattern pattern;
    private final String form;

    Regulator(String pattern, String form) {
        this.pattern = Pattern.compile(pattern);
        this.form = form;
    }

    /**
     * Returns whether a number, already upper-cased and without spaces, has this regulator's form.
     *
     * @param number the number, not null
     * @return true if it has the form
     */
    boolean accepts(String number) {
        return pattern.matcher(number).matches();
    }

    /**
     * Returns the form of this regulator's numbers, in words.
     *
     * @return the form, not null
     */
    public String form() {
        return form;
    }
}
