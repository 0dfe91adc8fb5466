package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PaySchedule;

/**
 * A snapshot of one personal assistant's employment: employer, PA, relationship, funding, terms, and the
 * evidence and pay records kept, as compliance rules read it. Evidence and pay records are kept in a canonical
 * order (by date, then by value), so two snapshots built from the same records in any order are equal in
 * everything the rules see. Immutable and thread-safe; build one with {@link #builder}.
 */
public final class Employment {

    private static final Comparator<Evidence> ORDER =
            Comparator.comparing(Evidence::evidenceDate).thenComparing(Object::toString);

    private final Employer employer;
    private final PersonalAssistant personalAssistant;
    private final Relationship relationship;
    private final FundingRegime fundingRegime;
    private final CareGroup careGroup;
    private final DateRange period;
    private final HoursPattern hoursPattern;
    private final Map<RateType, Gbp> payRates;
    private final PaySchedule paySchedule;
    private final int daysPerWeek;
    private final int holidayEntitlementTenthDays;
    private final LocalDate apprenticeshipStart;
    private final long averageWeeklyMinutes;
    private final List<Evidence> evidence;
    private final List<RightToWorkCheck> rightToWorkChecks;
    private final List<DbsCertificate> dbsCertificates;
    private final List<EmployersLiabilityInsurance> insurancePolicies;
    private final List<WrittenStatement> writtenStatements;
    private final List<PayeRegistration> payeRegistrations;
    private final List<PensionEnrolment> pensionEnrolments;
    private final List<FunderApproval> funderApprovals;
    private final List<WorkingTimeOptOut> optOuts;
    private final List<PayRecord> payRecords;

