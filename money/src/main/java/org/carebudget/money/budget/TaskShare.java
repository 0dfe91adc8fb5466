package org.carebudget.money.budget;

import org.carebudget.core.id.FunderId;
import org.carebudget.money.LedgerException;

/**
 * Time spent on one task of a shift and the funder responsible for that task (health tasks from the NHS stream,
 * social care from the council's). Immutable and thread-safe.
 *
 * @param task the task, such as {@code PEG feeding} or {@code personal care}, not blank
 * @param funder the funder responsible for the task, not null
 * @param minutes the minutes spent on it, 0 - 100,000
 */
public record TaskShare(String task, FunderId funder, long minutes) {

    /**
     * Validates the share.
     *
     * @param task the task, not blank
     * @param funder the funder, not null
     * @param minutes the minutes, 0 - 100,000
     * @throws LedgerException if a value is null, blank or out of range
     */
    public TaskShare {
        LedgerException.notNull(task, "task");
        if (task.isBlank()) {
            throw new LedgerException("task", "non-blank text", '"' + task + '"');
        }
        LedgerException.notNull(funder, "funder");
        LedgerException.inRange(minutes, 0, 100_000, "minutes");
    }
}
