package org.carebudget.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Proxy;
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
import org.carebudget.core.jackson.CareBudgetJson;
import org.carebudget.core.jackson.CareBudgetModule;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.jackson.TextValueModule;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.rule.AbstractCitedRule;
import org.carebudget.core.rule.CitedFinding;
import org.carebudget.core.rule.CitedRule;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;

/**
 * The kernel's public API walked with hostile arguments: only {@link InvalidValueException} may come out, and every
 * date or instant outside {@code SupportedDates} must be refused.
 */
class KernelApiWalkTest {

    static final String[] KERNEL_PACKAGES = {"org.carebudget.core", "org.carebudget.core.id",
        "org.carebudget.core.time", "org.carebudget.core.money", "org.carebudget.core.rule",
        "org.carebudget.core.jackson"};

    /** The smallest rule, to walk what every cited rule inherits. */
    static final class Rule extends AbstractCitedRule<String> {
        Rule() {
            super("kernel.walk", "A rule to walk", "HOLD", Source.of("a source", Status.CONFIRMED),
                    DateRange.startingOn(LocalDate.of(2026, 4, 6)));
        }
    }

    /** The smallest finding, to walk what every cited finding declares. */
    static final class Finding implements CitedFinding<String> {
        @Override
        public String ruleId() {
            return "kernel.walk";
        }

        @Override
        public String severity() {
            return "HOLD";
        }

        @Override
        public String message() {
            return "A finding to walk";
        }

        @Override
        public Source source() {
            return Source.of("a source", Status.CONFIRMED);
        }

        @Override
        public LocalDate actBefore() {
            return LocalDate.of(2026, 5, 1);
        }
    }

    static ApiWalk kernelWalk() {
        Rule rule = new Rule();
        return ApiWalk.of(InvalidValueException.class, InvalidValueException.class, KERNEL_PACKAGES)
                .requireUnsupportedDatesRefused()
                .acceptsUnsupportedDates("org.carebudget.core.time.SupportedDates.contains(",
                        "the predicate that says whether a date is supported")
                .acceptsUnsupportedDates("org.carebudget.core.Masked.dateOfBirth(",
                        "masks any date, supported or not, so that none is ever shown")
                .acceptsUnsupportedDates("org.carebudget.core.time.LondonTime.",
                        "owned by the rostering engineer, whose strict local-time factories replace these")
                .sample(Gbp.class, Gbp.ofPence(1250))
                .sample(DateRange.class, DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)),
                        DateRange.startingOn(LocalDate.of(2026, 4, 1)))
                .sample(TaxYear.class, TaxYear.parse("2026/27"))
                .sample(PayFrequency.class, PayFrequency.MONTHLY)
                .sample(PaySchedule.class, PaySchedule.of(PayFrequency.MONTHLY, LocalDate.of(2026, 1, 31)))
                .sample(Source.class, Source.of("a source", Status.CONFIRMED))
                .sample(NhsNumber.class, NhsNumber.parse("9434765919"))
                .sample(NationalInsuranceNumber.class, NationalInsuranceNumber.parse("AB123456C"))
                .sample(CarePackageId.class, CarePackageId.of("pkg-1"))
                .sample(FunderId.class, FunderId.of("icb"))
                .sample(EmployerId.class, EmployerId.of("emp-1"))
                .sample(PersonId.class, PersonId.of("person-1"))
                .sample(PersonalAssistantId.class, PersonalAssistantId.of("pa-1"))
                .sample(Checks.Factory.class, InvalidValueException::new)
                .sample(CitedRule.class, rule)
                .sample(AbstractCitedRule.class, rule)
                .sample(CitedFinding.class, new Finding())
                .sample(CareBudgetModule.class, new CoreJacksonModule())
                .sample(TextValueModule.class, new CoreJacksonModule())
                .sample(javax.money.MonetaryAmount.class, org.javamoney.moneta.Money.of(12.5, "GBP"))
                .sample(JsonMapper.Builder.class, CareBudgetJson.builder())
                .sample(ObjectMapper.class, new ObjectMapper(), CareBudgetJson.mapper())
                .sample(Module.SetupContext.class, (Module.SetupContext) Proxy.newProxyInstance(
                        KernelApiWalkTest.class.getClassLoader(), new Class<?>[] {Module.SetupContext.class},
                        (proxy, method, args) -> method.getReturnType() == boolean.class ? Boolean.FALSE : null));
    }

    @Test
    void givenHostileArguments_thenOnlyTheModuleExceptionEscapesAndUnsupportedDatesAreRefused() {
        ApiWalk.Result result = kernelWalk().run();

        assertTrue(result.calls() > 800, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
        assertEquals(List.of(), result.unwalked(), result::toString);
    }
}
