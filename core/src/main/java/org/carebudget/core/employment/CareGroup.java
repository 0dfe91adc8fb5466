package org.carebudget.core.employment;

/**
 * Whom the personal assistant cares for, which decides the DBS barred lists to check. Thread-safe.
 */
public enum CareGroup {
    /** Adults only: enhanced check with the adults' barred list. */
    ADULTS(true, false),
    /** Children only: enhanced check with the children's barred list. */
    CHILDREN(false, true),
    /** Adults and children: both barred lists. */
    ADULTS_AND_CHILDREN(true, true);

    private final boolean adults;
    private final boolean children;

    CareGroup(boolean adults, boolean children) {
        this.adults = adults;
        this.children = children;
    }

    /**
     * Returns whether the adults' barred list must be checked.
     *
     * @return true when the PA cares for adults
     */
    public boolean needsAdultsBarredList() {
        return adults;
    }

    /**
     * Returns whether the children's barred list must be checked.
     *
     * @return true when the PA cares for children
     */
    public boolean needsChildrensBarredList() {
        return children;
    }
}