    private Employment(Builder b, List<Evidence> evidence, List<PayRecord> payRecords) {
        this.employer = b.employer;
        this.personalAssistant = b.personalAssistant;
        this.relationship = b.relationship;
        this.fundingRegime = b.fundingRegime;
        this.careGroup = b.careGroup;
        this.period = b.period;
        this.hoursPattern = b.hoursPattern;
        this.payRates = b.payRates.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(b.payRates));
        this.paySchedule = b.paySchedule;
        this.daysPerWeek = b.daysPerWeek;
        this.holidayEntitlementTenthDays = b.holidayEntitlementTenthDays;
        this.apprenticeshipStart = b.apprenticeshipStart;
        this.averageWeeklyMinutes = b.averageWeeklyMinutes;
        this.evidence = evidence;
        List<?>[] kinds = byKind(evidence);
        this.rightToWorkChecks = typed(kinds[0]);
        this.dbsCertificates = typed(kinds[1]);
        this.insurancePolicies = typed(kinds[2]);
        this.writtenStatements = typed(kinds[3]);
        this.payeRegistrations = typed(kinds[4]);
        this.pensionEnrolments = typed(kinds[5]);
        this.funderApprovals = typed(kinds[6]);
        this.optOuts = typed(kinds[7]);
        this.payRecords = payRecords;
    }

    /**
     * Starts building an employment.
     *
     * @param employer the employer, not null
     * @param personalAssistant the PA, not null, aged at least 16 on the first day
     * @param fundingRegime what pays the PA, not null
     * @param period the employment's dates (half-open; open-ended while it continues), not null
     * @param paySchedule the pay reference periods, not null
     * @return a builder, not null; not thread-safe
     */
    public static Builder builder(Employer employer, PersonalAssistant personalAssistant, FundingRegime fundingRegime,
            DateRange period, PaySchedule paySchedule) {
        return new Builder(employer, personalAssistant, fundingRegime, period, paySchedule);
    }

    /**
     * Returns the employer.
     *
     * @return the employer, not null
     */
    public Employer employer() {
        return employer;
    }

    /**
     * Returns the personal assistant.
     *
     * @return the PA, not null
     */
    public PersonalAssistant personalAssistant() {
        return personalAssistant;
    }

    /**
     * Returns how the PA is related to the person cared for.
     *
     * @return the relationship, not null
     */
    public Relationship relationship() {
        return relationship;
    }

    /**
     * Returns what pays the PA.
     *
     * @return the funding regime, not null
     */
    public FundingRegime fundingRegime() {
        return fundingRegime;
    }

    /**
     * Returns whom the PA cares for.
     *
     * @return the care group, not null
     */
    public CareGroup careGroup() {
        return careGroup;
    }

    /**
     * Returns the employment's dates.
     *
     * @return the half-open range, open-ended while the employment continues, not null
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns the first day of employment.
     *
     * @return the date, not null
     */
    public LocalDate firstDay() {
        return period.start();
    }

    /**
     * Returns whether the employment has not ended by a date.
     *
     * @param date the date, not null
     * @return true when open-ended or ending after {@code date}
     */
    public boolean continuesOn(LocalDate date) {
        return period.isOpenEnded() || date.isBefore(period.end().orElseThrow());
    }

    /**
     * Returns how the PA's hours are arranged.
     *
     * @return the pattern, not null
     */
    public HoursPattern hoursPattern() {
        return hoursPattern;
    }

    /**
     * Returns the hourly pay rates by rate type.
     *
     * @return the rates, unmodifiable, possibly empty, not null
     */
    public Map<RateType, Gbp> payRates() {
        return payRates;
    }

    /**
     * Returns the pay schedule.
     *
     * @return the schedule, not null
     */
    public PaySchedule paySchedule() {
        return paySchedule;
    }

    /**
     * Returns the days a week a regular-hours PA works.
     *
     * @return 1 - 7
     */
    public int daysPerWeek() {
        return daysPerWeek;
    }

    /**
     * Returns the annual leave the contract gives, in tenths of a day (280 = 28 days).
     *
     * @return 0 - 3660
     */
    public int holidayEntitlementTenthDays() {
        return holidayEntitlementTenthDays;
    }

    /**
     * Returns the first day of an apprenticeship, if the PA is an apprentice.
     *
     * @return the date, or null when not an apprentice
     */
    public LocalDate apprenticeshipStart() {
        return apprenticeshipStart;
    }

    /**
     * Returns the PA's average weekly working time over the reference period, as measured by rostering.
     *
     * @return minutes, 0 - 10080
     */
    public long averageWeeklyMinutes() {
        return averageWeeklyMinutes;
    }

    /**
     * Returns all evidence other than pay records, by date then value.
     *
     * @return the evidence, unmodifiable, not null
     */
    public List<Evidence> evidence() {
        return evidence;
    }

    /**
     * Returns the right-to-work checks, oldest first.
     *
     * @return the checks, unmodifiable, not null
     */
    public List<RightToWorkCheck> rightToWorkChecks() {
        return rightToWorkChecks;
    }

    /**
     * Returns the DBS certificates seen, oldest first.
     *
     * @return the certificates, unmodifiable, not null
     */
    public List<DbsCertificate> dbsCertificates() {
        return dbsCertificates;
    }

    /**
     * Returns the employers' liability policies, by start date.
     *
     * @return the policies, unmodifiable, not null
     */
    public List<EmployersLiabilityInsurance> insurancePolicies() {
        return insurancePolicies;
    }

    /**
     * Returns the written statements of particulars given, oldest first.
     *
     * @return the statements, unmodifiable, not null
     */
    public List<WrittenStatement> writtenStatements() {
        return writtenStatements;
    }

    /**
     * Returns the employer's PAYE registrations, oldest first.
     *
     * @return the registrations, unmodifiable, not null
     */
    public List<PayeRegistration> payeRegistrations() {
        return payeRegistrations;
    }

    /**
     * Returns the workplace pension enrolments, oldest first.
     *
     * @return the enrolments, unmodifiable, not null
     */
    public List<PensionEnrolment> pensionEnrolments() {
        return pensionEnrolments;
    }

    /**
     * Returns the funders' approvals to pay a family member, oldest first.
     *
     * @return the approvals, unmodifiable, not null
     */
    public List<FunderApproval> funderApprovals() {
        return funderApprovals;
    }

    /**
     * Returns the working-time opt-outs, oldest first.
     *
     * @return the opt-outs, unmodifiable, not null
     */
    public List<WorkingTimeOptOut> workingTimeOptOuts() {
        return optOuts;
    }

    /**
     * Returns the pay records, by period start.
     *
     * @return the records, unmodifiable, not null
     */
    public List<PayRecord> payRecords() {
        return payRecords;
    }

    @Override
    public String toString() {
        return "Employment[" + employer.id() + ", " + personalAssistant.id() + ", " + period + "]";
    }

    /** The kinds of evidence kept in their own lists, in the order of {@link #byKind}'s buckets. */
    private static final List<Class<? extends Evidence>> KINDS = List.of(RightToWorkCheck.class, DbsCertificate.class,
            EmployersLiabilityInsurance.class, WrittenStatement.class, PayeRegistration.class, PensionEnrolment.class,
            FunderApproval.class, WorkingTimeOptOut.class);

    /** Splits evidence into one list per kind in {@link #KINDS}, in one pass, keeping the order. */
    private static List<?>[] byKind(List<Evidence> all) {
        List<?>[] kinds = new List<?>[KINDS.size()];
        Object[][] buckets = new Object[KINDS.size()][];
        int[] sizes = new int[KINDS.size()];
        for (Evidence e : all) {
            for (int k = 0; k < KINDS.size(); k++) {
                if (KINDS.get(k).isInstance(e)) {
                    if (buckets[k] == null) {
                        buckets[k] = new Object[all.size()];
                    }
                    buckets[k][sizes[k]++] = e;
                    break;
                }
            }
        }
        for (int k = 0; k < kinds.length; k++) {
            kinds[k] = sizes[k] == 0 ? List.of() : List.of(Arrays.copyOf(buckets[k], sizes[k]));
        }
        return kinds;
    }

    @SuppressWarnings("unchecked")
    private static <E> List<E> typed(List<?> list) {
        return (List<E>) list;
    }

    /** Builds an {@link Employment}. Mutable and not thread-safe; {@link #build} validates and copies. */
    public static final class Builder {

        private final Employer employer;
        private final PersonalAssistant personalAssistant;
        private final FundingRegime fundingRegime;
        private final DateRange period;
        private final PaySchedule paySchedule;
        private Relationship relationship = Relationship.UNRELATED;
        private CareGroup careGroup = CareGroup.ADULTS;
        private HoursPattern hoursPattern = HoursPattern.REGULAR;
        private Map<RateType, Gbp> payRates = Map.of();
        private int daysPerWeek = 5;
        private int holidayEntitlementTenthDays = 280;
        private LocalDate apprenticeshipStart;
        private long averageWeeklyMinutes;
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<PayRecord> payRecords = new ArrayList<>();

        private Builder(Employer employer, PersonalAssistant personalAssistant, FundingRegime fundingRegime,
                DateRange period, PaySchedule paySchedule) {
            this.employer = InvalidValueException.requireNonNull(employer, "employer");
            this.personalAssistant = InvalidValueException.requireNonNull(personalAssistant, "personalAssistant");
            this.fundingRegime = InvalidValueException.requireNonNull(fundingRegime, "fundingRegime");
            this.period = InvalidValueException.requireNonNull(period, "period");
            this.paySchedule = InvalidValueException.requireNonNull(paySchedule, "paySchedule");
        }

        /**
         * Sets the relationship (default: unrelated, not in the same household).
         *
         * @param value the relationship, not null
         * @return this builder
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder relationship(Relationship value) {
            this.relationship = InvalidValueException.requireNonNull(value, "relationship");
            return this;
        }

        /**
         * Sets whom the PA cares for (default: adults).
         *
         * @param value the care group, not null
         * @return this builder
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder careGroup(CareGroup value) {
            this.careGroup = InvalidValueException.requireNonNull(value, "careGroup");
            return this;
        }

        /**
         * Sets the hours pattern (default: regular).
         *
         * @param value the pattern, not null
         * @return this builder
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder hoursPattern(HoursPattern value) {
            this.hoursPattern = InvalidValueException.requireNonNull(value, "hoursPattern");
            return this;
        }

        /**
         * Sets the hourly rate for a rate type.
         *
         * @param type the rate type, not null
         * @param hourly the hourly rate, zero or more
         * @return this builder
         * @throws InvalidValueException if an argument is null or the rate negative
         */
        public Builder payRate(RateType type, Gbp hourly) {
            InvalidValueException.requireNonNull(type, "payRate.type");
            InvalidValueException.requireNonNull(hourly, "payRate." + type);
            if (hourly.isNegative()) {
                throw new InvalidValueException("payRate." + type, "£0.00 or more", hourly);
            }
            if (payRates.isEmpty()) {
                payRates = new EnumMap<>(RateType.class);
            }
            payRates.put(type, hourly);
            return this;
        }

        /**
         * Sets the regular-hours working pattern and contractual annual leave (default: 5 days, 28 days' leave).
         *
         * @param days days worked a week, 1 - 7
         * @param entitlementTenthDays annual leave in tenths of a day, 0 - 3660
         * @return this builder
         * @throws InvalidValueException if a value is out of range
         */
        public Builder holiday(int days, int entitlementTenthDays) {
            InvalidValueException.requireInRange(days, 1, 7, "daysPerWeek");
            InvalidValueException.requireInRange(entitlementTenthDays, 0, 3660, "holidayEntitlementTenthDays");
            this.daysPerWeek = days;
            this.holidayEntitlementTenthDays = entitlementTenthDays;
            return this;
        }

        /**
         * Marks the PA as an apprentice from a date.
         *
         * @param start the first day of the apprenticeship, not null
         * @return this builder
         * @throws InvalidValueException if {@code start} is null
         */
        public Builder apprenticeshipStart(LocalDate start) {
            this.apprenticeshipStart = InvalidValueException.requireNonNull(start, "apprenticeshipStart");
            return this;
        }

        /**
         * Sets the average weekly working time over the reference period (measured by rostering).
         *
         * @param minutes minutes a week, 0 - 10080
         * @return this builder
         * @throws InvalidValueException if out of range
         */
        public Builder averageWeeklyMinutes(long minutes) {
            this.averageWeeklyMinutes = InvalidValueException.requireInRange(minutes, 0, 7 * 24 * 60,
                    "averageWeeklyMinutes");
            return this;
        }

        /**
         * Adds evidence records; pay records among them are kept as pay records.
         *
         * @param records the records, not null, none null
         * @return this builder
         * @throws InvalidValueException if an argument is null
         */
        public Builder evidence(Evidence... records) {
            InvalidValueException.requireNonNull(records, "evidence");
            return evidence(List.of(records));
        }

        /**
         * Adds evidence records; pay records among them are kept as pay records.
         *
         * @param records the records, not null, none null
         * @return this builder
         * @throws InvalidValueException if an argument is null or holds null
         */
        public Builder evidence(List<? extends Evidence> records) {
            InvalidValueException.requireNonNull(records, "evidence");
            for (Evidence e : records) {
                InvalidValueException.requireNonNull(e, "evidence[]");
                if (e instanceof PayRecord) {
                    payRecords.add((PayRecord) e);
                } else {
                    evidence.add(e);
                }
            }
            return this;
        }

        /**
         * Validates and builds the employment. The builder is unchanged and may build again.
         *
         * @return the employment, not null
         * @throws InvalidValueException if the PA is under 16 on the first day, or a pay record is for another pay
         *     schedule, outside the employment, or for the same period as another
         */
        public Employment build() {
            LocalDate first = period.start();
            LocalDate latestBirth = first.minusYears(16);
            if (personalAssistant.dateOfBirth().isAfter(latestBirth)) {
                throw new InvalidValueException("personalAssistant.dateOfBirth",
                        "on or before " + latestBirth + " (16 or over on the first day " + first + ")",
                        personalAssistant.dateOfBirth().getYear() + "-**-**");
            }
            List<Evidence> sortedEvidence = new ArrayList<>(evidence);
            sortedEvidence.sort(ORDER);
            List<PayRecord> sortedPay = new ArrayList<>(payRecords);
            sortedPay.sort(Comparator.comparing(PayRecord::evidenceDate));
            for (int i = 0; i < sortedPay.size(); i++) {
                PayRecord record = sortedPay.get(i);
                if (!record.period().schedule().equals(paySchedule)) {
                    throw new InvalidValueException("payRecord.period", "a period of " + paySchedule,
                            record.period().range());
                }
                if (!record.period().range().overlaps(period)) {
                    throw new InvalidValueException("payRecord.period", "a period overlapping the employment " + period,
                            record.period().range());
                }
                if (i > 0 && sortedPay.get(i - 1).period().equals(record.period())) {
                    throw new InvalidValueException("payRecord.period", "one pay record per period",
                            record.period().range());
                }
            }
            return new Employment(this, List.copyOf(sortedEvidence), List.copyOf(sortedPay));
        }
    }
}
