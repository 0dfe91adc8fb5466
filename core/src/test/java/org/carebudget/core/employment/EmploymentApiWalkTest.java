package org.carebudget.core.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.rules.DbsRecheckPolicy;
import org.carebudget.core.employment.rules.EmployerNationalInsurance;
import org.carebudget.core.employment.rules.FunderConditions;
import org.carebudget.core.employment.rules.MinimumWageRule;
import org.carebudget.core.employment.rules.PensionAssessment;
import org.carebudget.core.employment.rules.PensionAutoEnrolment;
import org.carebudget.core.employment.rules.StandardRules;
import org.carebudget.core.figures.DatedFigures;
import org.carebudget.core.figures.EmployerCosts;
import org.carebudget.core.figures.EmployersLiabilityFigures;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.PensionBand;
import org.carebudget.core.figures.PensionThresholds;
import org.carebudget.core.figures.SickPay;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.StatePensionAge;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.figures.WorkingTimeLimits;
import org.carebudget.core.figures.WrittenStatementContent;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.testing.ApiWalk;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PayReferencePeriod;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;

/**
 * The employment, rules, employment Jackson and figures packages walked with hostile arguments: only
 * {@link InvalidValueException} may come out, with a short message, and a refused builder call changes nothing.
 */
class EmploymentApiWalkTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 6);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void sample(ApiWalk walk, Object value) {
        walk.sample((Class) value.getClass(), value);
    }

    @Test
    void givenHostileArguments_thenOnlyTheModuleExceptionEscapes() {
        UkFigures uk = UkFigures.standard();
        PaySchedule weekly = PaySchedule.of(PayFrequency.WEEKLY, DAY);
        PayRecord pay = Given.pay(PayFrequency.WEEKLY, DAY, DAY, HoursWorked.ofDayMinutes(600), 20_000);
        Employment employment = Given.compliant().evidence(Given.pay(PayFrequency.WEEKLY, Given.FIRST_DAY,
                Given.FIRST_DAY, HoursWorked.ofDayMinutes(600), 20_000)).build();
        PensionAssessment assessment = PensionAutoEnrolment.assess(pay.period(), pay.earnings(), Given.BORN, uk);
        ComplianceFinding finding = ComplianceFinding.builder("rule.id", ComplianceSeverity.WARNING, "Message.",
                Source.of("a source", Status.CONFIRMED)).build();
        Consumer<ComplianceFinding> sink = f -> { };
        ApiWalk walk = ApiWalk.of(InvalidValueException.class, Employment.class,
                        "org.carebudget.core.employment", "org.carebudget.core.employment.rules",
                        "org.carebudget.core.employment.jackson", "org.carebudget.core.figures")
                .sample(Gbp.class, Gbp.ofPence(1250))
                .sample(DateRange.class, DateRange.of(DAY, DAY.plusYears(1)))
                .sample(TaxYear.class, TaxYear.parse("2026/27"))
                .sample(PaySchedule.class, weekly)
                .sample(PayReferencePeriod.class, weekly.periodContaining(DAY))
                .sample(Source.class, Source.of("a source", Status.CONFIRMED))
                .sample(NationalInsuranceNumber.class, NationalInsuranceNumber.parse("AB123456C"))
                .sample(EmployerId.class, EmployerId.of("emp-1"))
                .sample(FunderId.class, FunderId.of("icb"))
                .sample(PersonalAssistantId.class, PersonalAssistantId.of("pa-1"))
                .sample(MonthDay.class, MonthDay.of(4, 1))
                .sample(Class.class, MinimumWage.class)
                .sample(Set.class, Set.of(DayOfWeek.MONDAY))
                .sample(Employer.class, Given.employer())
                .sample(PersonalAssistant.class, Given.pa(Given.BORN))
                .sample(Relationship.class, Relationship.UNRELATED)
                .sample(HoursWorked.class, HoursWorked.ofDayMinutes(600))
                .sample(PayRecord.class, pay)
                .sample(Evidence.class, Given.RTW)
                .sample(RightToWorkCheck.class, Given.RTW)
                .sample(DbsCertificate.class, Given.DBS)
                .sample(EmployersLiabilityInsurance.class, Given.INSURANCE)
                .sample(WrittenStatement.class, Given.STATEMENT)
                .sample(PayeRegistration.class, Given.PAYE)
                .sample(PensionEnrolment.class, PensionEnrolment.netPayArrangement("NEST", DAY))
                .sample(PensionPostponement.class, new PensionPostponement(DAY, DAY.plusMonths(1)))
                .sample(FunderApproval.class, new FunderApproval(FunderKind.COUNCIL, FunderId.of("c"), DAY))
                .sample(Reference.class, new Reference("Referee", DAY))
                .sample(WorkingTimeOptOut.class, WorkingTimeOptOut.signedOn(DAY))
                .sample(SicknessAbsence.class, SicknessAbsence.builder(DateRange.ofClosed(DAY, DAY.plusDays(4)),
                        Gbp.parse("300"), DayOfWeek.MONDAY).build())
                .sample(HolidayRecord.class, HolidayRecord.builder(DateRange.of(DAY, DAY.plusYears(1)), DAY).build())
                .sample(Employment.class, employment)
                .sample(ComplianceFinding.class, finding)
                .sample(EmploymentFindings.class, StandardRules.ruleSet().evaluate(employment, Given.AS_OF))
                .sample(CaseloadReport.class, StandardRules.ruleSet().evaluate(List.of(employment), Given.AS_OF))
                .sample(MissingFigures.class, MissingFigures.named("minimum wage", DAY))
                .sample(ComplianceFigures.class, MissingFigures.named("minimum wage", DAY))
                .sample(UkFigures.class, uk)
                .sample(DatedFigures.class, uk.on(MinimumWage.class, DAY))
                .sample(MinimumWage.class, uk.on(MinimumWage.class, DAY))
                .sample(EmployerCosts.class, uk.on(EmployerCosts.class, DAY))
                .sample(PensionThresholds.class, uk.on(PensionThresholds.class, DAY))
                .sample(PensionBand.class, uk.on(PensionThresholds.class, DAY).yearly())
                .sample(SickPay.class, uk.on(SickPay.class, DAY))
                .sample(HolidayFigures.class, uk.on(HolidayFigures.class, DAY))
                .sample(EmployersLiabilityFigures.class, uk.on(EmployersLiabilityFigures.class, DAY))
                .sample(WorkingTimeLimits.class, uk.on(WorkingTimeLimits.class, DAY))
                .sample(WrittenStatementContent.class, uk.on(WrittenStatementContent.class, DAY))
                .sample(StatePensionAge.class, uk.statePensionAge())
                .sample(RuleSet.class, StandardRules.ruleSet())
                .sample(RuleContext.class, RuleContext.of(DAY, uk, 30))
                .sample(ComplianceRule.class, new MinimumWageRule())
                .sample(DbsRecheckPolicy.class, DbsRecheckPolicy.THREE_YEARS_OR_ANNUAL_UPDATE_CHECK)
                .sample(FunderConditions.class, FunderConditions.STANDARD)
                .sample(PensionAssessment.class, assessment)
                .sample(Consumer.class, sink)
                .instance(Employment.Builder.class, Given::compliant, null)
                .instance(PersonalAssistant.Builder.class,
                        () -> PersonalAssistant.builder(PersonalAssistantId.of("pa-1"), "Name", Given.BORN), null)
                .instance(PayRecord.Builder.class,
                        () -> Given.payBuilder(PayFrequency.WEEKLY, DAY, DAY, HoursWorked.NONE, 0), null)
                .instance(HoursWorked.Builder.class, HoursWorked::builder, null)
                .instance(DbsCertificate.Builder.class,
                        () -> DbsCertificate.builder("001234567890", DbsLevel.ENHANCED, DAY), null)
                .instance(SicknessAbsence.Builder.class, () -> SicknessAbsence.builder(DateRange.ofClosed(DAY,
                        DAY.plusDays(4)), Gbp.parse("300"), DayOfWeek.MONDAY), null)
                .instance(HolidayRecord.Builder.class,
                        () -> HolidayRecord.builder(DateRange.of(DAY, DAY.plusYears(1)), DAY), null)
                .instance(ComplianceFinding.Builder.class, () -> ComplianceFinding.builder("rule.id",
                        ComplianceSeverity.INFO, "Message.", Source.of("a source", Status.CONFIRMED)), null)
                .instance(MinimumWage.Builder.class, () -> MinimumWage.from(DAY), null)
                .instance(EmployerCosts.Builder.class, () -> EmployerCosts.forTaxYear(TaxYear.startingIn(2026)), null)
                .instance(PensionThresholds.Builder.class,
                        () -> PensionThresholds.forTaxYear(TaxYear.startingIn(2026)), null)
                .instance(SickPay.Builder.class, () -> SickPay.from(DAY), null)
                .instance(HolidayFigures.Builder.class, () -> HolidayFigures.from(DAY), null)
                .instance(WorkingTimeLimits.Builder.class, () -> WorkingTimeLimits.from(DAY), null)
                .instance(PensionBand.Qualifying.class, () -> PensionBand.trigger(Gbp.parse("192")), null)
                .instance(EmployersLiabilityFigures.Cover.class, () -> EmployersLiabilityFigures.from(DAY), null)
                .instance(DbsRecheckPolicy.UpdateService.class, () -> DbsRecheckPolicy.newCertificateEveryMonths(36),
                        null);
        for (ComplianceRule rule : StandardRules.rules(DbsRecheckPolicy.THREE_YEARS_OR_ANNUAL_UPDATE_CHECK)) {
            sample(walk, rule);
        }
        for (ComplianceFigures figures : org.carebudget.core.employment.rules.Samples.everyFigure()) {
            sample(walk, figures);
        }
        sample(walk, new org.carebudget.core.employment.rules.EmploymentAllowanceClaim(EmployerId.of("emp-1"),
                TaxYear.startingIn(2026), 1, Gbp.ZERO, Gbp.ZERO, Gbp.parse("10500"), Gbp.ZERO));
        ApiWalk.Result result = walk.run();

        assertTrue(result.calls() > 2_000, result::toString);
        assertTrue(result.unwalked().size() < 20, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
    }
}
