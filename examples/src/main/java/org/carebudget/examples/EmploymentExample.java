package org.carebudget.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.BarredList;
import org.carebudget.core.employment.CareDuties;
import org.carebudget.core.employment.CaseloadReport;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.DbsCertificate;
import org.carebudget.core.employment.DbsLevel;
import org.carebudget.core.employment.Employer;
import org.carebudget.core.employment.EmployersLiabilityInsurance;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.EmploymentFindings;
import org.carebudget.core.employment.FamilyRelation;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.HolidayRecord;
import org.carebudget.core.employment.HolidayRecordContent;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PayeRegistration;
import org.carebudget.core.employment.PensionEnrolment;
import org.carebudget.core.employment.PersonalAssistant;
import org.carebudget.core.employment.Relationship;
import org.carebudget.core.employment.RightToWorkCheck;
import org.carebudget.core.employment.RightToWorkCheckMethod;
import org.carebudget.core.employment.RuleSet;
import org.carebudget.core.employment.WrittenStatement;
import org.carebudget.core.employment.rules.DbsRecheckPolicy;
import org.carebudget.core.employment.rules.EmployerNationalInsurance;
import org.carebudget.core.employment.rules.EmployerNiCalculation;
import org.carebudget.core.employment.rules.MinimumWageCheck;
import org.carebudget.core.employment.rules.StandardRules;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PayReferencePeriod;
import org.carebudget.core.time.PaySchedule;

/**
 * PA employment compliance for a support service's small caseload: two PAs checked as of one date, then what
 * lapses in the next 60 days, then one question a payroll vendor asks without a caseload. Amira is fully vetted but
 * her last week's pay, with a sleep-in, fell short of the National Living Wage; Ben, the budget holder's husband
 * living in the same household, started without the council's approval or a written statement.
 */
