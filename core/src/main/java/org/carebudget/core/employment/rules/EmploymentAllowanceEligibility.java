package org.carebudget.core.employment.rules;

/**
 * Whether an employment's employer NICs count towards the Employment Allowance (National Insurance Contributions
 * Act 2014 ss. 1-2; HMRC NIM06520, NIM06535). Thread-safe.
 */
public enum EmploymentAllowanceEligibility {
    /** An individual employing a care and support worker whose every duty is for a person who needs care (s. 2(3A)):
     * counts. */
    CARE_AND_SUPPORT(true),
    /** An organisation employing on a budget holder's behalf: the employment is not for personal or household affairs,
     * so it counts, subject to the organisation's own eligibility (not a public body, not a connected company already
     * claiming), which this library does not check. */
    ORGANISATION(true),
    /** An individual employing someone who also does other personal, family or household work: excluded liabilities
     * (s. 2(3); NIM06535). */
    EXCLUDED_DOMESTIC(false),
    /** An individual employer whose PA's duties are not recorded: not counted until they are. */
    DUTIES_NOT_RECORDED(false);

    private final boolean counts;

    EmploymentAllowanceEligibility(boolean counts) {
        this.counts = counts;
    }

    /**
     * Returns whether the employment's employer NICs count towards the allowance.
     *
     * @return true for {@link #CARE_AND_SUPPORT} and {@link #ORGANISATION}
     */
    public boolean counts() {
        return counts;
    }
}
