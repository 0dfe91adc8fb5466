package org.carebudget.core.employment;

/**
 * What a PA who works with children does, which decides whether it is regulated activity with children
 * (Safeguarding Vulnerable Groups Act 2006 Sch. 4 Part 1, as amended by the Protection of Freedoms Act 2012; DBS,
 * "Regulated activity with children in England and Wales", updated 7 August 2024). Thread-safe.
 */
public enum ChildrenActivity {
    /** Relevant personal care (washing, dressing, eating, toileting) or health care by or under the direction of a
     * health care professional: regulated activity however often it is done. */
    PERSONAL_OR_HEALTH_CARE(true),
    /** Care for, supervision, teaching or training of children done frequently (once a week or more, on 4 or more
     * days in a 30-day period, or overnight between 2am and 6am): regulated activity. */
    FREQUENT_CARE_OR_SUPERVISION(true),
    /** Care for or supervision of children done less often than that: not regulated activity; an enhanced check
     * without the children's barred list is the most the employer may ask for. */
    OCCASIONAL_CARE_OR_SUPERVISION(false);

    private final boolean regulated;

    ChildrenActivity(boolean regulated) {
        this.regulated = regulated;
    }

    /**
     * Returns whether the work is regulated activity with children, needing the children's barred list.
     *
     * @return true for personal or health care, or frequent care or supervision
     */
    public boolean isRegulatedActivity() {
        return regulated;
    }
}
