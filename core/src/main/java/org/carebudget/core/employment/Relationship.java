package org.carebudget.core.employment;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * How the personal assistant is related to the person cared for, and whether they live in the same household
 * (which decides whether paying them needs the funder's approval). Built by {@link #livingWith},
 * {@link #livingApart} or {@link #UNRELATED}; immutable and thread-safe.
 */
public final class Relationship {

    /** Not related and not living in the same household. */
    public static final Relationship UNRELATED = new Relationship(FamilyRelation.NONE, false);

    private final FamilyRelation relation;
    private final boolean sameHousehold;

    private Relationship(FamilyRelation relation, boolean sameHousehold) {
        this.relation = relation;
        this.sameHousehold = sameHousehold;
    }

    /**
     * Returns a relation who lives in the same household as the person cared for.
     *
     * @param relation the family relation, not null
     * @return the relationship, not null
     * @throws InvalidValueException if {@code relation} is null
     */
    public static Relationship livingWith(FamilyRelation relation) {
        return new Relationship(Checks.CORE.notNull(relation, "relation"), true);
    }

    /**
     * Returns a relation (or {@link FamilyRelation#NONE}) who does not live in the same household.
     *
     * @param relation the family relation, not null
     * @return the relationship, not null
     * @throws InvalidValueException if {@code relation} is null
     */
    public static Relationship livingApart(FamilyRelation relation) {
        Checks.CORE.notNull(relation, "relation");
        return relation == FamilyRelation.NONE ? UNRELATED : new Relationship(relation, false);
    }

    /**
     * Returns the family relation.
     *
     * @return the relation, {@link FamilyRelation#NONE} if none, not null
     */
    public FamilyRelation relation() {
        return relation;
    }

    /**
     * Returns whether the PA lives in the same household as the person cared for.
     *
     * @return true when living in the same household
     */
    public boolean sameHousehold() {
        return sameHousehold;
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

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Relationship r && r.relation == relation && r.sameHousehold == sameHousehold;
    }

    @Override
    public int hashCode() {
        return Objects.hash(relation, sameHousehold);
    }

    @Override
    public String toString() {
        return "Relationship[" + relation + (sameHousehold ? ", same household" : "") + "]";
    }
}
