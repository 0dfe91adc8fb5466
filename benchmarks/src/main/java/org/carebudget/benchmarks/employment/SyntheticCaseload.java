package org.carebudget.benchmarks.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.carebudget.core.employment.BarredList;
import org.carebudget.core.employment.CareGroup;
import org.carebudget.core.employment.DbsCertificate;
import org.carebudget.core.employment.DbsLevel;
import org.carebudget.core.employment.Employer;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.employment.EmployersLiabilityInsurance;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.FamilyRelation;
import org.carebudget.core.employment.FunderApproval;
import org.carebudget.core.employment.FunderKind;
import org.carebudget.core.employment.FundingRegime;
import org.carebudget.core.employment.HoursPattern;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PayeRegistration;
import org.carebudget.core.employment.PensionEnrolment;
import org.carebudget.core.employment.PersonalAssistant;
import org.carebudget.core.employment.Relationship;
import org.carebudget.core.employment.RightToWorkCheck;
import org.carebudget.core.employment.RightToWorkCheckMethod;
import org.carebudget.core.employment.WrittenStatement;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PayReferencePeriod;
import org.carebudget.core.time.PaySchedule;

/**
 * A seeded synthetic caseload of PA employments for benchmarks: about four in five compliant as of
 * {@link #AS_OF}, the rest with one or two findings (late checks, under-insured, paid under the minimum wage, an
 * unapproved family member). Evidence and pay records come from a small shared pool, so a million employments
 * build in a few seconds.
 */
public final class SyntheticCaseload {

    /** The date the caseload is evaluated on. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private static final int ANCHORS = 8;

    private SyntheticCaseload() {
    }

    /**
     * Generates employments.
     *
     * @param size how many, 1 or more
     * @param seed the random seed
     * @return the employments, in generation order
     */
    public static List<Employment> generate(int size, long seed) {
        Random random = new Random(seed);
        Template[] templates = new Template[ANCHORS];
        for (int i = 0; i < ANCHORS; i++) {
            templates[i] = new Template(LocalDate.of(2025, 6, 2).plusWeeks(i));
        }
        Employer[] employers = new Employer[1_000];
        for (int i = 0; i < employers.length; i++) {
            employers[i] = Employer.of(EmployerId.of("emp-" + i), EmployerKind.values()[i % 3]);
        }
        PersonalAssistant[] assistants = new PersonalAssistant[1_000];
        NationalInsuranceNumber ni = NationalInsuranceNumber.parse("AB123456C");
        for (int i = 0; i < assistants.length; i++) {
            PersonalAssistant.Builder pa = PersonalAssistant.builder(PersonalAssistantId.of("pa-" + i), "PA " + i,
                    LocalDate.of(1960, 1, 1).plusDays(i * 13L)).nationalInsuranceNumber(ni);
            assistants[i] = (i % 17 == 0 ? pa.anotherJobOrPension() : pa).build();
        }
        List<Employment> caseload = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Template t = templates[random.nextInt(ANCHORS)];
            int variant = random.nextInt(20);
            Employment.Builder b = Employment.builder(employers[random.nextInt(employers.length)],
                    assistants[random.nextInt(assistants.length)],
                    variant == 7 ? FundingRegime.INTEGRATED : FundingRegime.COUNCIL_DIRECT_PAYMENT,
                    DateRange.startingOn(t.first), t.schedule);
            b.evidence(variant == 1 ? t.lateCheck : t.rightToWork, t.dbs, variant == 2 ? t.underInsured : t.insurance,
                    t.statement, t.paye, t.pension);
            b.evidence(variant == 3 ? t.underpaid : t.pay);
            if (variant == 4 || variant == 7) {
                b.relationship(Relationship.livingWith(FamilyRelation.SPOUSE)).evidence(t.councilApproval);
            }
            if (variant == 5) {
                b.hoursPattern(HoursPattern.IRREGULAR);
            }
            if (variant == 6) {
                b.careGroup(CareGroup.ADULTS_AND_CHILDREN);
            }
            caseload.add(b.build());
        }
        return caseload;
    }

    /** Shared evidence for employments starting on one date. */
    private static final class Template {
        final LocalDate first;
        final PaySchedule schedule;
        final RightToWorkCheck rightToWork;
        final RightToWorkCheck lateCheck;
        final DbsCertificate dbs;
        final EmployersLiabilityInsurance insurance;
        final EmployersLiabilityInsurance underInsured;
        final WrittenStatement statement;
        final PayeRegistration paye;
        final PensionEnrolment pension;
        final FunderApproval councilApproval;
        final List<Evidence> pay;
        final List<Evidence> underpaid;

        Template(LocalDate first) {
            this.first = first;
            this.schedule = PaySchedule.of(PayFrequency.WEEKLY, first);
            this.rightToWork = RightToWorkCheck.unlimited(RightToWorkCheckMethod.MANUAL_DOCUMENT, first.minusDays(7));
            this.lateCheck = RightToWorkCheck.unlimited(RightToWorkCheckMethod.MANUAL_DOCUMENT, first.plusDays(3));
            this.dbs = DbsCertificate.builder("001234567890", DbsLevel.ENHANCED, first.minusDays(30))
                    .barredListsChecked(BarredList.ADULTS).subscribedToUpdateService().build();
            DateRange year = DateRange.of(first.minusDays(1), first.plusYears(1));
            this.insurance = new EmployersLiabilityInsurance("Insurer", "EL-1", Gbp.ofPence(500_000_000), year);
            this.underInsured = new EmployersLiabilityInsurance("Insurer", "EL-2", Gbp.ofPence(200_000_000), year);
            this.statement = WrittenStatement.givenOn(first.minusDays(2));
            this.paye = new PayeRegistration("123/AB1", first.minusDays(20));
            this.pension = PensionEnrolment.netPayArrangement("NEST", first);
            this.councilApproval = new FunderApproval(FunderKind.COUNCIL, FunderId.of("council-1"), first.minusDays(10));
            this.pay = records(first, 1_400);
            this.underpaid = records(first, 1_100);
        }

        private List<Evidence> records(LocalDate first, long hourlyPence) {
            List<Evidence> records = new ArrayList<>();
            PaySchedule weekly = PaySchedule.of(PayFrequency.WEEKLY, first);
            LocalDate start = AS_OF.minusWeeks(4);
            for (int w = 0; w < 4; w++) {
                long minutes = 1_200 + w * 60L;
                long gross = minutes * hourlyPence / 60;
                PayReferencePeriod period = weekly.periodContaining(start.plusWeeks(w));
                records.add(PayRecord.builder(period, period.range().end().orElseThrow().minusDays(1),
                        HoursWorked.ofDayMinutes(minutes), Gbp.ofPence(gross))
                        .pension(Gbp.ofPence(gross * 3 / 100), Gbp.ofPence(gross * 5 / 100)).build());
            }
            return records;
        }
    }
}