public final class EmploymentExample {

    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 20);

    private EmploymentExample() {
    }

    /**
     * Runs the example and prints what it finds.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, printing to {@code out}.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        RuleSet rules = StandardRules.ruleSet(UkFigures.standard(), DbsRecheckPolicy.THREE_YEARS_OR_ANNUAL_UPDATE_CHECK)
                .without(EmployerNationalInsurance.ID);
        List<Employment> caseload = caseload();
        CaseloadReport report = rules.evaluate(caseload, AS_OF);
        out.println("PA employment compliance as of " + AS_OF + " (" + rules.rules().size() + " rules; "
                + report.blockedCount() + " of " + caseload.size() + " PAs blocked)");
        for (EmploymentFindings employment : report.employments()) {
            out.println("  " + employment.personalAssistant() + " employed by " + employment.employer() + ": "
                    + (employment.findings().isEmpty() ? "compliant" : employment.findings().size() + " findings"));
            for (ComplianceFinding finding : employment.findings()) {
                out.println("    [" + finding.severity() + "] " + finding.ruleId() + ": " + finding.message());
                out.println("      source: " + finding.source());
                MinimumWageCheck pay = finding.figures(MinimumWageCheck.class);
                if (pay != null) {
                    out.println("      figures: " + pay.countedMinutes() + " minutes at " + pay.hourlyMinimum()
                            + " need " + pay.requiredPay() + "; paid " + pay.minimumWagePay() + "; short "
                            + pay.shortfall());
                }
            }
        }
        out.println("Lapsing in the next 60 days (act before):");
        for (EmploymentFindings employment : rules.lapsingWithin(caseload, AS_OF, 60).employments()) {
            for (ComplianceFinding finding : employment.findings()) {
                out.println("  " + employment.personalAssistant() + " " + finding.actBefore() + ": "
                        + finding.message());
            }
        }
        EmployerNiCalculation youngPa = EmployerNationalInsurance.calculate(PayFrequency.WEEKLY, AS_OF,
                Gbp.parse("£400.00"), LocalDate.of(2006, 1, 1), null, UkFigures.standard());
        out.println("Employer NI on £400.00 a week for a 20-year-old PA (" + youngPa.taxYear() + "): "
                + youngPa.employerNi() + ", " + youngPa.relief() + " relief up to " + youngPa.thresholdApplied());
    }

    /** Returns the example's caseload: Amira, paid under the minimum wage, and Ben, a spouse with no approval. */
    static List<Employment> caseload() {
        return List.of(amira(), ben());
    }

    private static Employment amira() {
        LocalDate first = LocalDate.of(2025, 5, 6);
        PaySchedule weekly = PaySchedule.of(PayFrequency.WEEKLY, LocalDate.of(2026, 4, 6));
        PayReferencePeriod lastWeek = weekly.periodContaining(LocalDate.of(2026, 4, 13));
        HoursWorked withSleepIn = HoursWorked.builder().dayMinutes(1_800).nightMinutes(480).sleepInAwakeMinutes(60)
                .sleepInAsleepMinutes(420).build();
        PayRecord lastWeeksPay = PayRecord.builder(lastWeek, LocalDate.of(2026, 4, 19), withSleepIn,
                Gbp.parse("£400.00")).pension(Gbp.parse("£8.40"), Gbp.parse("£14.00")).build();
        HolidayRecord holidays = HolidayRecord.builder(DateRange.of(first, first.plusYears(2)), LocalDate.of(2026, 4, 19))
                .showing(HolidayRecordContent.LEAVE_TAKEN, HolidayRecordContent.HOLIDAY_PAY).build();
        return Employment.builder(Employer.budgetHolder(EmployerId.of("holder-17")),
                        PersonalAssistant.builder(PersonalAssistantId.of("amira"), "Amira Haddad", LocalDate.of(1991, 2, 3))
                                .nationalInsuranceNumber(NationalInsuranceNumber.parse("JT 12 34 56 A")).build(),
                        FundingRegime.NHS_PERSONAL_HEALTH_BUDGET, DateRange.startingOn(first), weekly)
                .careDuties(CareDuties.CARE_AND_SUPPORT_ONLY)
                .evidence(RightToWorkCheck.timeLimited(RightToWorkCheckMethod.ONLINE_SHARE_CODE,
                                LocalDate.of(2025, 4, 28), LocalDate.of(2026, 6, 14)),
                        DbsCertificate.builder("001122334455", DbsLevel.ENHANCED, LocalDate.of(2025, 4, 14))
                                .barredListsChecked(BarredList.ADULTS).statusLastCheckedOn(LocalDate.of(2025, 5, 20))
                                .build(),
                        new EmployersLiabilityInsurance("Care Mutual", "EL-88", Gbp.parse("£10000000"),
                                DateRange.of(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 1))),
                        WrittenStatement.givenOn(first), new PayeRegistration("120/HB17", LocalDate.of(2025, 4, 1)),
                        PensionEnrolment.netPayArrangement("NEST", LocalDate.of(2025, 6, 1)), holidays, lastWeeksPay)
                .build();
    }

    private static Employment ben() {
        LocalDate first = LocalDate.of(2026, 4, 6);
        return Employment.builder(Employer.budgetHolder(EmployerId.of("holder-17")),
                        PersonalAssistant.builder(PersonalAssistantId.of("ben"), "Ben Okafor", LocalDate.of(1958, 9, 9))
                                .anotherJobOrPension().build(),
                        FundingRegime.COUNCIL_DIRECT_PAYMENT, DateRange.startingOn(first),
                        PaySchedule.of(PayFrequency.MONTHLY, first))
                .relationship(Relationship.livingWith(FamilyRelation.SPOUSE))
                .careDuties(CareDuties.CARE_AND_SUPPORT_ONLY)
                .evidence(RightToWorkCheck.unlimited(RightToWorkCheckMethod.MANUAL_DOCUMENT, LocalDate.of(2026, 4, 1)),
                        DbsCertificate.builder("009988776655", DbsLevel.ENHANCED, LocalDate.of(2026, 3, 2))
                                .barredListsChecked(BarredList.ADULTS).build(),
                        new EmployersLiabilityInsurance("Care Mutual", "EL-89", Gbp.parse("£5000000"),
                                DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 4, 1))),
                        new PayeRegistration("120/HB17", LocalDate.of(2025, 4, 1)))
                .build();
    }
}
