package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.money.Gbp;

/**
 * One thing a compliance rule found about an employment, as of a date. Immutable and thread-safe.
 *
 * @param ruleId the id of the rule that found it, not blank
 * @param severity how serious it is, not null
 * @param message a plain-English message with the figures used, not blank
 * @param source the law or policy the rule implements, not null
 * @param evidence the evidence the rule looked at, unmodifiable, possibly empty, not null
 * @param dueDate when something must be done by (a recheck, a renewal), or null where none
 * @param amount the money at stake (a minimum-wage shortfall, employer NI due), or null where none
 */
public record Finding(String ruleId, Severity severity, String message, Source source, List<Evidence> evidence,
        LocalDate dueDate, Gbp amount) {

    /**
     * Validates and copies the finding.
     *
     * @param ruleId the id of the rule that found it, not blank
     * @param severity how serious it is, not null
     * @param message a plain-English message with the figures used, not blank
     * @param source the law or policy the rule implements, not null
     * @param evidence the evidence looked at, not null, none null
     * @param dueDate when something must be done by, or null
     * @param amount the money at stake, or null
     * @throws InvalidValueException if a required component is null or blank
     */
    public Finding {
        Texts.require(ruleId, 100, "finding.ruleId");
        InvalidValueException.requireNonNull(severity, "finding.severity");
        Texts.require(message, 2000, "finding.message");
        InvalidValueException.requireNonNull(source, "finding.source");
        InvalidValueException.requireNonNull(evidence, "finding.evidence");
        evidence = List.copyOf(evidence);
    }

    /**
     * Returns whether the due date falls in a window.
     *
     * @param from the first day of the window, not null
     * @param until the day after the window, not null
     * @return true when there is a due date on or after {@code from} and before {@code until}
     */
    public boolean dueWithin(LocalDate from, LocalDate until) {
        return dueDate != null && !dueDate.isBefore(from) && dueDate.isBefore(until);
    }
}
