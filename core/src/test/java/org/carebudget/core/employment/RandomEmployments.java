package org.carebudget.core.employment;

import java.time.LocalDate;
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
import org.carebudget.core.time.PaySchedule;

/**
 * Employments from a seed, compliant or not in many ways, within the dates the standard figures cover: evidence,
 * pay records (sometimes with rolled-up holiday pay or accommodation), and sometimes contract pay rates, an
 * apprenticeship, a care group, days a week and leave other than the defaults, and average weekly hours.
 */
final class RandomEmployments {

    /** The latest evaluation date the generated employments are valid for. */
    static final LocalDate LATEST = LocalDate.of(2027, 3, 1);

    private RandomEmployments() {
    }

    /**
     * The terms, evidence and pay records of one generated employment, before they go into a builder.
     * {@code apprenticeshipStart} is null when the PA is not an apprentice.
     */
    record Parts(Employer employer, PersonalAssistant pa, FundingRegime regime, DateRange period,
            PaySchedule schedule, Relationship relationship, HoursPattern pattern, CareGroup careGroup,
            Map<RateType, Gbp> payRates, int daysPerWeek, int holidayTenthDays, LocalDate apprenticeshipStart,
            long averageWeeklyMinutes, List<Evidence> evidence) {

        Employment build(List<Evidence> inOrder) {
            Employment.Builder b = Employment.builder(employer, pa, regime, period, schedule).relationship(relationship)
                    .hoursPattern(pattern).careGroup(careGroup).holiday(daysPerWeek, holidayTenthDays)
                    .averageWeeklyMinutes(averageWeeklyMinutes);
            payRates.forEach(b::payRate);
            if (apprenticeshipStart != null) {
                b.apprenticeshipStart(apprenticeshipStart);
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
        Employer employer = new Employer(EmployerId.of("emp-" + r.nextInt(5)), EmployerKind.values()[r.nextInt(3)],
                r.nextBoolean(), r.nextInt(10) == 0);
        PersonalAssistant pa = new PersonalAssistant(PersonalAssistantId.of("pa-" + r.nextInt(1000)), "PA", born,
                NationalInsuranceNumber.parse("AB123456C"), r.nextInt(10) == 0);
        List<Evidence> evidence = new ArrayList<>();
        if (r.nextInt(10) > 0) {
            evidence.add(new RightToWorkCheck(RightToWorkCheckType.MANUAL_DOCUMENT, first.plusDays(r.nextInt(5) - 3),
                    r.nextBoolean() ? null : first.plusDays(30 + r.nextInt(600))));
        }
        if (r.nextInt(10) > 0) {
            evidence.add(new DbsCertificate("001234567890", DbsLevel.ENHANCED, r.nextInt(8) > 0, r.nextBoolean(),
                    first.minusDays(r.nextInt(1200)), r.nextBoolean(), null));
        }
        if (r.nextInt(10) > 0) {
            LocalDate from = first.minusDays(r.nextInt(60));
            evidence.add(new EmployersLiabilityInsurance("Insurer", "EL-" + r.nextInt(3),
                    Gbp.ofPence(499_999_900L + r.nextInt(2) * 100), DateRange.of(from, from.plusYears(1))));
        }
        if (r.nextInt(10) > 0) {
            evidence.add(new WrittenStatement(first.plusDays(r.nextInt(5) - 3)));
        }
        if (r.nextBoolean()) {
            evidence.add(new PayeRegistration("123/AB1", first.minusDays(r.nextInt(30))));
        }
        if (r.nextBoolean()) {
            evidence.add(new PensionEnrolment("NEST", first.plusDays(r.nextInt(60))));
        }
        if (r.nextBoolean()) {
            evidence.add(new FunderApproval(FunderKind.values()[r.nextInt(2)], FunderId.of("f-1"), first));
        }
        if (r.nextInt(4) == 0) {
            evidence.add(new WorkingTimeOptOut(first, null));
        }
        PayReferencePeriodCursor cursor = new PayReferencePeriodCursor(schedule, first);
        int records = r.nextInt(5);
        for (int i = 0; i < records; i++) {
            long minutes = r.nextInt(3000);
            long pence = minutes * (900 + r.nextInt(500)) / 60;
            org.carebudget.core.time.PayReferencePeriod period = cursor.next();
            PayRecord record = PayRecord.of(period, new HoursWorked(minutes, 0, 0, 0, r.nextInt(120),
                    r.nextInt(480)), Gbp.ofPence(pence)).withHolidayAccruedMinutes(minutes * 1207 / 10000)
                    .withPension(Gbp.ofPence(pence / 30), Gbp.ofPence(pence / 20));
            if (r.nextInt(5) == 0) {
                record = record.withAccommodationDays(r.nextInt((int) Math.min(7, period.range().days()) + 1));
            }
            evidence.add(r.nextInt(6) == 0 ? record.withRolledUpHolidayPay(Gbp.ofPence(pence * 1207 / 10000))
                    : record);
        }
        Relationship relationship = new Relationship(FamilyRelation.values()[r.nextInt(FamilyRelation.values().length)],
                r.nextBoolean());
        Map<RateType, Gbp> rates = new EnumMap<>(RateType.class);
        for (RateType type : RateType.values()) {
            if (r.nextInt(3) == 0) {
                rates.put(type, Gbp.ofPence(600 + r.nextInt(1000)));
            }
        }
        boolean ownHoliday = r.nextInt(3) == 0;
        int daysPerWeek = ownHoliday ? 1 + r.nextInt(7) : 5;
        int holidayTenthDays = ownHoliday ? r.nextInt(3661) : 280;
        LocalDate apprenticeshipStart = r.nextInt(6) == 0 ? first.minusDays(r.nextInt(800)) : null;
        long averageWeeklyMinutes = r.nextInt(3) == 0 ? r.nextInt(7 * 24 * 60 + 1) : 0;
        return new Parts(employer, pa, FundingRegime.values()[r.nextInt(3)], DateRange.startingOn(first), schedule,
                relationship, HoursPattern.values()[r.nextInt(3)], CareGroup.values()[r.nextInt(3)], Map.copyOf(rates),
                daysPerWeek, holidayTenthDays, apprenticeshipStart, averageWeeklyMinutes, evidence);
    }

    /** Successive pay reference periods from a date. */
    private static final class PayReferencePeriodCursor {
        private org.carebudget.core.time.PayReferencePeriod current;

        PayReferencePeriodCursor(PaySchedule schedule, LocalDate from) {
            this.current = schedule.periodContaining(from);
        }

        org.carebudget.core.time.PayReferencePeriod next() {
            org.carebudget.core.time.PayReferencePeriod now = current;
            current = current.next();
            return now;
        }
    }
}
