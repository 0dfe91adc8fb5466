package org.carebudget.core.employment;

/**
 * What a PA employed by an individual does, which decides whether the employer NICs for the employment count
 * towards the Employment Allowance (National Insurance Contributions Act 2014 s. 2(3) and (3A); HMRC NIM06520 and
 * NIM06535). Not read for an organisation employing on the budget holder's behalf, whose employment is not for
 * anyone's personal or household affairs. Thread-safe.
 */
public enum CareDuties {
    /** Every duty of the employment is performed exclusively for an individual who needs it because of old age,
     * disability, past or present dependence on alcohol or drugs, illness or mental disorder (s. 2(3A)): the
     * employer NICs count towards the allowance. */
    CARE_AND_SUPPORT_ONLY,
    /** The PA also does other personal, family or household work (as a nanny, cleaner or gardener for the household):
     * the employer NICs are excluded liabilities (s. 2(3); NIM06535). */
    INCLUDES_OTHER_HOUSEHOLD_DUTIES,
    /** Not recorded: the allowance is not counted until it is. */
    NOT_RECORDED
}
