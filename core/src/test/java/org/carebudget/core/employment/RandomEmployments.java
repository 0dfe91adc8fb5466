package org.carebudget.core.employment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * Employments from a seed, compliant or not in many ways, within the dates the standard figures cover: evidence of
 * every kind, pay records (sometimes with rolled-up holiday pay, sick pay or charged accommodation), and sometimes
 * contract pay rates, an apprenticeship, a care group, days a week and leave other than the defaults, a leave year,
 * care duties and average weekly hours.
 */
final class RandomEmployments {

    /** The latest evaluation date the generated employments are valid for. */
    static final LocalDate LATEST = LocalDate.of(2027, 3, 1);

    private RandomEmployments() {
    }

    /** The terms, evidence and pay records of one generated employment, before they go into a builder. */
    record Parts(Employer employer, PersonalAssistant pa, FundingRegime regime, DateRange period,
            PaySchedule schedule, Relationship relationship, HoursPattern pattern, CareGroup careGroup,
            ChildrenActivity childrenActivity, CareDuties duties, Map<RateType, Gbp> payRates, int daysPerWeek,
            int holidayTenthDays, MonthDay leaveYearStart, DateRange apprenticeship, long averageWeeklyMinutes,
            List<Evidence> evidence) {

        Employment build(List<Evidence> inOrder) {
            Employment.Builder b = Employment.builder(employer, pa, regime, period, schedule).relationship(relationship)
                    .hoursPattern(pattern).careGroup(careGroup).childrenActivity(childrenActivity).careDuties(duties)
                    .regularHoliday(daysPerWeek, holidayTenthDays).leaveYearStart(leaveYearStart)
                    .averageWeeklyMinutes(averageWeeklyMinutes);
            payRates.forEach(b::payRate);
            if (apprenticeship != null) {
                b.apprenticeship(apprenticeship);
            }
            return b.evidence(inOrder).build();
        }
    }

