package org.carebudget.money;

/**
 * What a spend pays for, in the support plan's terms. A funder's ring-fenced stream lists the categories it
 * funds, and never pays for any other. Thread-safe.
 */
public enum SpendCategory {
    /** Wages of personal assistants employed by the budget holder. */
    PA_WAGES,
    /** Employer on-costs: employer National Insurance, workplace pension, holiday and sick pay provision. */
    EMPLOYER_ON_COSTS,
    /** Care bought from a regulated home-care agency. */
    AGENCY_CARE,
    /** Training for personal assistants, including delegated clinical tasks. */
    TRAINING,
    /** Employers' liability and other insurance. */
    INSURANCE,
    /** Equipment and one-off costs, such as recruiting a personal assistant. */
    EQUIPMENT_AND_ONE_OFF,
    /** Payroll, managed-account and support-service fees. */
    PAYROLL_AND_SUPPORT_FEES,
    /** The contingency reserve, drawn on for emergencies such as cover for a sick personal assistant. */
    CONTINGENCY
}
