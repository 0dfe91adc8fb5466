package org.carebudget.core.employment;

/** How serious a compliance finding is. Thread-safe. */
public enum Severity {
    /** The PA must not work, or the employer is breaking the law, until this is put right. */
    BLOCKING,
    /** Needs action soon: something lapses, or a policy (not the law) is not met. */
    WARNING,
    /** For information: a figure the employer needs, such as employer National Insurance due. */
    INFO
}
