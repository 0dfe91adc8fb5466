package org.carebudget.core.employment;

import org.carebudget.core.InvalidValueException;

/**
 * How the personal assistant is related to the person cared for, and whether they live in the same household.
 * Immutable and thread-safe.
 *
 * @param relation the family relation, {@link FamilyRelation#NONE} if none, not null
 * @param sameHousehold whether the PA lives in the same household as the person cared for
 */
public record Relationship(FamilyRelation relation, boolean sameHousehold) {

    /** Not related and not living in the same household. */
    public static final Relationship UNRELATED = new Relationship(FamilyRelation.NONE, false);

    /**
     * Validates the relationship.
     *
     * @param relation the family relation, {@link FamilyRelation#NONE} if none, not null
     * @param sameHousehold whether the PA lives in the same household as the person cared for
     * @throws InvalidValueException if {@code relation} is null
     */
    public Relationship {
        InvalidValueException.requireNonNull(relation, "relation");
    }

    /**
     * Returns whether paying this PA from the budget needs the funder's recorded approval: a family member living
     * in the same household.
     *
     * @return true when related and in the same household
     */
    public boolean needsFunderApproval() {
        return sameHousehold && relation.isFamily();
    }
}