    static Parts parts(long seed) {
        Random r = new Random(seed);
        LocalDate first = LocalDate.of(2025, 4, 7).plusDays(r.nextInt(420));
        LocalDate born = first.minusYears(16 + r.nextInt(55)).minusDays(r.nextInt(365));
        PayFrequency frequency = PayFrequency.values()[r.nextInt(PayFrequency.values().length)];
        PaySchedule schedule = PaySchedule.of(frequency, first);
        Employer employer = Employer.of(EmployerId.of("emp-" + r.nextInt(5)), EmployerKind.values()[r.nextInt(3)])
                .withDomesticService(r.nextInt(10) == 0 ? DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD
                        : DomesticService.NOT_DOMESTIC_SERVICE);
        PersonalAssistant.Builder pa = PersonalAssistant.builder(PersonalAssistantId.of("pa-" + r.nextInt(1000)),
                "Pat Assistant", born);
        if (r.nextInt(5) > 0) {
            pa.nationalInsuranceNumber(NationalInsuranceNumber.parse("AB123456C"));
        }
        if (r.nextInt(10) == 0) {
            pa.anotherJobOrPension();
        }
        List<Evidence> evidence = new ArrayList<>();
        if (r.nextInt(10) > 0) {
            LocalDate checked = first.plusDays(r.nextInt(5) - 3);
            evidence.add(r.nextBoolean() ? RightToWorkCheck.unlimited(RightToWorkCheckMethod.MANUAL_DOCUMENT, checked)
                    : RightToWorkCheck.timeLimited(RightToWorkCheckMethod.ONLINE_SHARE_CODE, checked,
                            first.plusDays(30 + r.nextInt(600))));
        }
        if (r.nextInt(10) > 0) {
            DbsCertificate.Builder dbs = DbsCertificate.builder("001234567890", DbsLevel.ENHANCED,
                    first.minusDays(r.nextInt(1200)));
            if (r.nextInt(8) > 0) {
                dbs.barredListsChecked(BarredList.ADULTS);
            }
            if (r.nextBoolean()) {
                dbs.barredListsChecked(BarredList.CHILDREN);
            }
            if (r.nextBoolean()) {
                dbs.subscribedToUpdateService();
            }
            evidence.add(dbs.build());
        }
        if (r.nextInt(10) > 0) {
            LocalDate from = first.minusDays(r.nextInt(60));
            evidence.add(new EmployersLiabilityInsurance("Insurer", "EL-" + r.nextInt(3),
                    Gbp.ofPence(499_999_900L + r.nextInt(2) * 100), DateRange.of(from, from.plusYears(1))));
        }
        if (r.nextInt(10) > 0) {
            WrittenStatement statement = WrittenStatement.givenOn(first.plusDays(r.nextInt(5) - 3));
            evidence.add(r.nextBoolean() ? statement.withTradeUnionRightStatement() : statement);
        }
        if (r.nextBoolean()) {
            evidence.add(new PayeRegistration("123/AB1", first.minusDays(r.nextInt(30))));
        }
        if (r.nextBoolean()) {
            LocalDate enrolled = first.plusDays(r.nextInt(60));
            evidence.add(r.nextBoolean() ? PensionEnrolment.netPayArrangement("NEST", enrolled)
                    : PensionEnrolment.reliefAtSource("NEST", enrolled));
        }
        if (r.nextInt(6) == 0) {
            evidence.add(new PensionPostponement(first.plusDays(r.nextInt(20)), first.plusDays(30 + r.nextInt(80))));
        }
        if (r.nextBoolean()) {
            evidence.add(new FunderApproval(FunderKind.values()[r.nextInt(2)], FunderId.of("f-1"), first));
        }
        if (r.nextInt(4) == 0) {
            evidence.add(WorkingTimeOptOut.signedOn(first));
        }
        if (r.nextInt(4) == 0) {
            LocalDate sick = first.plusDays(r.nextInt(200));
            evidence.add(SicknessAbsence.builder(DateRange.of(sick, sick.plusDays(1 + r.nextInt(10))),
                    Gbp.ofPence(r.nextInt(50_000)), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)
                    .sickPayPaid(Gbp.ofPence(r.nextInt(30_000))).build());
        }
        if (r.nextInt(4) == 0) {
            LocalDate made = first.plusDays(r.nextInt(300));
            HolidayRecord.Builder holiday = HolidayRecord.builder(DateRange.of(first, first.plusYears(2)), made)
                    .showing(HolidayRecordContent.LEAVE_TAKEN, HolidayRecordContent.HOLIDAY_PAY);
            if (r.nextInt(4) == 0) {
                holiday.disposedOn(made.plusDays(r.nextInt(100)));
            }
            evidence.add(holiday.build());
        }
        PayReferencePeriod period = schedule.periodContaining(first);
        int records = r.nextInt(5);
        for (int i = 0; i < records; i++) {
            long minutes = r.nextInt(3000);
            long pence = minutes * (900 + r.nextInt(500)) / 60;
            LocalDate paidOn = period.range().end().orElseThrow().minusDays(r.nextInt(2));
            PayRecord.Builder record = PayRecord.builder(period, paidOn, HoursWorked.builder().dayMinutes(minutes)
                    .sleepInAwakeMinutes(r.nextInt(120)).sleepInAsleepMinutes(r.nextInt(480)).build(),
                    Gbp.ofPence(pence)).holidayAccruedMinutes(minutes * 1207 / 10000)
                    .pension(Gbp.ofPence(pence / 30), Gbp.ofPence(pence / 20));
            if (r.nextInt(5) == 0) {
                record.accommodation(r.nextInt((int) Math.min(7, period.range().days()) + 1),
                        r.nextBoolean() ? Gbp.ZERO : Gbp.ofPence(r.nextInt(10_000)));
            }
            if (r.nextInt(6) == 0) {
                record.rolledUpHolidayPay(Gbp.ofPence(pence * 1207 / 10000));
            }
            if (r.nextInt(8) == 0) {
                record.sickPay(Gbp.ofPence(r.nextInt(20_000)));
            }
            evidence.add(record.build());
            period = period.next();
        }
        Relationship relationship = r.nextBoolean()
                ? Relationship.livingWith(FamilyRelation.values()[r.nextInt(FamilyRelation.values().length)])
                : Relationship.livingApart(FamilyRelation.values()[r.nextInt(FamilyRelation.values().length)]);
        Map<RateType, Gbp> rates = new EnumMap<>(RateType.class);
        for (RateType type : RateType.values()) {
            if (r.nextInt(3) == 0) {
                rates.put(type, Gbp.ofPence(600 + r.nextInt(1000)));
            }
        }
        boolean ownHoliday = r.nextInt(3) == 0;
        int daysPerWeek = ownHoliday ? 1 + r.nextInt(7) : 5;
        int holidayTenthDays = ownHoliday ? r.nextInt(3661) : 280;
        MonthDay leaveYear = r.nextBoolean() ? MonthDay.from(first) : MonthDay.of(1 + r.nextInt(12), 1);
        DateRange apprenticeship = r.nextInt(6) == 0 ? DateRange.startingOn(first.minusDays(r.nextInt(800))) : null;
        long averageWeeklyMinutes = r.nextInt(3) == 0 ? r.nextInt(7 * 24 * 60 + 1) : 0;
        return new Parts(employer, pa.build(), FundingRegime.values()[r.nextInt(3)], DateRange.startingOn(first),
                schedule, relationship, HoursPattern.values()[r.nextInt(3)], CareGroup.values()[r.nextInt(3)],
                ChildrenActivity.values()[r.nextInt(3)], CareDuties.values()[r.nextInt(3)], Map.copyOf(rates),
                daysPerWeek, holidayTenthDays, leaveYear, apprenticeship, averageWeeklyMinutes, evidence);
    }
}
