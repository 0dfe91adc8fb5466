package org.carebudget.core.employment;

/** Which public money pays the personal assistant. Thread-safe. */
public enum FundingRegime {
    /** A council direct payment under the Care Act 2014. */
    COUNCIL_DIRECT_PAYMENT(true, false),
    /** An NHS personal health budget, approved by the integrated care board (ICB). */
    NHS_PERSONAL_HEALTH_BUDGET(false, true),
    /** An integrated budget mixing both. */
    INTEGRATED(true, true);

    private final boolean council;
    private final boolean nhs;

    FundingRegime(boolean council, boolean nhs) {
        this.council = council;
        this.nhs = nhs;
    }

    /**
     * Returns whether a council direct payment is part of the funding.
     *
     * @return true for a council direct payment or an integrated budget
     */
    public boolean includesCouncil() {
        return council;
    }

    /**
     * Returns whether an NHS personal health budget is part of the funding.
     *
     * @return true for an NHS personal health budget or an integrated budget
     */
    public boolean includesNhs() {
        return nhs;
    }
}
