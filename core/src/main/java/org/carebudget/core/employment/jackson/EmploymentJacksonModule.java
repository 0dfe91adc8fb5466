package org.carebudget.core.employment.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.carebudget.core.employment.BarredList;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.DbsCertificate;
import org.carebudget.core.employment.DbsLevel;
import org.carebudget.core.employment.EmployersLiabilityInsurance;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.FunderApproval;
import org.carebudget.core.employment.HolidayRecord;
import org.carebudget.core.employment.HolidayRecordContent;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.MissingFigures;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PayeRegistration;
import org.carebudget.core.employment.PensionEnrolment;
import org.carebudget.core.employment.PensionPostponement;
import org.carebudget.core.employment.PensionTaxRelief;
import org.carebudget.core.employment.Reference;
import org.carebudget.core.employment.RightToWorkCheck;
import org.carebudget.core.employment.RightToWorkCheckMethod;
import org.carebudget.core.employment.SicknessAbsence;
import org.carebudget.core.employment.WorkingTimeOptOut;
import org.carebudget.core.employment.WrittenStatement;
import org.carebudget.core.employment.rules.EmployerNiCalculation;
import org.carebudget.core.employment.rules.HolidayAccrual;
import org.carebudget.core.employment.rules.LeaveEntitlementCheck;
import org.carebudget.core.employment.rules.MinimumWageCheck;
import org.carebudget.core.employment.rules.PayeThresholdCheck;
import org.carebudget.core.employment.rules.PensionAssessment;
import org.carebudget.core.employment.rules.PensionContributionCheck;
import org.carebudget.core.employment.rules.RateBelowMinimum;
import org.carebudget.core.employment.rules.RolledUpHolidayPayCheck;
import org.carebudget.core.employment.rules.SickPayEntitlement;
import org.carebudget.core.employment.rules.WeeklyHoursOverLimit;
import org.carebudget.core.figures.DatedFigures;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.EmployersLiabilityFigures;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.PensionBand;
import org.carebudget.core.figures.PensionThresholds;
import org.carebudget.core.figures.SickPay;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.WorkingTimeLimits;
import org.carebudget.core.figures.WrittenStatementContent;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PayReferencePeriod;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;

/**
 * Jackson support for PA employment compliance: evidence, findings with their typed figures, and the UK figures rows
 * they are checked against. Each polymorphic type is written with a {@code "type"} property naming its kind, never a
 * class name: {@link Evidence} ({@code "right-to-work-check"}, {@code "dbs-certificate"},
 * {@code "employers-liability-insurance"}, {@code "written-statement"}, {@code "reference"},
 * {@code "paye-registration"}, {@code "pension-enrolment"}, {@code "pension-postponement"},
 * {@code "funder-approval"}, {@code "working-time-opt-out"}, {@code "pay-record"}, {@code "sickness-absence"},
 * {@code "holiday-record"}), {@link ComplianceFigures} ({@code "minimum-wage-check"}, {@code "employer-ni-calculation"},
 * ...) and {@link DatedFigures} ({@code "minimum-wage"}, {@code "employer-costs"}, ...); no subtype has a property of
 * that name. A vendor's own evidence type is added with {@code registerSubtypes(new NamedType(type, name))}.
 *
 * <p>Final classes are written as their named fields and read back through their factories and builders, so every
 * read is validated and an invalid value fails with the domain's message (a name shows its length only); unknown
 * properties are refused. A finding leaves out a missing {@code actBefore}, amount or figures. Identifiers, dates and
 * money are text, from {@code CoreJacksonModule}, which must be registered too. Found by
 * {@code ObjectMapper.findAndRegisterModules()} on the class path; on the module path register it yourself.
 * Thread-safe once registered.
 */
