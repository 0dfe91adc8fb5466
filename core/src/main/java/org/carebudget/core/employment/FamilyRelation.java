package org.carebudget.core.employment;

/**
 * How a personal assistant is related to another person: the person cared for ({@link Relationship}), or the
 * employer ({@link Employment#employeeRelationToEmployer()}).
 *
 * <p>{@link #isCloseFamilyForInsurance()} is the list in the Employers' Liability (Compulsory Insurance) Act 1969
 * s. 2(2)(a): an employer need not insure for an employee who is their husband, wife, civil partner, father,
 * mother, grandfather, grandmother, stepfather, stepmother, son, daughter, grandson, granddaughter, stepson,
 * stepdaughter, brother, sister, half-brother or half-sister (gov.uk/employers-liability-insurance). It is a
 * relation to the employer, not to the person cared for; they differ where a nominated person or a third party
 * employs. Any
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
     * Returns whether this relation, of an employee to the employer, is on the close-family list of ELCIA 1969
     * s. 2(2)(a).
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
