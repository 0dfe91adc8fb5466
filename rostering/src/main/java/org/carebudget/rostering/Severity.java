package org.carebudget.rostering;

/**
 * What a rostering finding means for the rota or the hours it reports on. Thread-safe.
 */
public enum Severity {
    /** Publishing the rota as it is would break the law or leave the person without safe cover: fix it first. */
    BLOCKING,
    /** Something to act on before the date the finding gives (book training, find a second PA, reduce hours). */
    WARNING,
    /** For information: hours used against budget, trends, forecasts. */
    NOTICE
}