public class EmploymentJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private static final java.lang.reflect.Type EVIDENCE_LIST = new TypeReference<List<Evidence>>() { }.getType();
    private static final java.lang.reflect.Type BARRED_LISTS = new TypeReference<Set<BarredList>>() { }.getType();
    private static final java.lang.reflect.Type DAYS = new TypeReference<Set<DayOfWeek>>() { }.getType();
    private static final java.lang.reflect.Type CONTENTS =
            new TypeReference<Set<HolidayRecordContent>>() { }.getType();

    /** Creates the module. */
    public EmploymentJacksonModule() {
        super("carebudget-employment", Version.unknownVersion());
        setMixInAnnotation(Evidence.class, TypedMixIn.class);
        setMixInAnnotation(ComplianceFigures.class, TypedMixIn.class);
        setMixInAnnotation(DatedFigures.class, TypedMixIn.class);
        registerSubtypes(new NamedType(RightToWorkCheck.class, "right-to-work-check"),
                new NamedType(DbsCertificate.class, "dbs-certificate"),
                new NamedType(EmployersLiabilityInsurance.class, "employers-liability-insurance"),
                new NamedType(WrittenStatement.class, "written-statement"),
                new NamedType(Reference.class, "reference"),
                new NamedType(PayeRegistration.class, "paye-registration"),
                new NamedType(PensionEnrolment.class, "pension-enrolment"),
                new NamedType(PensionPostponement.class, "pension-postponement"),
                new NamedType(FunderApproval.class, "funder-approval"),
                new NamedType(WorkingTimeOptOut.class, "working-time-opt-out"),
                new NamedType(PayRecord.class, "pay-record"),
                new NamedType(SicknessAbsence.class, "sickness-absence"),
                new NamedType(HolidayRecord.class, "holiday-record"));
        registerSubtypes(new NamedType(MinimumWageCheck.class, "minimum-wage-check"),
                new NamedType(RateBelowMinimum.class, "rate-below-minimum"),
                new NamedType(HolidayAccrual.class, "holiday-accrual"),
                new NamedType(RolledUpHolidayPayCheck.class, "rolled-up-holiday-pay-check"),
                new NamedType(LeaveEntitlementCheck.class, "leave-entitlement-check"),
                new NamedType(PensionAssessment.class, "pension-assessment"),
                new NamedType(PensionContributionCheck.class, "pension-contribution-check"),
                new NamedType(EmployerNiCalculation.class, "employer-ni-calculation"),
                new NamedType(PayeThresholdCheck.class, "paye-threshold-check"),
                new NamedType(SickPayEntitlement.class, "sick-pay-entitlement"),
                new NamedType(WeeklyHoursOverLimit.class, "weekly-hours-over-limit"),
                new NamedType(MissingFigures.class, "missing-figures"));
        registerSubtypes(new NamedType(MinimumWage.class, "minimum-wage"),
                new NamedType(EmployerCosts.class, "employer-costs"),
                new NamedType(PensionThresholds.class, "pension-thresholds"),
                new NamedType(SickPay.class, "sick-pay"),
                new NamedType(HolidayFigures.class, "holiday"),
                new NamedType(EmployersLiabilityFigures.class, "employers-liability"),
                new NamedType(WorkingTimeLimits.class, "working-time-limits"),
                new NamedType(WrittenStatementContent.class, "written-statement-content"));
        evidence();
        findings();
        figures();
    }

    /** Names the subtype in a {@code "type"} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface TypedMixIn {
    }

    private void evidence() {
        Codec.of(RightToWorkCheck.class)
                .field("method", RightToWorkCheckMethod.class, RightToWorkCheck::method)
                .field("checkedOn", LocalDate.class, RightToWorkCheck::checkedOn)
                .optional("permissionEnds", LocalDate.class, RightToWorkCheck::permissionEnds)
                .read(f -> {
                    LocalDate ends = f.opt("permissionEnds");
                    return ends == null ? RightToWorkCheck.unlimited(f.get("method"), f.get("checkedOn"))
                            : RightToWorkCheck.timeLimited(f.get("method"), f.get("checkedOn"), ends.minusDays(1));
                }).addTo(this);
        Codec.of(DbsCertificate.class)
                .field("certificateNumber", String.class, DbsCertificate::certificateNumber)
                .field("level", DbsLevel.class, DbsCertificate::level)
                .field("barredListsChecked", BARRED_LISTS, DbsCertificate::barredListsChecked)
                .field("issuedOn", LocalDate.class, DbsCertificate::issuedOn)
                .field("updateServiceSubscribed", boolean.class, DbsCertificate::updateServiceSubscribed)
                .optional("statusLastCheckedOn", LocalDate.class, DbsCertificate::statusLastCheckedOn)
                .read(f -> {
                    DbsCertificate.Builder b = DbsCertificate.builder(f.get("certificateNumber"), f.get("level"),
                            f.get("issuedOn"));
                    Set<BarredList> lists = f.get("barredListsChecked");
                    b.barredListsChecked(lists.toArray(new BarredList[0]));
                    if (f.<Boolean>get("updateServiceSubscribed")) {
                        b.subscribedToUpdateService();
                    }
                    LocalDate checked = f.opt("statusLastCheckedOn");
                    if (checked != null) {
                        b.statusLastCheckedOn(checked);
                    }
                    return b.build();
                }).addTo(this);
        Codec.of(WrittenStatement.class)
                .field("givenOn", LocalDate.class, WrittenStatement::givenOn)
                .field("tradeUnionRightStatement", boolean.class, WrittenStatement::tradeUnionRightStatement)
                .read(f -> {
                    WrittenStatement s = WrittenStatement.givenOn(f.get("givenOn"));
                    return f.<Boolean>get("tradeUnionRightStatement") ? s.withTradeUnionRightStatement() : s;
                }).addTo(this);
        Codec.of(PensionEnrolment.class)
                .field("scheme", String.class, PensionEnrolment::scheme)
                .field("enrolledOn", LocalDate.class, PensionEnrolment::enrolledOn)
                .field("taxRelief", PensionTaxRelief.class, PensionEnrolment::taxRelief)
                .read(f -> f.get("taxRelief") == PensionTaxRelief.RELIEF_AT_SOURCE
                        ? PensionEnrolment.reliefAtSource(f.get("scheme"), f.get("enrolledOn"))
                        : PensionEnrolment.netPayArrangement(f.get("scheme"), f.get("enrolledOn"))).addTo(this);
        Codec.of(HoursWorked.class)
                .field("dayMinutes", long.class, HoursWorked::dayMinutes)
                .field("nightMinutes", long.class, HoursWorked::nightMinutes)
                .field("weekendMinutes", long.class, HoursWorked::weekendMinutes)
                .field("bankHolidayMinutes", long.class, HoursWorked::bankHolidayMinutes)
                .field("sleepInAwakeMinutes", long.class, HoursWorked::sleepInAwakeMinutes)
                .field("sleepInAsleepMinutes", long.class, HoursWorked::sleepInAsleepMinutes)
                .read(f -> HoursWorked.builder().dayMinutes(f.<Long>get("dayMinutes"))
                        .nightMinutes(f.<Long>get("nightMinutes")).weekendMinutes(f.<Long>get("weekendMinutes"))
                        .bankHolidayMinutes(f.<Long>get("bankHolidayMinutes"))
                        .sleepInAwakeMinutes(f.<Long>get("sleepInAwakeMinutes"))
                        .sleepInAsleepMinutes(f.<Long>get("sleepInAsleepMinutes")).build()).addTo(this);
        Codec.of(PayRecord.class)
                .field("schedule", PaySchedule.class, r -> r.period().schedule())
                .field("period", DateRange.class, r -> r.period().range())
                .field("paidOn", LocalDate.class, PayRecord::paidOn)
                .field("hours", HoursWorked.class, PayRecord::hours)
                .field("grossPay", Gbp.class, PayRecord::grossPay)
                .field("rolledUpHolidayPay", Gbp.class, PayRecord::rolledUpHolidayPay)
                .field("sickPay", Gbp.class, PayRecord::sickPay)
                .field("accommodationDays", int.class, PayRecord::accommodationDays)
                .field("accommodationCharge", Gbp.class, PayRecord::accommodationCharge)
                .field("holidayAccruedMinutes", long.class, PayRecord::holidayAccruedMinutes)
                .field("employerPension", Gbp.class, PayRecord::employerPension)
                .field("employeePension", Gbp.class, PayRecord::employeePension)
                .read(f -> PayRecord.builder(PayReferencePeriod.of(f.get("schedule"), f.get("period")), f.get("paidOn"),
                                f.get("hours"), f.get("grossPay"))
                        .rolledUpHolidayPay(f.get("rolledUpHolidayPay")).sickPay(f.get("sickPay"))
                        .accommodation(f.<Integer>get("accommodationDays"), f.get("accommodationCharge"))
                        .holidayAccruedMinutes(f.<Long>get("holidayAccruedMinutes"))
                        .pension(f.get("employerPension"), f.get("employeePension")).build()).addTo(this);
        Codec.of(SicknessAbsence.class)
                .field("days", DateRange.class, SicknessAbsence::days)
                .field("qualifyingDays", DAYS, SicknessAbsence::qualifyingDays)
                .field("averageWeeklyEarnings", Gbp.class, SicknessAbsence::averageWeeklyEarnings)
                .field("sickPayPaid", Gbp.class, SicknessAbsence::sickPayPaid)
                .read(f -> SicknessAbsence.builder(f.<DateRange>get("days"), f.<Set<DayOfWeek>>get("qualifyingDays"),
                        f.<Gbp>get("averageWeeklyEarnings")).sickPayPaid(f.get("sickPayPaid")).build()).addTo(this);
        Codec.of(HolidayRecord.class)
                .field("covers", DateRange.class, HolidayRecord::covers)
                .field("madeOn", LocalDate.class, HolidayRecord::madeOn)
                .field("shows", CONTENTS, HolidayRecord::shows)
                .optional("disposedOn", LocalDate.class, HolidayRecord::disposedOn)
                .read(f -> {
                    HolidayRecord.Builder b = HolidayRecord.builder(f.get("covers"), f.get("madeOn"));
                    Set<HolidayRecordContent> shows = f.get("shows");
                    b.showing(shows.toArray(new HolidayRecordContent[0]));
                    LocalDate disposed = f.opt("disposedOn");
                    if (disposed != null) {
                        b.disposedOn(disposed);
                    }
                    return b.build();
                }).addTo(this);
    }

    private void findings() {
        Codec.of(ComplianceFinding.class)
                .field("ruleId", String.class, ComplianceFinding::ruleId)
                .field("severity", ComplianceSeverity.class, ComplianceFinding::severity)
                .field("message", String.class, ComplianceFinding::message)
                .field("source", Source.class, ComplianceFinding::source)
                .optional("actBefore", LocalDate.class, ComplianceFinding::actBefore)
                .field("evidence", EVIDENCE_LIST, ComplianceFinding::evidence)
                .optional("amount", Gbp.class, ComplianceFinding::amount)
                .optional("figures", ComplianceFigures.class, ComplianceFinding::figures)
                .read(f -> ComplianceFinding.builder(f.get("ruleId"), f.get("severity"), f.get("message"),
                                f.get("source")).actBefore(f.opt("actBefore")).evidence(f.get("evidence"))
                        .amount(f.opt("amount")).figures(f.opt("figures")).build()).addTo(this);
        Codec.of(MissingFigures.class)
                .field("kind", String.class, MissingFigures::kind)
                .field("date", LocalDate.class, MissingFigures::date)
                .read(f -> MissingFigures.named(f.get("kind"), f.get("date"))).addTo(this);
    }

    private void figures() {
        Codec.of(MinimumWage.class)
                .field("inForce", DateRange.class, MinimumWage::inForce)
                .field("nationalLivingWage", Gbp.class, MinimumWage::nationalLivingWage)
                .field("nationalLivingWageAge", int.class, MinimumWage::nationalLivingWageAge)
                .optional("youngAdultRate", Gbp.class, MinimumWage::youngAdultRate)
                .field("age16To17", Gbp.class, MinimumWage::age16To17)
                .field("apprentice", Gbp.class, MinimumWage::apprentice)
                .field("accommodationOffsetPerDay", Gbp.class, MinimumWage::accommodationOffsetPerDay)
                .field("source", Source.class, MinimumWage::source)
                .read(f -> {
                    DateRange inForce = f.get("inForce");
                    MinimumWage.Builder b = MinimumWage.from(inForce.start())
                            .nationalLivingWage(f.get("nationalLivingWage"), f.<Integer>get("nationalLivingWageAge"))
                            .age16To17(f.get("age16To17")).apprentice(f.get("apprentice"))
                            .accommodationOffsetPerDay(f.get("accommodationOffsetPerDay")).source(f.get("source"));
                    inForce.end().ifPresent(b::until);
                    Gbp young = f.opt("youngAdultRate");
                    if (young != null) {
                        b.youngAdultRate(young);
                    }
                    return b.build();
                }).addTo(this);
        Codec.of(EmployerCosts.class)
                .field("taxYear", TaxYear.class, EmployerCosts::taxYear)
                .field("secondaryRateBasisPoints", int.class, EmployerCosts::secondaryRateBasisPoints)
                .field("secondaryThresholdWeekly", Gbp.class, c -> c.secondaryThreshold(PayFrequency.WEEKLY))
                .field("secondaryThresholdMonthly", Gbp.class, c -> c.secondaryThreshold(PayFrequency.MONTHLY))
                .field("secondaryThresholdYearly", Gbp.class, EmployerCosts::secondaryThresholdYearly)
                .field("upperSecondaryThresholdWeekly", Gbp.class, c -> c.upperSecondaryThreshold(PayFrequency.WEEKLY))
                .field("upperSecondaryThresholdMonthly", Gbp.class,
                        c -> c.upperSecondaryThreshold(PayFrequency.MONTHLY))
                .field("upperSecondaryThresholdYearly", Gbp.class, EmployerCosts::upperSecondaryThresholdYearly)
                .field("under21ReliefBelowAge", int.class, EmployerCosts::under21ReliefBelowAge)
                .field("apprenticeReliefBelowAge", int.class, EmployerCosts::apprenticeReliefBelowAge)
                .field("lowerEarningsLimitWeekly", Gbp.class, EmployerCosts::lowerEarningsLimitWeekly)
                .field("employmentAllowance", Gbp.class, EmployerCosts::employmentAllowance)
                .field("payeThresholdWeekly", Gbp.class, c -> c.payeThreshold(PayFrequency.WEEKLY))
                .field("payeThresholdMonthly", Gbp.class, c -> c.payeThreshold(PayFrequency.MONTHLY))
                .field("payeThresholdSource", Source.class, EmployerCosts::payeThresholdSource)
                .field("source", Source.class, EmployerCosts::source)
                .read(f -> EmployerCosts.forTaxYear(f.get("taxYear"))
                        .secondaryRateBasisPoints(f.<Integer>get("secondaryRateBasisPoints"))
                        .secondaryThreshold(f.get("secondaryThresholdWeekly"), f.get("secondaryThresholdMonthly"),
                                f.get("secondaryThresholdYearly"))
                        .upperSecondaryThreshold(f.get("upperSecondaryThresholdWeekly"),
                                f.get("upperSecondaryThresholdMonthly"), f.get("upperSecondaryThresholdYearly"))
                        .reliefAges(f.<Integer>get("under21ReliefBelowAge"), f.<Integer>get("apprenticeReliefBelowAge"))
                        .lowerEarningsLimitWeekly(f.get("lowerEarningsLimitWeekly"))
                        .employmentAllowance(f.get("employmentAllowance"))
                        .payeThreshold(f.get("payeThresholdWeekly"), f.get("payeThresholdMonthly"),
                                f.get("payeThresholdSource"))
                        .source(f.get("source")).build()).addTo(this);
        Codec.of(PensionBand.class)
                .field("trigger", Gbp.class, PensionBand::trigger)
                .field("lowerQualifying", Gbp.class, PensionBand::lowerQualifying)
                .field("upperQualifying", Gbp.class, PensionBand::upperQualifying)
                .read(f -> PensionBand.trigger(f.get("trigger")).qualifyingEarnings(f.get("lowerQualifying"),
                        f.get("upperQualifying"))).addTo(this);
        Codec.of(PensionThresholds.class)
                .field("taxYear", TaxYear.class, PensionThresholds::taxYear)
                .field("weekly", PensionBand.class, p -> p.bandFor(PayFrequency.WEEKLY))
                .field("fortnightly", PensionBand.class, p -> p.bandFor(PayFrequency.FORTNIGHTLY))
                .field("fourWeekly", PensionBand.class, p -> p.bandFor(PayFrequency.FOUR_WEEKLY))
                .field("monthly", PensionBand.class, p -> p.bandFor(PayFrequency.MONTHLY))
                .field("yearly", PensionBand.class, PensionThresholds::yearly)
                .field("employerMinimumBasisPoints", int.class, PensionThresholds::employerMinimumBasisPoints)
                .field("totalMinimumBasisPoints", int.class, PensionThresholds::totalMinimumBasisPoints)
                .field("basicRateReliefBasisPoints", int.class, PensionThresholds::basicRateReliefBasisPoints)
                .field("eligibleFromAge", int.class, PensionThresholds::eligibleFromAge)
                .field("workerFromAge", int.class, PensionThresholds::workerFromAge)
                .field("workerBelowAge", int.class, PensionThresholds::workerBelowAge)
                .field("joiningWindowWeeks", int.class, PensionThresholds::joiningWindowWeeks)
                .field("postponementMonths", int.class, PensionThresholds::postponementMonths)
                .field("source", Source.class, PensionThresholds::source)
                .read(f -> PensionThresholds.forTaxYear(f.get("taxYear")).weekly(f.get("weekly"))
                        .fortnightly(f.get("fortnightly")).fourWeekly(f.get("fourWeekly")).monthly(f.get("monthly"))
                        .yearly(f.get("yearly"))
                        .minimumContributions(f.<Integer>get("employerMinimumBasisPoints"),
                                f.<Integer>get("totalMinimumBasisPoints"))
                        .basicRateReliefBasisPoints(f.<Integer>get("basicRateReliefBasisPoints"))
                        .ages(f.<Integer>get("eligibleFromAge"), f.<Integer>get("workerFromAge"),
                                f.<Integer>get("workerBelowAge"))
                        .timing(f.<Integer>get("joiningWindowWeeks"), f.<Integer>get("postponementMonths"))
                        .source(f.get("source")).build()).addTo(this);
        Codec.of(SickPay.class)
                .field("inForce", DateRange.class, SickPay::inForce)
                .field("weeklyRate", Gbp.class, SickPay::weeklyRate)
                .field("averageEarningsCapPercent", int.class, SickPay::averageEarningsCapPercent)
                .field("waitingDays", int.class, SickPay::waitingDays)
                .optional("lowerEarningsLimitWeekly", Gbp.class, SickPay::lowerEarningsLimitWeekly)
                .field("minimumIncapacityDays", int.class, SickPay::minimumIncapacityDays)
                .field("maximumWeeks", int.class, SickPay::maximumWeeks)
                .field("source", Source.class, SickPay::source)
                .read(f -> {
                    DateRange inForce = f.get("inForce");
                    SickPay.Builder b = SickPay.from(inForce.start()).weeklyRate(f.get("weeklyRate"))
                            .averageEarningsCapPercent(f.<Integer>get("averageEarningsCapPercent"))
                            .waitingDays(f.<Integer>get("waitingDays"))
                            .minimumIncapacityDays(f.<Integer>get("minimumIncapacityDays"))
                            .maximumWeeks(f.<Integer>get("maximumWeeks")).source(f.get("source"));
                    inForce.end().ifPresent(b::until);
                    Gbp limit = f.opt("lowerEarningsLimitWeekly");
                    if (limit != null) {
                        b.lowerEarningsLimitWeekly(limit);
                    }
                    return b.build();
                }).addTo(this);
        Codec.of(HolidayFigures.class)
                .field("inForce", DateRange.class, HolidayFigures::inForce)
                .field("accrualBasisPoints", int.class, HolidayFigures::accrualBasisPoints)
                .field("weeksPerYearTenths", int.class, HolidayFigures::weeksPerYearTenths)
                .field("capDays", int.class, HolidayFigures::capDays)
                .field("irregularHoursLeaveYearsFrom", LocalDate.class, HolidayFigures::irregularHoursLeaveYearsFrom)
                .field("recordRetentionYears", int.class, HolidayFigures::recordRetentionYears)
                .field("source", Source.class, HolidayFigures::source)
                .read(f -> {
                    DateRange inForce = f.get("inForce");
                    HolidayFigures.Builder b = HolidayFigures.from(inForce.start())
                            .leavePerYear(f.<Integer>get("weeksPerYearTenths"), f.<Integer>get("capDays"))
                            .irregularHoursAccrual(f.<Integer>get("accrualBasisPoints"),
                                    f.get("irregularHoursLeaveYearsFrom"))
                            .recordRetentionYears(f.<Integer>get("recordRetentionYears")).source(f.get("source"));
                    inForce.end().ifPresent(b::until);
                    return b.build();
                }).addTo(this);
        Codec.of(EmployersLiabilityFigures.class)
                .field("inForce", DateRange.class, EmployersLiabilityFigures::inForce)
                .field("minimumCover", Gbp.class, EmployersLiabilityFigures::minimumCover)
                .field("source", Source.class, EmployersLiabilityFigures::source)
                .read(f -> EmployersLiabilityFigures.during(f.get("inForce")).minimumCover(f.get("minimumCover"),
                        f.get("source"))).addTo(this);
        Codec.of(WorkingTimeLimits.class)
                .field("inForce", DateRange.class, WorkingTimeLimits::inForce)
                .field("averageWeeklyHours", int.class, WorkingTimeLimits::averageWeeklyHours)
                .field("referenceWeeks", int.class, WorkingTimeLimits::referenceWeeks)
                .field("youngWorkerDailyHours", int.class, WorkingTimeLimits::youngWorkerDailyHours)
                .field("youngWorkerWeeklyHours", int.class, WorkingTimeLimits::youngWorkerWeeklyHours)
                .field("source", Source.class, WorkingTimeLimits::source)
                .read(f -> {
                    DateRange inForce = f.get("inForce");
                    WorkingTimeLimits.Builder b = WorkingTimeLimits.from(inForce.start())
                            .averageWeeklyHours(f.<Integer>get("averageWeeklyHours"), f.<Integer>get("referenceWeeks"))
                            .youngWorkerHours(f.<Integer>get("youngWorkerDailyHours"),
                                    f.<Integer>get("youngWorkerWeeklyHours"))
                            .source(f.get("source"));
                    inForce.end().ifPresent(b::until);
                    return b.build();
                }).addTo(this);
        Codec.of(WrittenStatementContent.class)
                .field("inForce", DateRange.class, WrittenStatementContent::inForce)
                .field("tradeUnionRightStatement", boolean.class, WrittenStatementContent::tradeUnionRightStatement)
                .field("source", Source.class, WrittenStatementContent::source)
                .read(f -> f.<Boolean>get("tradeUnionRightStatement")
                        ? WrittenStatementContent.withTradeUnionRightStatement(f.get("inForce"), f.get("source"))
                        : WrittenStatementContent.particularsOnly(f.get("inForce"), f.get("source"))).addTo(this);
    }
}
