package org.carebudget.core.training;

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
        if (!entry.isDelegatedClinical()) {
            if (record.delegation() != null) {
                throw new InvalidValueException("delegation", "none: " + entry.code()
                        + " is not a delegated clinical task", record.delegation());
            }
            if (entry.assessment() == Assessment.ASSESSED_COMPETENCY && record.assessor() == null) {
                throw new InvalidValueException("assessor", "a competent assessor for " + entry.code(), null);
            }
            return entry.refresh().isOnce() ? Days.NEVER
                    : Days.plusMonths(record.completedOn(), entry.refresh().months().getAsInt());
        }
        if (record.delegation() == null) {
            throw new InvalidValueException("delegation", "the person and reassessment interval for delegated "
                    + "clinical task " + entry.code(), null);
        }
        if (record.assessor() == null || !record.assessor().isRegistered()) {
            throw new InvalidValueException("assessor.registration", "a registered professional (NMC, HCPC or "
                    + "GMC) signing off delegated clinical task " + entry.code(),
                    record.assessor() == null ? null : record.assessor().name());
        }
        int months = record.delegation().reassessEveryMonths();
        InvalidValueException.requireInRange(months, 1,
                entry.refresh().maxMonths().orElse(RefreshPeriod.MAX_MONTHS), "reassessEveryMonths");
        return Days.plusMonths(record.completedOn(), months);
    }
}
