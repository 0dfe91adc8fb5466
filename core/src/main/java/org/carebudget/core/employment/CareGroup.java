package org.carebudget.core.employment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;

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

    private static final Set<BarredList> NONE = Collections.unmodifiableSet(EnumSet.noneOf(BarredList.class));
    private static final Set<BarredList> ADULTS_LIST = Collections.unmodifiableSet(EnumSet.of(BarredList.ADULTS));
    private static final Set<BarredList> CHILDREN_LIST = Collections.unmodifiableSet(
            EnumSet.of(BarredList.CHILDREN));
    private static final Set<BarredList> BOTH_LISTS = Collections.unmodifiableSet(EnumSet.allOf(BarredList.class));

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
     * @return the lists, unmodifiable, possibly empty, not null
     * @throws InvalidValueException if {@code withChildren} is null
     */
    public Set<BarredList> barredListsNeeded(ChildrenActivity withChildren) {
        Checks.CORE.notNull(withChildren, "withChildren");
        boolean childrens = children && withChildren.isRegulatedActivity();
        return adults ? (childrens ? BOTH_LISTS : ADULTS_LIST) : (childrens ? CHILDREN_LIST : NONE);
    }
}
