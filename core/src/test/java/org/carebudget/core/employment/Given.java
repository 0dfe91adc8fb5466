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
import org.carebudget.core.time.PaySchedule;

/** Test fixtures: a compliant employment to change one thing at a time, and single-rule evaluation. */
public final class Given {

    /** The first day of the standard employment, a Monday. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 6, 2);
    /** A date the standard employment is fully compliant on. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 9, 1);
    /** The PA's date of birth (aged 35 in 2025). */
    public static final LocalDate BORN = LocalDate.of(1990, 5, 15);

    public static final RightToWorkCheck RTW = new RightToWorkCheck(RightToWorkCheckType.MANUAL_DOCUMENT,
            LocalDate.of(2025, 5, 20), null);
    public static final DbsCertificate DBS = new DbsCertificate("001234567890", DbsLevel.ENHANCED, true, false,
            LocalDate.of(2025, 5, 1), false, null);
    public static final EmployersLiabilityInsurance INSURANCE = insurance(Gbp.ofPence(500_000_000),
            DateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1)));
    public static final WrittenStatement STATEMENT = new WrittenStatement(LocalDate.of(2025, 5, 28));
    public static final PayeRegistration PAYE = new PayeRegistration("123/AB45678", LocalDate.of(2025, 5, 25));

    private Given() {
    }

    public static PersonalAssistant pa(LocalDate born) {
        return new PersonalAssistant(PersonalAssistantId.of("pa-1"), "Sam Carer", born,
                NationalInsuranceNumber.parse("AB123456C"), false);
    }

    public static Employer employer() {
        return Employer.of(EmployerId.of("emp-1"), EmployerKind.BUDGET_HOLDER);
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

    /** A pay record on the schedule anchored at {@code anchor}, for the period containing {@code start}. */
    public static PayRecord pay(PayFrequency frequency, LocalDate anchor, LocalDate start, HoursWorked hours,
            long pence) {
        return PayRecord.of(PaySchedule.of(frequency, anchor).periodContaining(start), hours, Gbp.ofPence(pence));
    }

    /** Evaluates one rule alone with the standard figures. */
    public static List<Finding> findings(ComplianceRule rule, Employment employment, LocalDate asOf) {
        return RuleSet.of(UkFigures.standard(), List.of(rule)).evaluate(employment, asOf).findings();
    }
}
