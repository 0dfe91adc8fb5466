package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * A right-to-work check. Immutable and thread-safe.
 *
 * @param type how the check was made, not null
 * @param checkedOn the date of the check, not null
 * @param permissionEndsOn the last day of time-limited permission to work, after {@code checkedOn};
 *     null where permission is not time-limited
 */
public record RightToWorkCheck(RightToWorkCheckType type, LocalDate checkedOn, LocalDate permissionEndsOn)
        implements Evidence {

    /**
     * Validates the check.
     *
     * @param type how the check was made, not null
     * @param checkedOn the date of the check, not null
     * @param permissionEndsOn the last day of time-limited permission, after {@code checkedOn}, or null
     * @throws InvalidValueException if {@code type} or {@code checkedOn} is null, or permission ends on or before
     *     the check
     */
    public RightToWorkCheck {
        InvalidValueException.requireNonNull(type, "rightToWorkCheck.type");
        InvalidValueException.requireNonNull(checkedOn, "rightToWorkCheck.checkedOn");
        if (permissionEndsOn != null && !permissionEndsOn.isAfter(checkedOn)) {
            throw new InvalidValueException("rightToWorkCheck.permissionEndsOn", "after checkedOn " + checkedOn,
                    permissionEndsOn);
        }
    }

    /**
     * Returns whether permission to work is time-limited.
     *
     * @return true when {@code permissionEndsOn} is set
     */
    public boolean timeLimited() {
        return permissionEndsOn != null;
    }

    @Override
    public LocalDate evidenceDate() {
        return checkedOn;
    }
}
