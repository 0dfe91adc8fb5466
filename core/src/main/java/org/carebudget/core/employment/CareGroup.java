package org.carebudget.core.employment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whom the personal assistant cares for, which decides the DBS barred lists to check: the adults' list for
 * personal care or health care of adults (regulated activity with no frequency test), the children's list for
 * regulated activity with children ({@link ChildrenActivity}). Thread-safe.
 */
public enum CareGroup {
    /** Adults only. */
    ADULTS(true, false),
    /** Children only. */
    CHILDREN(false, true),
    /** Adults and children. */
    ADULTS_AND_CHILDREN(true, true);

    private final boolean adults;
    private final boolean children;

    CareGroup(boolean adults, boolean children) {
        this.adults = adults;
        this.children = children;
    }

    /**
     * Returns whether the PA cares for adults, so the adults' barred list must be checked.
     *
     * @return true when the PA cares for adults
     */
    public boolean includesAdults() {
        return adults;
    }

    /**
     * Returns whether the PA works with children.
     *
     * @return true when the PA works with children
     */
    public boolean includesChildren() {
        return children;
    }

    /**
     * Returns the barred lists a certificate must have been checked against for this group and what the PA does
     * with children.
     *
     * @param withChildren what the PA does with children, not null
     * @return the lists, a new set, possibly empty, not null
     */
    public Set<BarredList> barredListsNeeded(ChildrenActivity withChildren) {
        Set<BarredList> lists = EnumSet.noneOf(BarredList.class);
        if (adults) {
            lists.add(BarredList.ADULTS);
        }
        if (children && withChildren.isRegulatedActivity()) {
            lists.add(BarredList.CHILDREN);
        }
        return lists;
    }
}
