package org.carebudget.core.training;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * How a PA stands on one competency that a task needs, on one date. Immutable and thread-safe.
 */
public final class CompetencyCheck {

    private final CompetencyCode competency;
    private final CompetencyStatus status;
    private final @Nullable Expiry expiry;

    private CompetencyCheck(CompetencyCode competency, CompetencyStatus status, @Nullable Expiry expiry) {
        this.competency = competency;
        this.status = status;
        this.expiry = expiry;
    }

    /**
     * Returns a check.
     *
     * @param competency the competency, not null
     * @param status the standing, not null
     * @param expiry the record in force on the date and when it lapses; null exactly when {@code status} is
     *     {@link CompetencyStatus#MISSING}
     * @return the check, not null
     * @throws InvalidValueException if a required argument is null, or {@code expiry} does not match the status
     */
    public static CompetencyCheck of(CompetencyCode competency, CompetencyStatus status,
            @Nullable Expiry expiry) {
        Checks.CORE.notNull(competency, "competency");
        Checks.CORE.notNull(status, "status");
        if ((status == CompetencyStatus.MISSING) != (expiry == null)) {
            throw Checks.CORE.invalid("expiry", "null exactly when MISSING", expiry);
        }
        return new CompetencyCheck(competency, status, expiry);
    }

    /**
     * Returns the competency.
     *
     * @return the code, not null
     */
    public CompetencyCode competency() {
        return competency;
    }

    /**
     * Returns the standing.
     *
     * @return the status, not null
     */
    public CompetencyStatus status() {
        return status;
    }

    /**
     * Returns the record in force on the date and when it lapses.
     *
     * @return the expiry, or null exactly when {@link CompetencyStatus#MISSING}
     */
    public @Nullable Expiry expiry() {
        return expiry;
    }

    /**
     * Returns whether the PA is competent in this on the date.
     *
     * @return true if {@link CompetencyStatus#VALID}
     */
    public boolean isValid() {
        return status == CompetencyStatus.VALID;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CompetencyCheck that && that.competency.equals(competency) && that.status == status
                && Objects.equals(that.expiry, expiry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(competency, status, expiry);
    }

    @Override
    public String toString() {
        return "CompetencyCheck[" + competency + ", " + status + (expiry == null ? "" : ", " + expiry) + "]";
    }
}
