package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.HoursWorked;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PensionEnrolment;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.PayFrequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PensionAutoEnrolmentTest {

    private static final PensionAutoEnrolment RULE = new PensionAutoEnrolment();
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final PensionEnrolment ENROLLED = new PensionEnrolment("NEST", LocalDate.of(2026, 4, 1));

    private static Employment employment(LocalDate born, LocalDate start, PayFrequency frequency, long pence) {
        return Given.bare(born, start, frequency)
                .evidence(Given.pay(frequency, start, start, HoursWorked.ofDayMinutes(2400), pence)).build();
    }

    private static PensionCategory category(Employment e) {
        return PensionAutoEnrolment.categoryOf(e, e.payRecords().get(0), UkFigures.standard());
    }

    @ParameterizedTest(name = "born {0}, {2} pay of {3}p from {1}: {4}")
    @CsvSource({
        "1990-05-15, 2026-04-06, WEEKLY, 19200, NON_ELIGIBLE_JOBHOLDER",
        "1990-05-15, 2026-04-06, WEEKLY, 19201, ELIGIBLE_JOBHOLDER",
        "1990-05-15, 2026-04-06, WEEKLY, 12000, ENTITLED_WORKER",
        "1990-05-15, 2026-04-06, WEEKLY, 12001, NON_ELIGIBLE_JOBHOLDER",
        "1990-05-15, 2026-04-06, MONTHLY, 83300, NON_ELIGIBLE_JOBHOLDER",
        "1990-05-15, 2026-04-06, MONTHLY, 83301, ELIGIBLE_JOBHOLDER",
        "2004-04-07, 2026-04-06, WEEKLY, 50000, NON_ELIGIBLE_JOBHOLDER",
        "2004-04-06, 2026-04-06, WEEKLY, 50000, ELIGIBLE_JOBHOLDER",
        "1960-04-10, 2026-05-09, WEEKLY, 50000, ELIGIBLE_JOBHOLDER",
        "1960-04-10, 2026-05-10, WEEKLY, 50000, NON_ELIGIBLE_JOBHOLDER"})
    void givenAgeAndEarnings_thenCategoryPerPeriod(LocalDate born, LocalDate start, PayFrequency frequency, long pence,
            PensionCategory expected) {
        assertEquals(expected, category(employment(born, start, frequency, pence)));
    }

    @Test
    void givenEligibleJobholderNotEnrolled_thenWarning() {
        List<Finding> found = Given.findings(RULE, employment(Given.BORN, LocalDate.of(2026, 4, 6),
                PayFrequency.WEEKLY, 19_201), AS_OF);

        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("above the £192.00 trigger for WEEKLY pay"), found.get(0).message());
    }

    @Test
    void givenNonEligibleJobholderNotEnrolled_thenNoFinding() {
        assertEquals(List.of(), Given.findings(RULE, employment(Given.BORN, LocalDate.of(2026, 4, 6),
                PayFrequency.WEEKLY, 19_200), AS_OF));
    }

    @ParameterizedTest(name = "£500 a week, employer {0}p, PA {1}p: short {2}")
    @CsvSource({"1140, 1900, 0.00", "1139, 1901, 0.01", "1140, 1899, 0.01", "3040, 0, 0.00"})
    void givenEnrolled_thenMinimumContributionsOnQualifyingEarnings(long employer, long employee, String shortfall) {
        LocalDate start = LocalDate.of(2026, 4, 6);
        PayRecord record = Given.pay(PayFrequency.WEEKLY, start, start, HoursWorked.ofDayMinutes(2400), 50_000)
                .withPension(Gbp.ofPence(employer), Gbp.ofPence(employee));
        Employment e = Given.bare(Given.BORN, start, PayFrequency.WEEKLY).evidence(record, ENROLLED).build();

        List<Finding> found = Given.findings(RULE, e, AS_OF);

        if (shortfall.equals("0.00")) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(Gbp.parse(shortfall), found.get(0).amount());
            assertEquals(2, found.get(0).evidence().size());
        }
    }

    @Test
    void givenPeriodBeforeThePensionFigures_thenNotChecked() {
        assertEquals(List.of(), Given.findings(RULE, employment(Given.BORN, LocalDate.of(2025, 3, 31),
                PayFrequency.WEEKLY, 100_000), AS_OF));
    }
}
