package org.carebudget.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;

/** The kernel's public API walked with hostile arguments: only {@link InvalidValueException} may come out. */
class KernelApiWalkTest {

    @Test
    void givenHostileArguments_thenOnlyTheModuleExceptionEscapes() {
        ApiWalk.Result result = ApiWalk.of(InvalidValueException.class, InvalidValueException.class,
                        "org.carebudget.core", "org.carebudget.core.id", "org.carebudget.core.time",
                        "org.carebudget.core.money", "org.carebudget.core.rule")
                .sample(Gbp.class, Gbp.ofPence(1250))
                .sample(DateRange.class, DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)))
                .sample(TaxYear.class, TaxYear.parse("2026/27"))
                .sample(PayFrequency.class, PayFrequency.WEEKLY)
                .sample(PaySchedule.class, PaySchedule.of(PayFrequency.WEEKLY, LocalDate.of(2026, 4, 6)))
                .sample(Source.class, Source.of("a source", Status.CONFIRMED))
                .sample(NhsNumber.class, NhsNumber.parse("9434765919"))
                .sample(NationalInsuranceNumber.class, NationalInsuranceNumber.parse("AB123456C"))
                .sample(CarePackageId.class, CarePackageId.of("pkg-1"))
                .sample(FunderId.class, FunderId.of("icb"))
                .sample(EmployerId.class, EmployerId.of("emp-1"))
                .sample(PersonId.class, PersonId.of("person-1"))
                .sample(PersonalAssistantId.class, PersonalAssistantId.of("pa-1"))
                .sample(Checks.Factory.class, InvalidValueException::new)
                .sample(javax.money.MonetaryAmount.class, org.javamoney.moneta.Money.of(12.5, "GBP"))
                .run();

        assertTrue(result.calls() > 500, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
    }
}
