package org.carebudget.core.employment;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PaySchedule;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one personal assistant's employment as compliance rules read it: employer, PA, how the PA is related
 * to the person cared for and to the employer, funding, terms, and the evidence and pay records kept. Evidence and
 * pay records are kept in a canonical order (by date, then by value), so two snapshots built from the same records in
 * any order are equal in everything the rules see. Built by {@link #builder}; immutable and thread-safe.
 */
public final class Employment {

    /** The most evidence and pay records one employment holds. */
    public static final int MAX_RECORDS = 1_000_000;

    private static final Comparator<Evidence> ORDER =
            Comparator.comparing(Evidence::evidenceDate).thenComparing(Object::toString);

    /** The kinds of evidence kept in their own lists, in the order of {@link #byKind}'s buckets. */
    private static final List<Class<? extends Evidence>> KINDS = List.of(RightToWorkCheck.class, DbsCertificate.class,
            EmployersLiabilityInsurance.class, WrittenStatement.class, PayeRegistration.class, PensionEnrolment.class,
            PensionPostponement.class, FunderApproval.class, WorkingTimeOptOut.class, SicknessAbsence.class,
            HolidayRecord.class);

    private final Employer employer;
    private final PersonalAssistant personalAssistant;
    private final Relationship relationship;
    private final FamilyRelation employeeRelationToEmployer;
    private final FundingRegime fundingRegime;
    private final CareGroup careGroup;
    private final ChildrenActivity childrenActivity;
    private final CareDuties careDuties;
    private final DateRange period;
    private final HoursPattern hoursPattern;
    private final Map<RateType, Gbp> payRates;
    private final PaySchedule paySchedule;
    private final int daysPerWeek;
    private final int holidayEntitlementTenthDays;
    private final MonthDay leaveYearStart;
    private final @Nullable DateRange apprenticeship;
    private final long averageWeeklyMinutes;
    private final List<Evidence> evidence;
    private final List<?>[] kinds;
    private final List<PayRecord> payRecords;

    private Employment(Builder b, List<Evidence> evidence, List<PayRecord> payRecords) {
        this.employer = b.employer;
        this.personalAssistant = b.personalAssistant;
        this.relationship = b.relationship;
        this.employeeRelationToEmployer = b.employeeRelationToEmployer != null ? b.employeeRelationToEmployer
                : b.employer.kind() == EmployerKind.BUDGET_HOLDER ? b.relationship.relation() : FamilyRelation.NONE;
        this.fundingRegime = b.fundingRegime;
        this.careGroup = b.careGroup;
        this.childrenActivity = b.childrenActivity;
        this.careDuties = b.careDuties;
        this.period = b.period;
        this.hoursPattern = b.hoursPattern;
        this.payRates = b.payRates.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(b.payRates));
        this.paySchedule = b.paySchedule;
        this.daysPerWeek = b.daysPerWeek;
        this.holidayEntitlementTenthDays = b.holidayEntitlementTenthDays;
        this.leaveYearStart = b.leaveYearStart != null ? b.leaveYearStart : MonthDay.from(b.period.start());
        this.apprenticeship = b.apprenticeship;
        this.averageWeeklyMinutes = b.averageWeeklyMinutes;
        this.evidence = evidence;
        this.kinds = byKind(evidence);
        this.payRecords = payRecords;
    }

    /**
     * Starts an employment.
     *
     * @param employer the employer, not null
     * @param personalAssistant the PA, not null, aged at least 16 on the first day
     * @param fundingRegime what pays the PA, not null
     * @param period the employment's dates (half-open; open-ended while it continues), supported dates, not null
     * @param paySchedule the pay reference periods, not null
     * @return a builder, not null; not thread-safe
     * @throws InvalidValueException if an argument is null or a date unsupported
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
     * Returns how the PA is related to the employer, which decides the close-family exemption from employers'
     * liability insurance (ELCIA 1969 s. 2(2)(a)). Unless set, it is the relation to the person cared for when the
     * budget holder employs, and none otherwise.
     *
     * @return the relation, {@link FamilyRelation#NONE} if none, not null
     */
    public FamilyRelation employeeRelationToEmployer() {
        return employeeRelationToEmployer;
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
     * Returns what the PA does with children (read where the care group includes children).
     *
     * @return the activity, not null
     */
    public ChildrenActivity childrenActivity() {
        return childrenActivity;
    }

    /**
     * Returns whether every duty is care and support for a person who needs it (for the Employment Allowance).
     *
     * @return the duties, not null
     */
    public CareDuties careDuties() {
        return careDuties;
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
     * @throws InvalidValueException if {@code date} is null
     */
    public boolean continuesOn(LocalDate date) {
        Checks.CORE.notNull(date, "date");
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
     * Returns the day and month each leave year starts (a relevant agreement's date, else the first day's
     * anniversary: Working Time Regulations 1998 reg. 13(3)).
     *
     * @return the start, not null
     */
    public MonthDay leaveYearStart() {
        return leaveYearStart;
    }

    /**
     * Returns the first day of the leave year containing a date: the latest leave-year start on or before it (29
     * February starts a leave year on 28 February in other years).
     *
     * @param date the date, a supported date, not null
     * @return the leave-year start, not null
     * @throws InvalidValueException if {@code date} is null or unsupported
     */
    public LocalDate leaveYearContaining(LocalDate date) {
        Checks.CORE.date(date, "date");
        LocalDate start = leaveYearStart.atYear(date.getYear());
        return start.isAfter(date) ? leaveYearStart.atYear(date.getYear() - 1) : start;
    }

    /**
     * Returns the dates of the PA's apprenticeship, if the PA is an apprentice on a statutory apprenticeship.
     *
     * @return the range, or null when not an apprentice
     */
    public @Nullable DateRange apprenticeship() {
        return apprenticeship;
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
        return kind(0);
    }

    /**
     * Returns the DBS certificates seen, oldest first.
     *
     * @return the certificates, unmodifiable, not null
     */
    public List<DbsCertificate> dbsCertificates() {
        return kind(1);
    }

    /**
     * Returns the employers' liability policies, by start date.
     *
     * @return the policies, unmodifiable, not null
     */
    public List<EmployersLiabilityInsurance> insurancePolicies() {
        return kind(2);
    }

    /**
     * Returns the written statements of particulars given, oldest first.
     *
     * @return the statements, unmodifiable, not null
     */
    public List<WrittenStatement> writtenStatements() {
        return kind(3);
    }

    /**
     * Returns the employer's PAYE registrations, oldest first.
     *
     * @return the registrations, unmodifiable, not null
     */
    public List<PayeRegistration> payeRegistrations() {
        return kind(4);
    }

    /**
     * Returns the workplace pension enrolments, oldest first.
     *
     * @return the enrolments, unmodifiable, not null
     */
    public List<PensionEnrolment> pensionEnrolments() {
        return kind(5);
    }

    /**
     * Returns the automatic enrolment postponement notices, oldest first.
     *
     * @return the notices, unmodifiable, not null
     */
    public List<PensionPostponement> pensionPostponements() {
        return kind(6);
    }

    /**
     * Returns the funders' approvals to pay a family member, oldest first.
     *
     * @return the approvals, unmodifiable, not null
     */
    public List<FunderApproval> funderApprovals() {
        return kind(7);
    }

    /**
     * Returns the working-time opt-outs, oldest first.
     *
     * @return the opt-outs, unmodifiable, not null
     */
    public List<WorkingTimeOptOut> workingTimeOptOuts() {
        return kind(8);
    }

    /**
     * Returns the recorded sickness absences, oldest first.
     *
     * @return the absences, unmodifiable, not null
     */
    public List<SicknessAbsence> sicknessAbsences() {
        return kind(9);
    }

    /**
     * Returns the records of annual leave and holiday pay, by the date made.
     *
     * @return the records, unmodifiable, not null
     */
    public List<HolidayRecord> holidayRecords() {
        return kind(10);
    }

    /**
     * Returns the pay records, by period start.
     *
     * @return the records, unmodifiable, not null
     */
    public List<PayRecord> payRecords() {
        return payRecords;
    }

    @SuppressWarnings("unchecked")
    private <E> List<E> kind(int index) {
        return (List<E>) kinds[index];
    }

    @Override
    public String toString() {
        return "Employment[" + employer.id() + ", " + personalAssistant.id() + ", " + period + "]";
    }

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

    /** Builds an {@link Employment}. Mutable and not thread-safe; {@link #build} validates and copies. */
    public static final class Builder {

        private final Employer employer;
        private final PersonalAssistant personalAssistant;
        private final FundingRegime fundingRegime;
        private final DateRange period;
        private final PaySchedule paySchedule;
        private Relationship relationship = Relationship.UNRELATED;
        private @Nullable FamilyRelation employeeRelationToEmployer;
        private CareGroup careGroup = CareGroup.ADULTS;
        private ChildrenActivity childrenActivity = ChildrenActivity.PERSONAL_OR_HEALTH_CARE;
        private CareDuties careDuties = CareDuties.NOT_RECORDED;
        private HoursPattern hoursPattern = HoursPattern.REGULAR;
        private Map<RateType, Gbp> payRates = Map.of();
        private int daysPerWeek = 5;
        private int holidayEntitlementTenthDays = 280;
        private @Nullable MonthDay leaveYearStart;
        private @Nullable DateRange apprenticeship;
        private long averageWeeklyMinutes;
        private final List<Evidence> evidence = new ArrayList<>();
        private final List<PayRecord> payRecords = new ArrayList<>();

        private Builder(@Nullable Employer employer, @Nullable PersonalAssistant personalAssistant,
                @Nullable FundingRegime fundingRegime, @Nullable DateRange period, @Nullable PaySchedule paySchedule) {
            this.employer = Checks.CORE.notNull(employer, "employer");
            this.personalAssistant = Checks.CORE.notNull(personalAssistant, "personalAssistant");
            this.fundingRegime = Checks.CORE.notNull(fundingRegime, "fundingRegime");
            this.period = supported(period, "period");
            this.paySchedule = Checks.CORE.notNull(paySchedule, "paySchedule");
            Checks.CORE.date(paySchedule.anchor(), "paySchedule.anchor");
        }

        private static DateRange supported(@Nullable DateRange range, String field) {
            Checks.CORE.notNull(range, field);
            Checks.CORE.date(range.start(), field);
            range.end().ifPresent(end -> Checks.CORE.date(end, field));
            return range;
        }

        /**
         * Sets how the PA is related to the person cared for (default: unrelated, not in the same household).
         *
         * @param value the relationship, not null
         * @return this builder
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder relationship(Relationship value) {
            this.relationship = Checks.CORE.notNull(value, "relationship");
            return this;
        }

        /**
         * Sets how the PA is related to the employer (default: as to the person cared for when the budget holder
         * employs, else none).
         *
         * @param value the relation, not null
         * @return this builder
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder employeeRelationToEmployer(FamilyRelation value) {
            this.employeeRelationToEmployer = Checks.CORE.notNull(value, "employeeRelationToEmployer");
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
            this.careGroup = Checks.CORE.notNull(value, "careGroup");
            return this;
        }

        /**
         * Sets what the PA does with children (default: personal or health care).
         *
         * @param value the activity, not null
         * @return this builder
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder childrenActivity(ChildrenActivity value) {
            this.childrenActivity = Checks.CORE.notNull(value, "childrenActivity");
            return this;
        }

        /**
         * Sets whether every duty is care and support for a person who needs it (default: not recorded).
         *
         * @param value the duties, not null
         * @return this builder
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder careDuties(CareDuties value) {
            this.careDuties = Checks.CORE.notNull(value, "careDuties");
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
            this.hoursPattern = Checks.CORE.notNull(value, "hoursPattern");
            return this;
        }

        /**
         * Sets the hourly rate for a rate type.
         *
         * @param type the rate type, not null
         * @param hourly the hourly rate, £0 - £10,000
         * @return this builder
         * @throws InvalidValueException if an argument is null or the rate out of range
         */
        public Builder payRate(RateType type, Gbp hourly) {
            Checks.CORE.notNull(type, "payRate.type");
            Checks.CORE.notNull(hourly, "payRate." + type);
            if (hourly.isNegative() || hourly.pence() > 1_000_000) {
                throw new InvalidValueException("payRate." + type, "£0.00 - £10000.00", hourly);
            }
            if (payRates.isEmpty()) {
                payRates = new EnumMap<>(RateType.class);
            }
            payRates.put(type, hourly);
            return this;
        }

        /**
         * Sets the regular-hours working week and contractual annual leave (default: 5 days, 28 days' leave).
         *
         * @param days days worked a week, 1 - 7
         * @param entitlementTenthDays annual leave in tenths of a day, 0 - 3660
         * @return this builder
         * @throws InvalidValueException if a value is out of range
         */
        public Builder regularHoliday(int days, int entitlementTenthDays) {
            Checks.CORE.inRange(days, 1, 7, "daysPerWeek");
            Checks.CORE.inRange(entitlementTenthDays, 0, 3660, "holidayEntitlementTenthDays");
            this.daysPerWeek = days;
            this.holidayEntitlementTenthDays = entitlementTenthDays;
            return this;
        }

        /**
         * Sets the day each leave year starts (default: the first day's anniversary).
         *
         * @param value the day and month, not null
         * @return this builder
         * @throws InvalidValueException if {@code value} is null
         */
        public Builder leaveYearStart(MonthDay value) {
            this.leaveYearStart = Checks.CORE.notNull(value, "leaveYearStart");
            return this;
        }

        /**
         * Records that the PA is an apprentice on a statutory apprenticeship.
         *
         * @param dates the apprenticeship's dates (open-ended while it continues), supported dates, not null
         * @return this builder
         * @throws InvalidValueException if {@code dates} is null or a date unsupported
         */
        public Builder apprenticeship(DateRange dates) {
            this.apprenticeship = supported(dates, "apprenticeship");
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
            this.averageWeeklyMinutes = Checks.CORE.inRange(minutes, 0, 7 * 24 * 60, "averageWeeklyMinutes");
            return this;
        }

        /**
         * Adds evidence records; pay records among them are kept as pay records.
         *
         * @param records the records, not null, none null
         * @return this builder
         * @throws InvalidValueException if {@code records} is null, holds null, or there would be too many records
         */
        public Builder evidence(Evidence... records) {
            Checks.CORE.notNull(records, "evidence");
            return evidence(Arrays.asList(records));
        }

        /**
         * Adds evidence records; pay records among them are kept as pay records. Nothing is added if any is refused.
         *
         * @param records the records, not null, none null
         * @return this builder
         * @throws InvalidValueException if {@code records} is null, holds null, or there would be more than
         *     {@value Employment#MAX_RECORDS} records
         */
        public Builder evidence(List<? extends Evidence> records) {
            int room = MAX_RECORDS - evidence.size() - payRecords.size();
            List<Evidence> checked = Checks.CORE.list(records, room, "evidence");
            for (Evidence e : checked) {
                if (e instanceof PayRecord pay) {
                    payRecords.add(pay);
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
