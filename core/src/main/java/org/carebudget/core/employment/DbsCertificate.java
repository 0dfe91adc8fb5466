package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A DBS certificate held by the PA and seen by the employer: its number, level, the barred lists checked (enhanced
 * only), the issue date, and whether the PA subscribes to the DBS Update Service with the employer's last status
 * check. Since 21 January 2026 a personal employee can apply through an umbrella body. Built by {@link #builder};
 * immutable and thread-safe.
 */
public final class DbsCertificate implements Evidence {

    private final String certificateNumber;
    private final DbsLevel level;
    private final Set<BarredList> barredListsChecked;
    private final LocalDate issuedOn;
    private final boolean updateServiceSubscribed;
    private final @Nullable LocalDate statusLastCheckedOn;

    private DbsCertificate(Builder b) {
        this.certificateNumber = b.certificateNumber;
        this.level = b.level;
        this.barredListsChecked = b.barredLists.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(b.barredLists));
        this.issuedOn = b.issuedOn;
        this.updateServiceSubscribed = b.updateServiceSubscribed;
        this.statusLastCheckedOn = b.statusLastCheckedOn;
    }

    /**
     * Starts a certificate.
     *
     * @param certificateNumber the 12-digit certificate number, not null
     * @param level the level, not null
     * @param issuedOn the issue date, a supported date, not null
     * @return a builder, not null; not thread-safe
     * @throws InvalidValueException if an argument is null or malformed
     */
    public static Builder builder(String certificateNumber, DbsLevel level, LocalDate issuedOn) {
        Checks.CORE.bounded(certificateNumber, 12, "dbsCertificate.certificateNumber");
        if (!certificateNumber.matches("[0-9]{12}")) {
            throw new InvalidValueException("dbsCertificate.certificateNumber", "12 digits", certificateNumber);
        }
        return new Builder(certificateNumber, Checks.CORE.notNull(level, "dbsCertificate.level"),
                Checks.CORE.date(issuedOn, "dbsCertificate.issuedOn"));
    }

    /**
     * Returns the certificate number.
     *
     * @return 12 digits, not null
     */
    public String certificateNumber() {
        return certificateNumber;
    }

    /**
     * Returns the level.
     *
     * @return the level, not null
     */
    public DbsLevel level() {
        return level;
    }

    /**
     * Returns the barred lists checked.
     *
     * @return the lists, unmodifiable, empty below enhanced level, not null
     */
    public Set<BarredList> barredListsChecked() {
        return barredListsChecked;
    }

    /**
     * Returns the issue date.
     *
     * @return the date, not null
     */
    public LocalDate issuedOn() {
        return issuedOn;
    }

    /**
     * Returns whether the PA subscribes to the DBS Update Service.
     *
     * @return true when subscribed
     */
    public boolean updateServiceSubscribed() {
        return updateServiceSubscribed;
    }

    /**
     * Returns when the employer last checked the certificate's status on the Update Service.
     *
     * @return the date, on or after the issue date, or null if never
     */
    public @Nullable LocalDate statusLastCheckedOn() {
        return statusLastCheckedOn;
    }

    /**
     * Returns whether this certificate is an enhanced check with every barred list given.
     *
     * @param needed the barred lists needed, not null
     * @return true when enhanced and checked against every list in {@code needed}
     * @throws InvalidValueException if {@code needed} is null
     */
    public boolean covers(Set<BarredList> needed) {
        Checks.CORE.notNull(needed, "needed");
        return level == DbsLevel.ENHANCED && barredListsChecked.containsAll(needed);
    }

    @Override
    public LocalDate evidenceDate() {
        return issuedOn;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DbsCertificate d && d.certificateNumber.equals(certificateNumber) && d.level == level
                && d.barredListsChecked.equals(barredListsChecked) && d.issuedOn.equals(issuedOn)
                && d.updateServiceSubscribed == updateServiceSubscribed
                && Objects.equals(d.statusLastCheckedOn, statusLastCheckedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(certificateNumber, level, barredListsChecked, issuedOn, updateServiceSubscribed,
                statusLastCheckedOn);
    }

    @Override
    public String toString() {
        return "DbsCertificate[" + level + " " + barredListsChecked + ", issued " + issuedOn
                + (updateServiceSubscribed ? ", Update Service" : "") + "]";
    }

    /** Builds a {@link DbsCertificate}. Mutable and not thread-safe; {@link #build} validates. */
    public static final class Builder {

        private final String certificateNumber;
        private final DbsLevel level;
        private final LocalDate issuedOn;
        private final Set<BarredList> barredLists = EnumSet.noneOf(BarredList.class);
        private boolean updateServiceSubscribed;
        private @Nullable LocalDate statusLastCheckedOn;

        private Builder(String certificateNumber, DbsLevel level, LocalDate issuedOn) {
            this.certificateNumber = certificateNumber;
            this.level = level;
            this.issuedOn = issuedOn;
        }

        /**
         * Adds barred lists checked (enhanced certificates only).
         *
         * @param lists the lists, not null, none null
         * @return this builder
         * @throws InvalidValueException if {@code lists} is null or holds null
         */
        public Builder barredListsChecked(BarredList... lists) {
            Checks.CORE.notNull(lists, "dbsCertificate.barredListsChecked");
            barredLists.addAll(Checks.CORE.list(java.util.Arrays.asList(lists), 100, "dbsCertificate.barredListsChecked"));
            return this;
        }

        /**
         * Records that the PA subscribes to the DBS Update Service.
         *
         * @return this builder
         */
        public Builder subscribedToUpdateService() {
            this.updateServiceSubscribed = true;
            return this;
        }

        /**
         * Records the employer's last status check on the Update Service (implies a subscription).
         *
         * @param date the date, a supported date on or after the issue date, not null
         * @return this builder
         * @throws InvalidValueException if {@code date} is null, unsupported or before the issue date
         */
        public Builder statusLastCheckedOn(LocalDate date) {
            Checks.CORE.date(date, "dbsCertificate.statusLastCheckedOn");
            if (date.isBefore(issuedOn)) {
                throw new InvalidValueException("dbsCertificate.statusLastCheckedOn", "on or after issuedOn " + issuedOn,
                        date);
            }
            this.statusLastCheckedOn = date;
            this.updateServiceSubscribed = true;
            return this;
        }

        /**
         * Validates and builds the certificate. The builder is unchanged.
         *
         * @return the certificate, not null
         * @throws InvalidValueException if a barred list is checked below enhanced level
         */
        public DbsCertificate build() {
            if (level != DbsLevel.ENHANCED && !barredLists.isEmpty()) {
                throw new InvalidValueException("dbsCertificate.level", "ENHANCED when a barred list is checked", level);
            }
            return new DbsCertificate(this);
        }
    }
}
