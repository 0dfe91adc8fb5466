package org.carebudget.core.employment;

/** How a right-to-work check was made (Home Office, an employer's guide to right to work checks). Thread-safe. */
public enum RightToWorkCheckMethod {
    /** A manual check of original documents from List A or List B. */
    MANUAL_DOCUMENT,
    /** The Home Office online service, with a share code. */
    ONLINE_SHARE_CODE,
    /** A certified identity service provider (British and Irish passports). */
    IDENTITY_SERVICE_PROVIDER,
    /** A positive verification notice from the Employer Checking Service. */
    EMPLOYER_CHECKING_SERVICE
}
