package org.carebudget.money;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a spend pays for, in the support plan's terms: one of the {@linkplain #standard() standard categories}, or
 * an item or outcome a support plan agrees ({@link #agreed}, such as a gym membership), which a funder can fund
 * like any other. A funder's ring-fenced stream lists the categories it funds. Two categories are equal when their
 * names are; a standard category's name is its constant's name, as {@code PA_WAGES}.
 *
 * <p>{@code toString} gives the name and {@link #of} reads it back. Immutable and thread-safe.
 */
public final class SpendCategory implements Comparable<SpendCategory> {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Wages of personal assistants employed by the budget holder. */
    public static final SpendCategory PA_WAGES = new SpendCategory("PA_WAGES", 1);
    /** Employer on-costs: employer National Insurance, workplace pension, holiday and sick pay provision. */
    public static final SpendCategory EMPLOYER_ON_COSTS = new SpendCategory("EMPLOYER_ON_COSTS", 2);
    /** Care bought from a regulated home-care agency. */
    public static final SpendCategory AGENCY_CARE = new SpendCategory("AGENCY_CARE", 3);
    /** Training for personal assistants, including delegated clinical tasks. */
    public static final SpendCategory TRAINING = new SpendCategory("TRAINING", 4);
    /** Employers' liability and other insurance. */
    public static final SpendCategory INSURANCE = new SpendCategory("INSURANCE", 5);
    /** Equipment and one-off costs, such as recruiting a personal assistant. */
    public static final SpendCategory EQUIPMENT_AND_ONE_OFF = new SpendCategory("EQUIPMENT_AND_ONE_OFF", 6);
    /** Payroll, managed-account and support-service fees. */
    public static final SpendCategory PAYROLL_AND_SUPPORT_FEES = new SpendCategory("PAYROLL_AND_SUPPORT_FEES", 7);
    /** The contingency reserve, drawn on for emergencies such as cover for a sick personal assistant. */
    public static final SpendCategory CONTINGENCY = new SpendCategory("CONTINGENCY", 8);

    private static final List<SpendCategory> STANDARD = List.of(PA_WAGES, EMPLOYER_ON_COSTS, AGENCY_CARE, TRAINING,
            INSURANCE, EQUIPMENT_AND_ONE_OFF, PAYROLL_AND_SUPPORT_FEES, CONTINGENCY);

    private final String name;
    private final int standardCode;

    private SpendCategory(String name, int standardCode) {
        this.name = name;
        this.standardCode = standardCode;
    }

    /**
     * Returns the standard categories, in the order of the support plan's sections.
     *
     * @return the eight standard categories, not null, unmodifiable
     */
    public static List<SpendCategory> standard() {
        return STANDARD;
    }

    /**
     * Returns an item or outcome a support plan agrees, such as {@code gym-membership}.
     *
     * @param name its name: 1 to 64 characters of {@code A-Z a-z 0-9 . _ -}, starting with a letter or digit, not
     *     the name of a standard category
     * @return the category, not null
     * @throws LedgerException if the name is null, malformed or a standard category's
     */
    public static SpendCategory agreed(@Nullable String name) {
        checkName(name);
        for (SpendCategory category : STANDARD) {
            if (category.name.equalsIgnoreCase(name)) {
                throw new LedgerException("category", "a name other than a standard category's (use the constant "
                        + category.name + ")", name);
            }
        }
        return new SpendCategory(name, 0);
    }

    /**
     * Returns the category with a name: the standard constant, or an agreed item.
     *
     * @param name a standard category's name, or an agreed item's as {@link #agreed} takes it
     * @return the category, not null
     * @throws LedgerException if the name is null or malformed
     */
    public static SpendCategory of(@Nullable String name) {
        checkName(name);
        for (SpendCategory category : STANDARD) {
            if (category.name.equals(name)) {
                return category;
            }
        }
        return agreed(name);
    }

    private static void checkName(@Nullable String name) {
        LedgerException.CHECKS.bounded(name, 64, "category");
        if (!NAME.matcher(name).matches()) {
            throw new LedgerException("category", "1 to 64 characters of A-Z a-z 0-9 . _ -, starting with a letter "
                    + "or digit", '"' + name + '"');
        }
    }

    /**
     * Returns the category's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether it is one of the standard categories.
     *
     * @return true for a standard category, false for an agreed item
     */
    public boolean isStandard() {
        return standardCode != 0;
    }

    /**
     * Returns the fixed number of a standard category, as the ledger codes it.
     *
     * @return 1 - 8 for a standard category in the order of {@link #standard()}; 0 for an agreed item
     */
    public int standardCode() {
        return standardCode;
    }

    /**
     * Orders the standard categories first, in their order, then agreed items by name.
     *
     * @param other the other category, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(SpendCategory other) {
        if (isStandard() || other.isStandard()) {
            return Integer.compare(isStandard() ? standardCode : Integer.MAX_VALUE,
                    other.isStandard() ? other.standardCode : Integer.MAX_VALUE);
        }
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SpendCategory category && category.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * Returns the name; {@link #of} reads it back.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return name;
    }
}
