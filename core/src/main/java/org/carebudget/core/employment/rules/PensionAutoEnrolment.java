package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PensionEnrolment;
import org.carebudget.core.employment.PensionPostponement;
import org.carebudget.core.employment.PensionTaxRelief;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.PensionBand;
import org.carebudget.core.figures.PensionThresholds;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayReferencePeriod;
import org.jspecify.annotations.Nullable;

/**
 * Automatic enrolment in a workplace pension (Pensions Act 2008 ss. 1, 3, 5 and 20; TPR detailed guidance 3, 3a and
 * 5). Each pay period is assessed ({@link #assess}): age is assessed within the period, so a PA turning 22 mid-period
 * is an eligible jobholder from their birthday if their earnings (gross pay, rolled-up holiday pay and sick pay) pass
 * the trigger for the period length; non-eligible jobholders and entitled workers are aged 16 to 74.
 *
 * <p>The duty dates from the automatic enrolment date, the first day the PA is an eligible jobholder (not before the
 * first day of work): enrolment must be done within the six-week joining window from it, so {@code actBefore} is that
 * date plus six weeks. A postponement notice given within the window moves the date to its deferral date, at most
 * three months on. Blocking once the window has passed with no enrolment; a warning while it is open and within the
 * lookahead; a warning if enrolment came after the window. For each period of membership, contributions must reach
 * the minimum employer and total percentages of qualifying earnings ({@link #contributions}), a relief-at-source
 * contribution counting at its gross equivalent; a shortfall is blocking, with the amount. Periods without pension
 * figures are reported as not checked. In force from 1 October 2012. Immutable and thread-safe.
 */
public final class PensionAutoEnrolment extends AbstractRule {

    /** The rule id. */
    public static final String ID = "pension.auto-enrolment";

    /** Creates the rule. */
    public PensionAutoEnrolment() {
        super(ID, "Eligible jobholders are enrolled in a workplace pension within the joining window, with at least "
                + "the minimum contributions.", ComplianceSeverity.BLOCKING, Source.of("Pensions Act 2008 ss. 1, 3, "
                        + "4, 5, 13 and 20; The Pensions Regulator, automatic enrolment detailed guidance 3, 3a and 5",
                        Status.SECONDARY), DateRange.startingOn(LocalDate.of(2012, 10, 1)));
    }

    /**
     * Assesses a PA for automatic enrolment in one pay reference period with the figures for its first day.
     *
     * @param period the pay reference period, not null
     * @param earnings the earnings in the period (gross pay, rolled-up holiday pay and sick pay), £0 - £30m
     * @param dateOfBirth the PA's date of birth, a supported date, not null
     * @param figures the figures, not null
     * @return the assessment, not null
     * @throws InvalidValueException if an argument is null or out of range, or the figures hold no pension row for
     *     the period's first day
     */
    public static PensionAssessment assess(PayReferencePeriod period, Gbp earnings, LocalDate dateOfBirth,
            UkFigures figures) {
        Checks.CORE.notNull(period, "period");
        Checks.CORE.notNull(figures, "figures");
        return assess(period, earnings, dateOfBirth, figures.on(PensionThresholds.class, period.start()),
                figures.statePensionAge().reachedOn(dateOfBirth));
    }

