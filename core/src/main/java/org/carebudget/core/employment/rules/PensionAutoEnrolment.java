package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PensionEnrolment;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.PensionBand;
import org.carebudget.core.figures.PensionThresholds;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;

/**
 * Assesses each pay period for automatic enrolment: by age on the first day of the period (22 to State Pension
 * age) and earnings (gross pay plus rolled-up holiday pay) against the trigger and qualifying band for that
 * period length. An eligible jobholder not enrolled by the end of the period is reported; so is an enrolled
 * jobholder whose contributions fall below the minimum employer and total percentages of qualifying earnings
 * (rounded down to the penny), with the shortfall. Postponement (up to three months) is not modelled, so the
 * rule is a warning, not blocking. In force from 6 April 2025, the first date of the standard pension figures.
 * Immutable and thread-safe.
 */
public final class PensionAutoEnrolment extends AbstractRule {

    /** The rule id. */
    public static final String ID = "pension.auto-enrolment";

    /** Creates the rule. */
    public PensionAutoEnrolment() {
        super(ID, "Eligible jobholders are enrolled in a workplace pension, with at least the minimum contributions.",
                Severity.WARNING, Source.of("Pensions Act 2008 ss. 1, 3, 13 and 20; The Pensions Regulator, "
                        + "automatic enrolment earnings thresholds", Status.SECONDARY),
                DateRange.startingOn(LocalDate.of(2025, 4, 6)));
    }

    /**
     * Returns how automatic enrolment treats the PA in a pay period.
     *
     * @param employment the employment, not null
     * @param record one of its pay records, not null
     * @param figures the figures, not null
     * @return the category, not null
     * @throws org.carebudget.core.InvalidValueException if the figures hold no pension row for the period start
     */
    public static PensionCategory categoryOf(Employment employment, PayRecord record, UkFigures figures) {
        LocalDate dateOfBirth = employment.personalAssistant().dateOfBirth();
        return categoryOf(record, figures.pensionOn(record.period().start()), dateOfBirth.plusYears(22),
                figures.statePensionAge().reachedOn(dateOfBirth));
    }

    private static PensionCategory categoryOf(PayRecord record, PensionThresholds pension, LocalDate aged22,
            LocalDate statePensionAge) {
        LocalDate start = record.period().start();
        PensionBand band = pension.bandFor(record.period().frequency());
        long earnings = record.earningsPence();
        boolean eligibleAge = !start.isBefore(aged22) && start.isBefore(statePensionAge);
        if (eligibleAge && earnings > band.trigger().pence()) {
            return PensionCategory.ELIGIBLE_JOBHOLDER;
        }
        return earnings > band.lowerQualifying().pence() ? PensionCategory.NON_ELIGIBLE_JOBHOLDER
                : PensionCategory.ENTITLED_WORKER;
    }

    @Override
    public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
        LocalDate aged22 = null;
        LocalDate statePensionAge = null;
        for (PayRecord record : employment.payRecords()) {
            if (!inScope(record, context)) {
                continue;
            }
            if (aged22 == null) {
                LocalDate dateOfBirth = employment.personalAssistant().dateOfBirth();
                aged22 = dateOfBirth.plusYears(22);
                statePensionAge = context.figures().statePensionAge().reachedOn(dateOfBirth);
            }
            PensionThresholds pension = context.pensionOn(record.period().start());
            PensionCategory category = categoryOf(record, pension, aged22, statePensionAge);
            if (category == PensionCategory.ENTITLED_WORKER) {
                continue;
            }
            PensionEnrolment enrolment = enrolledBy(employment, record.period().range().end().orElseThrow());
            if (enrolment == null) {
                if (category == PensionCategory.ELIGIBLE_JOBHOLDER) {
                    PensionBand band = pension.bandFor(record.period().frequency());
                    findings.accept(breach("Eligible jobholder earning " + Format.money(record.earningsPence()) + " in "
                            + record.period().range() + " (above the " + band.trigger() + " trigger for "
                            + record.period().frequency() + " pay, aged 22 to State Pension age) is not enrolled in "
                            + "a workplace pension.", List.of(record), null, pension.source()));
                }
                continue;
            }
            contributions(record, enrolment, pension, findings);
        }
    }

    private void contributions(PayRecord record, PensionEnrolment enrolment, PensionThresholds pension,
            Consumer<Finding> findings) {
        PensionBand band = pension.bandFor(record.period().frequency());
        long qualifying = Math.max(0, Math.min(record.earningsPence(), band.upperQualifying().pence())
                - band.lowerQualifying().pence());
        long employerMinimum = Format.shareDown(qualifying, pension.employerMinimumBasisPoints(), 10_000);
        long totalMinimum = Format.shareDown(qualifying, pension.totalMinimumBasisPoints(), 10_000);
        long employer = record.employerPension().pence();
        long total = employer + record.employeePension().pence();
        long gap = Math.max(employerMinimum - employer, totalMinimum - total);
        if (gap > 0) {
            findings.accept(breach("Pension contributions for " + record.period().range() + " are " + Format.money(total)
                    + " in total (" + Format.money(employer) + " from the employer); on qualifying earnings of "
                    + Format.money(qualifying) + " the minimum is " + Format.money(totalMinimum) + " in total ("
                    + Format.percent(pension.totalMinimumBasisPoints()) + ") with " + Format.money(employerMinimum)
                    + " from the employer (" + Format.percent(pension.employerMinimumBasisPoints()) + "): "
                    + Format.money(gap) + " short.", List.of(record, enrolment), Gbp.ofPence(gap), pension.source()));
        }
    }

    private static PensionEnrolment enrolledBy(Employment employment, LocalDate periodEnd) {
        PensionEnrolment found = null;
        for (PensionEnrolment enrolment : employment.pensionEnrolments()) {
            if (enrolment.enrolledOn().isBefore(periodEnd)) {
                found = enrolment;
            }
        }
        return found;
    }
}
