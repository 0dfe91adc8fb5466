package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A right-to-work check: how and when it was made, and, where permission to work is time-limited, the first day
 * without permission ({@link #permissionEnds()}, exclusive, the day after the expiry date the document shows).
 * Built by {@link #unlimited} or {@link #timeLimited}; immutable and thread-safe.
 */
public final class RightToWorkCheck implements Evidence {

    private final RightToWorkCheckMethod method;
    private final LocalDate checkedOn;
    private final @Nullable LocalDate permissionEnds;

    private RightToWorkCheck(RightToWorkCheckMethod method, LocalDate checkedOn, @Nullable LocalDate permissionEnds) {
        this.method = method;
        this.checkedOn = checkedOn;
        this.permissionEnds = permissionEnds;
    }

    /**
     * Returns a check showing permission to work that is not time-limited.
     *
     * @param method how the check was made, not null
     * @param checkedOn the date of the check, a supported date, not null
     * @return the check, not null
     * @throws InvalidValueException if an argument is null or the date unsupported
     */
    public static RightToWorkCheck unlimited(RightToWorkCheckMethod method, LocalDate checkedOn) {
        return new RightToWorkCheck(Checks.CORE.notNull(method, "rightToWorkCheck.method"),
                Checks.CORE.date(checkedOn, "rightToWorkCheck.checkedOn"), null);
    }

    /**
     * Returns a check showing time-limited permission to work.
     *
     * @param method how the check was made, not null
     * @param checkedOn the date of the check, a supported date, not null
     * @param lastDayOfPermission the last day the permission covers (the expiry date shown), after {@code checkedOn},
     *     a supported date, not null
     * @return the check, not null
     * @throws InvalidValueException if an argument is null, a date unsupported, or permission ends on or before the
     *     check
     */
    public static RightToWorkCheck timeLimited(RightToWorkCheckMethod method, LocalDate checkedOn,
            LocalDate lastDayOfPermission) {
        RightToWorkCheck unlimited = unlimited(method, checkedOn);
        Checks.CORE.date(lastDayOfPermission, "rightToWorkCheck.lastDayOfPermission");
        if (!lastDayOfPermission.isAfter(checkedOn)) {
            throw new InvalidValueException("rightToWorkCheck.lastDayOfPermission", "after checkedOn " + checkedOn,
                    lastDayOfPermission);
        }
        return new RightToWorkCheck(unlimited.method, checkedOn, lastDayOfPermission.plusDays(1));
    }

    /**
     * Returns how the check was made.
     *
     * @return the method, not null
     */
    public RightToWorkCheckMethod method() {
        return method;
    }

    /**
     * Returns the date of the check.
     *
     * @return the date, not null
     */
    public LocalDate checkedOn() {
        return checkedOn;
    }

    /**
     * Returns the first day without permission to work, where it is time-limited.
     *
     * @return the exclusive end of permission, or null where it is not time-limited
     */
    public @Nullable LocalDate permissionEnds() {
        return permissionEnds;
    }

    /**
     * Returns whether permission to work is time-limited.
     *
     * @return true when {@link #permissionEnds()} is set
     */
    public boolean isTimeLimited() {
        return permissionEnds != null;
    }

    @Override
    public LocalDate evidenceDate() {
        return checkedOn;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RightToWorkCheck c && c.method == method && c.checkedOn.equals(checkedOn)
                && Objects.equals(c.permissionEnds, permissionEnds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, checkedOn, permissionEnds);
    }

    @Override
    public String toString() {
        return "RightToWorkCheck[" + method + " on " + checkedOn + (permissionEnds == null ? ""
                : ", permission ends " + permissionEnds) + "]";
    }
}
