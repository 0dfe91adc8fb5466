package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PayReferencePeriod;
import org.carebudget.core.time.PaySchedule;

/** Test fixtures: a compliant employment to change one thing at a time, and single-rule evaluation. */
public final class Given {

    /** The first day of the standard employment, a Monday. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 6, 2);
    /** A date the standard employment is fully compliant on. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    /** The PA's date of birth (aged 35 in 2025). */
    public static final LocalDate BORN = LocalDate.of(1990, 5, 15);

    public static final RightToWorkCheck RTW = RightToWorkCheck.unlimited(RightToWorkCheckMethod.MANUAL_DOCUMENT,
            LocalDate.of(2025, 5, 20));
    public static final DbsCertificate DBS = DbsCertificate.builder("001234567890", DbsLevel.ENHANCED,
            LocalDate.of(2025, 5, 1)).barredListsChecked(BarredList.ADULTS).build();
    public static final EmployersLiabilityInsurance INSURANCE = insurance(Gbp.ofPence(500_000_000),
            DateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1)));
    public static final WrittenStatement STATEMENT = WrittenStatement.givenOn(LocalDate.of(2025, 5, 28));
    public static final PayeRegistration PAYE = new PayeRegistration("123/AB45678", LocalDate.of(2025, 5, 25));

    private Given() {
    }

    public static PersonalAssistant pa(LocalDate born) {
        return PersonalAssistant.builder(PersonalAssistantId.of("pa-1"), "Sam Carer", born)
                .nationalInsuranceNumber(NationalInsuranceNumber.parse("AB123456C")).build();
    }

    public static Employer employer() {
        return Employer.budgetHolder(EmployerId.of("emp-1"));
    }

    public static EmployersLiabilityInsurance insurance(Gbp cover, DateRange period) {
        return new EmployersLiabilityInsurance("Acme Mutual", "EL-1", cover, period);
    }

    /** A weekly employment from {@link #FIRST_DAY} with no evidence. */
    public static Employment.Builder bare() {
        return bare(BORN, FIRST_DAY, PayFrequency.WEEKLY);
    }

    /** An employment with no evidence, paid on a schedule anchored on the first day. */
    public static Employment.Builder bare(LocalDate born, LocalDate firstDay, PayFrequency frequency) {
        return Employment.builder(employer(), pa(born), FundingRegime.COUNCIL_DIRECT_PAYMENT,
                DateRange.startingOn(firstDay), PaySchedule.of(frequency, firstDay));
    }

    /** A weekly employment from {@link #FIRST_DAY} with all the pre-employment evidence. */
    public static Employment.Builder compliant() {
        return bare().evidence(RTW, DBS, INSURANCE, STATEMENT, PAYE);
    }

    /** The pay reference period containing {@code start} on the schedule anchored at {@code anchor}. */
    public static PayReferencePeriod period(PayFrequency frequency, LocalDate anchor, LocalDate start) {
        return PaySchedule.of(frequency, anchor).periodContaining(start);
    }

    /** A pay record for the period containing {@code start}, paid on the period's last day. */
    public static PayRecord.Builder payBuilder(PayFrequency frequency, LocalDate anchor, LocalDate start,
            HoursWorked hours, long pence) {
        PayReferencePeriod period = period(frequency, anchor, start);
        return PayRecord.builder(period, period.range().end().orElseThrow().minusDays(1), hours, Gbp.ofPence(pence));
    }

    /** A pay record for the period containing {@code start}, paid on the period's last day. */
    public static PayRecord pay(PayFrequency frequency, LocalDate anchor, LocalDate start, HoursWorked hours,
            long pence) {
        return payBuilder(frequency, anchor, start, hours, pence).build();
    }

    /** Evaluates one rule alone with the standard figures, checking the findings' invariants. */
    public static List<ComplianceFinding> findings(ComplianceRule rule, Employment employment, LocalDate asOf) {
        return findings(rule, employment, asOf, UkFigures.standard());
    }

    /** Evaluates one rule alone with given figures, checking the findings' invariants. */
    public static List<ComplianceFinding> findings(ComplianceRule rule, Employment employment, LocalDate asOf,
            UkFigures figures) {
        RuleSet set = RuleSet.of(figures, List.of(rule));
        EmploymentFindings found = set.evaluate(employment, asOf);
        FindingsInvariants.check(set, employment, found);
        return found.findings();
    }
}
