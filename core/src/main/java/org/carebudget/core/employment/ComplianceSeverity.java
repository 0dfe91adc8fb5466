package org.carebudget.core.employment;

/** How serious a compliance finding is. Thread-safe. */
public enum ComplianceSeverity {
    /** The PA must not work, or the employer is breaking the law, until this is put right. */
    BLOCKING,
    /** Needs action soon: something lapses, a policy or funder condition (not the law) is not met, or the law relied
     * on is not confirmed. */
    WARNING,
    /** For information: a figure the employer needs, such as employer National Insurance due. */
    INFO,
    /** The rule could not check the employment: the figures table has no row for a date it needs (figures for an
     * April not yet published, or a period before the table starts). Add the row and evaluate again. */
    NOT_CHECKED
}
