package org.carebudget.core.training;

import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;

/**
 * Checks that a record suits its catalogue entry (an assessor for an assessed competency; a delegation and a
 * registered assessor within the entry's cap for a delegated clinical task) and computes its lapse day. Stateless
 * and thread-safe.
 */
final class RecordChecks {

    private RecordChecks() {
    }

    /**
     * Returns the epoch day on which the record lapses by its period, or {@link Days#NEVER}.
     *
     * @throws InvalidValueException if the record does not suit the entry
     */
    static int lapseDay(Competency entry, TrainingRecord record) {
        Delegation delegation = record.delegation();
        Assessor assessor = record.assessor();
        if (!entry.isDelegatedClinical()) {
            if (delegation != null) {
                throw Checks.CORE.invalid("delegation", "none: " + entry.code() + " is not a delegated clinical task",
                        delegation);
            }
            if (entry.assessment() == Assessment.ASSESSED_COMPETENCY && assessor == null) {
                throw Checks.CORE.invalid("assessor", "a competent assessor for " + entry.code(), null);
            }
            return entry.refresh().isOnce() ? Days.NEVER
                    : Days.plusMonths(record.completedOn(), entry.refresh().months().getAsInt());
        }
        if (delegation == null) {
            throw Checks.CORE.invalid("delegation", "the person and reassessment interval for delegated clinical task "
                    + entry.code(), null);
        }
        if (assessor == null || !assessor.isRegistered()) {
            throw Checks.CORE.invalid("assessor.registration", "a registered professional (NMC, HCPC or GMC) signing "
                    + "off delegated clinical task " + entry.code(), assessor == null ? null : "no registration");
        }
        int months = delegation.reassessEveryMonths();
        Checks.CORE.inRange(months, 1, entry.refresh().maxMonths().orElse(RefreshPeriod.MAX_MONTHS),
                "reassessEveryMonths");
        return Days.plusMonths(record.completedOn(), months);
    }
}
