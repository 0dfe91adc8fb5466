package org.carebudget.core.employment;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * A DBS certificate held by the PA and seen by the employer. Immutable and thread-safe.
 *
 * @param certificateNumber the 12-digit certificate number, not null
 * @param level the level, not null
 * @param adultsBarredListChecked whether the adults' barred list was checked (enhanced only)
 * @param childrensBarredListChecked whether the children's barred list was checked (enhanced only)
 * @param issuedOn the issue date, not null
 * @param updateServiceSubscribed whether the PA subscribes to the DBS Update Service
 * @param statusLastCheckedOn when the employer last checked the certificate's status on the Update Service,
 *     on or after {@code issuedOn}; null if never
 */
public record DbsCertificate(String certificateNumber, DbsLevel level, boolean adultsBarredListChecked,
        boolean childrensBarredListChecked, LocalDate issuedOn, boolean updateServiceSubscribed,
        LocalDate statusLastCheckedOn) implements Evidence {

    /**
     * Validates the certificate.
     *
     * @param certificateNumber the 12-digit certificate number, not null
     * @param level the level, not null
     * @param adultsBarredListChecked whether the adults' barred list was checked (enhanced only)
     * @param childrensBarredListChecked whether the children's barred list was checked (enhanced only)
     * @param issuedOn the issue date, not null
     * @param updateServiceSubscribed whether the PA subscribes to the DBS Update Service
     * @param statusLastCheckedOn the last Update Service status check, on or after {@code issuedOn}, or null
     * @throws InvalidValueException if a component is null or malformed, a barred list is checked below enhanced
     *     level, or the status check is before the issue date
     */
    public DbsCertificate {
        InvalidValueException.requireNonNull(certificateNumber, "dbsCertificate.certificateNumber");
        if (!certificateNumber.matches("[0-9]{12}")) {
            throw new InvalidValueException("dbsCertificate.certificateNumber", "12 digits", certificateNumber);
        }
        InvalidValueException.requireNonNull(level, "dbsCertificate.level");
        if (level != DbsLevel.ENHANCED && (adultsBarredListChecked || childrensBarredListChecked)) {
            throw new InvalidValueException("dbsCertificate.level", "ENHANCED when a barred list is checked", level);
        }
        InvalidValueException.requireNonNull(issuedOn, "dbsCertificate.issuedOn");
        if (statusLastCheckedOn != null && statusLastCheckedOn.isBefore(issuedOn)) {
            throw new InvalidValueException("dbsCertificate.statusLastCheckedOn", "on or after issuedOn " + issuedOn,
                    statusLastCheckedOn);
        }
    }

    /**
     * Returns whether this certificate is an enhanced check with the barred lists the care group needs.
     *
     * @param group whom the PA cares for, not null
     * @return true when enhanced, with the adults' list for adults and the children's list for children
     */
    public boolean covers(CareGroup group) {
        return level == DbsLevel.ENHANCED && (adultsBarredListChecked || !group.needsAdultsBarredList())
                && (childrensBarredListChecked || !group.needsChildrensBarredList());
    }

    @Override
    public LocalDate evidenceDate() {
        return issuedOn;
    }
}
