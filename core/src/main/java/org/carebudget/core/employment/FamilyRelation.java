package org.carebudget.core.employment;

/**
 * How a personal assistant is related to the person cared for.
 *
 * <p>{@link #isCloseFamilyForInsurance()} is GOV.UK's list of close family members for whom employers'
 * liability insurance is not compulsory (gov.uk/employers-liability-insurance: spouse, civil partner, parent,
 * grandparent, step-parent, child, grandchild, stepchild, brother, sister, half-brother, half-sister). Any
 * relation other than {@link #NONE} counts as family for paying from a budget: the Care and Support (Direct
 * Payments) Regulations 2014 reg. 3 (spouse, civil partner, a person living as such, close relatives and their
 * partners) and the NHS (Direct Payments) Regulations 2013 (family members living in the same household).
 * Thread-safe.
 */
public enum FamilyRelation {
    /** Not related. */
    NONE(false),
    /** Spouse. */
    SPOUSE(true),
    /** Civil partner. */
    CIVIL_PARTNER(true),
    /** Someone living with the person as a spouse or civil partner. */
    COHABITING_PARTNER(false),
    /** Parent. */
    PARENT(true),
    /** Step-parent. */
    STEP_PARENT(true),
    /** Parent-in-law. */
    PARENT_IN_LAW(false),
    /** Grandparent. */
    GRANDPARENT(true),
    /** Child. */
    CHILD(true),
    /** Stepchild. */
    STEPCHILD(true),
    /** Son-in-law or daughter-in-law. */
    CHILD_IN_LAW(false),
    /** Grandchild. */
    GRANDCHILD(true),
    /** Brother or sister. */
    SIBLING(true),
    /** Half-brother or half-sister. */
    HALF_SIBLING(true),
    /** Aunt or uncle. */
    AUNT_OR_UNCLE(false),
    /** Another relative. */
    OTHER_RELATIVE(false);

    private final boolean closeFamilyForInsurance;

    FamilyRelation(boolean closeFamilyForInsurance) {
        this.closeFamilyForInsurance = closeFamilyForInsurance;
    }

    /**
     * Returns whether this relation is on GOV.UK's close-family list for employers' liability insurance.
     *
     * @return true for spouse, civil partner, parent, step-parent, grandparent, child, stepchild, grandchild,
     *     sibling and half-sibling
     */
    public boolean isCloseFamilyForInsurance() {
        return closeFamilyForInsurance;
    }

    /**
     * Returns whether paying this person from a budget, when living in the same household, needs the funder's
     * approval.
     *
     * @return true for every relation but {@link #NONE}
     */
    public boolean isFamily() {
        return this != NONE;
    }
}