    /**
     * Assesses a PA for automatic enrolment in one pay reference period with a given pension row.
     *
     * @param period the pay reference period, not null
     * @param earnings the earnings in the period, £0 - £30m
     * @param dateOfBirth the PA's date of birth, a supported date, not null
     * @param thresholds the pension row for the period, not null
     * @param statePensionAgeReached the first day at State Pension age, not null
     * @return the assessment, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static PensionAssessment assess(PayReferencePeriod period, Gbp earnings, LocalDate dateOfBirth,
            PensionThresholds thresholds, LocalDate statePensionAgeReached) {
        Checks.CORE.notNull(period, "period");
        Checks.CORE.notNull(earnings, "earnings");
        Checks.CORE.inRange(earnings.pence(), 0, 3 * PayRecord.MAX_LINE.pence(), "earnings (pence)");
        Checks.CORE.date(dateOfBirth, "dateOfBirth");
        Checks.CORE.notNull(thresholds, "thresholds");
        Checks.CORE.notNull(statePensionAgeReached, "statePensionAgeReached");
        LocalDate start = period.start();
        LocalDate end = period.range().end().orElseThrow();
        PensionBand band = thresholds.bandFor(period.frequency());
        LocalDate eligibleAge = Ages.birthday(dateOfBirth, thresholds.eligibleFromAge());
        boolean eligibleAgeInPeriod = start.isBefore(statePensionAgeReached) && end.isAfter(eligibleAge);
        boolean workerAgeInPeriod = start.isBefore(Ages.birthday(dateOfBirth, thresholds.workerBelowAge()))
                && end.isAfter(Ages.birthday(dateOfBirth, thresholds.workerFromAge()));
        PensionCategory category;
        if (eligibleAgeInPeriod && earnings.compareTo(band.trigger()) > 0) {
            category = PensionCategory.ELIGIBLE_JOBHOLDER;
        } else if (!workerAgeInPeriod) {
            category = PensionCategory.OUTSIDE_AGE_RANGE;
        } else if (earnings.compareTo(band.lowerQualifying()) > 0) {
            category = PensionCategory.NON_ELIGIBLE_JOBHOLDER;
        } else {
            category = PensionCategory.ENTITLED_WORKER;
        }
        Gbp qualifying = band.qualifyingEarnings(earnings);
        boolean contributes = category == PensionCategory.ELIGIBLE_JOBHOLDER
                || category == PensionCategory.NON_ELIGIBLE_JOBHOLDER;
        Gbp employerMinimum = contributes ? Gbp.ofPence(Shares.down(qualifying.pence(),
                thresholds.employerMinimumBasisPoints(), 10_000)) : Gbp.ZERO;
        Gbp totalMinimum = contributes ? Gbp.ofPence(Shares.down(qualifying.pence(),
                thresholds.totalMinimumBasisPoints(), 10_000)) : Gbp.ZERO;
        LocalDate eligibleFrom = category == PensionCategory.ELIGIBLE_JOBHOLDER
                ? (eligibleAge.isAfter(start) ? eligibleAge : start) : null;
        return new PensionAssessment(period.range(), category, earnings, band.trigger(), qualifying, employerMinimum,
                totalMinimum, eligibleFrom);
    }

    /**
     * Returns a worker's contribution as it counts towards the minimum: as deducted under a net pay arrangement;
     * under relief at source, the net amount grossed up by the basic rate ({@code n x 10000 / (10000 - relief)}),
     * rounded down.
     *
     * @param deducted the contribution as deducted, £0 - £10m, not null
     * @param relief how the scheme gives relief, not null
     * @param thresholds the pension row, not null
     * @return the gross equivalent, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static Gbp grossEquivalent(Gbp deducted, PensionTaxRelief relief, PensionThresholds thresholds) {
        Checks.CORE.notNull(deducted, "deducted");
        Checks.CORE.inRange(deducted.pence(), 0, PayRecord.MAX_LINE.pence(), "deducted (pence)");
        Checks.CORE.notNull(relief, "relief");
        Checks.CORE.notNull(thresholds, "thresholds");
        return relief == PensionTaxRelief.NET_PAY_ARRANGEMENT ? deducted : Gbp.ofPence(Shares.down(deducted.pence(),
                10_000, 10_000 - thresholds.basicRateReliefBasisPoints()));
    }

    /**
     * Checks a period's contributions against the assessment's minimums.
     *
     * @param assessment the period's assessment, not null
     * @param employerPaid the employer's contribution, £0 - £10m, not null
     * @param employeeDeducted the PA's contribution as deducted, £0 - £10m, not null
     * @param relief how the scheme gives relief, not null
     * @param thresholds the pension row for the period, not null
     * @return the check, with the shortfall, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public static PensionContributionCheck contributions(PensionAssessment assessment, Gbp employerPaid,
            Gbp employeeDeducted, PensionTaxRelief relief, PensionThresholds thresholds) {
        Checks.CORE.notNull(assessment, "assessment");
        Checks.CORE.notNull(employerPaid, "employerPaid");
        Checks.CORE.inRange(employerPaid.pence(), 0, PayRecord.MAX_LINE.pence(), "employerPaid (pence)");
        Gbp employee = grossEquivalent(employeeDeducted, relief, thresholds);
        long employerGap = assessment.employerMinimum().pence() - employerPaid.pence();
        long totalGap = assessment.totalMinimum().pence() - employerPaid.pence() - employee.pence();
        return new PensionContributionCheck(assessment.period(), assessment.qualifyingEarnings(),
                assessment.employerMinimum(), assessment.totalMinimum(), employerPaid, employee, relief,
                Gbp.ofPence(Math.max(0, Math.max(employerGap, totalGap))));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        LocalDate born = employment.personalAssistant().dateOfBirth();
        LocalDate statePensionAge = null;
        Missing missing = new Missing();
        PensionAssessment firstEligible = null;
        PensionThresholds firstEligibleRow = null;
        PayRecord firstEligibleRecord = null;
        for (PayRecord record : employment.payRecords()) {
            if (!inScope(record, context)) {
                continue;
            }
            PensionThresholds row = rowOrNote(context, PensionThresholds.class, record.period().start(), record,
                    missing);
            if (row == null) {
                continue;
            }
            if (statePensionAge == null) {
                statePensionAge = context.figures().statePensionAge().reachedOn(born);
            }
            PensionAssessment assessment = assess(record.period(), record.earnings(), born, row, statePensionAge);
            if (assessment.category() == PensionCategory.ELIGIBLE_JOBHOLDER && firstEligible == null) {
                firstEligible = assessment;
                firstEligibleRow = row;
                firstEligibleRecord = record;
            }
            PensionEnrolment member = memberDuring(employment, record);
            if (member != null && (assessment.employerMinimum().isPositive()
                    || assessment.totalMinimum().isPositive())) {
                PensionContributionCheck check = contributions(assessment, record.employerPension(),
                        record.employeePension(), member.taxRelief(), row);
                if (check.shortfall().isPositive()) {
                    findings.accept(breach(contributionMessage(check), List.of(record, member), null, check.shortfall(),
                            check, row));
                }
            }
        }
        missing.report(this, "automatic enrolment", findings);
        if (firstEligible != null) {
            enrolmentDuty(employment, context, firstEligible, firstEligibleRow, firstEligibleRecord, findings);
        }
    }

    private void enrolmentDuty(Employment employment, RuleContext context, PensionAssessment eligible,
            PensionThresholds row, PayRecord record, Consumer<ComplianceFinding> findings) {
        LocalDate from = eligible.eligibleFrom();
        LocalDate enrolmentDate = from.isBefore(employment.firstDay()) ? employment.firstDay() : from;
        LocalDate windowOpens = enrolmentDate;
        PensionPostponement postponed = null;
        for (PensionPostponement p : employment.pensionPostponements()) {
            if (p.noticeGivenOn().isBefore(enrolmentDate.plusWeeks(row.joiningWindowWeeks()))
                    && !p.deferralDate().isBefore(enrolmentDate)
                    && !p.deferralDate().isAfter(enrolmentDate.plusMonths(row.postponementMonths()))) {
                postponed = p;
                windowOpens = p.deferralDate();
            }
        }
        LocalDate deadline = windowOpens.plusWeeks(row.joiningWindowWeeks());
        LocalDate asOf = context.asOf();
        PensionEnrolment enrolment = null;
        for (PensionEnrolment e : employment.pensionEnrolments()) {
            if (!e.enrolledOn().isAfter(asOf) && enrolment == null) {
                enrolment = e;
            }
        }
        List<PayRecord> seen = List.of(record);
        if (enrolment == null) {
            if (!asOf.isBefore(deadline)) {
                String when = eligibleFrom(enrolmentDate, eligible, row, postponed, windowOpens);
                findings.accept(breach("The PA is " + when + " and is not enrolled in a workplace pension; the joining "
                        + "window closed after " + deadline.minusDays(1) + ".", seen, deadline, null, eligible, row));
            } else if (context.dueWithinLookahead(deadline)) {
                String when = eligibleFrom(enrolmentDate, eligible, row, postponed, windowOpens);
                findings.accept(finding(ComplianceSeverity.WARNING, "Automatic enrolment due by "
                        + deadline.minusDays(1) + ": the PA is " + when + ".", citing(row.source())).evidence(seen)
                        .actBefore(deadline).figures(eligible).build());
            }
        } else if (!enrolment.enrolledOn().isBefore(deadline)) {
            String when = eligibleFrom(enrolmentDate, eligible, row, postponed, windowOpens);
            findings.accept(finding(ComplianceSeverity.WARNING, "Late automatic enrolment: the PA is " + when
                    + ", enrolled on " + enrolment.enrolledOn() + ", after the joining window closed on "
                    + deadline.minusDays(1) + ".", citing(row.source())).evidence(List.of(record, enrolment))
                    .figures(eligible).build());
        }
    }

    private static String eligibleFrom(LocalDate enrolmentDate, PensionAssessment eligible, PensionThresholds row,
            @Nullable PensionPostponement postponed, LocalDate windowOpens) {
        return "an eligible jobholder from " + enrolmentDate + " (earning " + eligible.earnings() + " in "
                + eligible.period() + ", above the " + eligible.trigger() + " trigger, aged " + row.eligibleFromAge()
                + " to State Pension age)" + (postponed == null ? "" : ", enrolment postponed to " + windowOpens);
    }

    private static @Nullable PensionEnrolment memberDuring(Employment employment, PayRecord record) {
        LocalDate end = record.period().range().end().orElseThrow();
        PensionEnrolment found = null;
        for (PensionEnrolment enrolment : employment.pensionEnrolments()) {
            if (enrolment.enrolledOn().isBefore(end)) {
                found = enrolment;
            }
        }
        return found;
    }

    private static String contributionMessage(PensionContributionCheck check) {
        Gbp total = check.employerPaid().plus(check.employeeGrossEquivalent());
        return "Pension contributions for " + check.period() + " are " + total + " in total (" + check.employerPaid()
                + " from the employer" + (check.taxRelief() == PensionTaxRelief.RELIEF_AT_SOURCE
                        ? "; the PA's counted gross of basic-rate relief" : "") + "); on qualifying earnings of "
                + check.qualifyingEarnings() + " the minimum is " + check.totalMinimum() + " in total with "
                + check.employerMinimum() + " from the employer: " + check.shortfall() + " short.";
    }
}
