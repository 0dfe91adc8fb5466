package org.carebudget.core.employment.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.MissingFigures;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PensionTaxRelief;
import org.carebudget.core.employment.RateType;
import org.carebudget.core.employment.SicknessAbsence;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.PensionThresholds;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.TaxYear;

/** One value of every kind of typed figures a finding carries, computed the way the rules compute them. */
public final class Samples {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 6);

    private Samples() {
    }

    public static List<ComplianceFigures> everyFigure() {
        LocalDate born = LocalDate.of(1990, 5, 15);
        UkFigures uk = UkFigures.standard();
        PayRecord pay = Given.pay(PayFrequency.WEEKLY, DAY, DAY, HoursWorked.ofDayMinutes(600), 20_000);
        PensionThresholds pension = uk.on(PensionThresholds.class, DAY);
        PensionAssessment assessment = PensionAutoEnrolment.assess(pay.period(), pay.earnings(), born, uk);
        return List.of(MinimumWageRule.check(pay, born, null, uk),
                new RateBelowMinimum(RateType.DAY, Gbp.parse("12.00"), Gbp.parse("12.71"), 35, DAY),
                IrregularHoursHoliday.accrual(pay, uk.on(HolidayFigures.class, DAY)),
                new RolledUpHolidayPayCheck(pay.period().range(), Gbp.parse("200"), 1207, Gbp.parse("24.14"),
                        Gbp.parse("24.00"), Gbp.parse("0.14")),
                new LeaveEntitlementCheck(5, 280, 270), assessment,
                PensionAutoEnrolment.contributions(assessment, Gbp.ZERO, Gbp.ZERO, PensionTaxRelief.RELIEF_AT_SOURCE,
                        pension),
                EmployerNationalInsurance.calculate(PayFrequency.WEEKLY, DAY, Gbp.parse("400"), born, null, uk),
                new PayeThresholdCheck(DAY, TaxYear.startingIn(2026), Gbp.parse("200"), Gbp.parse("96")),
                StatutorySickPay.entitlement(SicknessAbsence.builder(DateRange.ofClosed(DAY, DAY.plusDays(4)),
                        Gbp.parse("300"), DayOfWeek.MONDAY).build(), uk),
                new WeeklyHoursOverLimit(3_000, 48, 17, false), MissingFigures.named("minimum wage", DAY));
    }
}
