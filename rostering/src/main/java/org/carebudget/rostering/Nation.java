package org.carebudget.rostering;

/**
 * The UK nations, whose bank holidays differ (Scotland has 2 January and St Andrew's Day, Northern Ireland St
 * Patrick's Day and the Battle of the Boyne; England and Wales share theirs today but are kept apart, as the law
 * keeps them). A care package's nation sets which days are bank holidays for its rate types. Thread-safe.
 */
public enum Nation {
    /** England. */
    ENGLAND,
    /** Wales. */
    WALES,
    /** Scotland. */
    SCOTLAND,
    /** Northern Ireland. */
    NORTHERN_IRELAND
}
