package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.RateType;
import org.carebudget.core.money.Gbp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractRatesTest {

    private static final ContractRates RULE = new ContractRates();

    @ParameterizedTest(name = "day rate {0} as of {1}: act before {2}")
    @CsvSource({
        "12.21, 2026-01-01, ''",
        "12.21, 2026-01-02, 2026-04-02",
        "12.21, 2026-03-31, 2026-04-02",
        "12.21, 2026-04-01, 2026-04-02",
        "12.71, 2026-03-31, ''",
        "12.20, 2026-03-01, 2026-03-02",
        "12.71, 2027-03-20, ''"})
    void givenDayRate_thenWarnedBeforeTheAprilUpratingOvertakesIt(String rate, LocalDate asOf, String actBefore) {
        Employment e = Given.bare().payRate(RateType.DAY, Gbp.parse(rate)).build();

        List<ComplianceFinding> found = Given.findings(RULE, e, asOf);

        if (actBefore.isEmpty()) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(1, found.size());
            assertEquals(ComplianceSeverity.WARNING, found.get(0).severity());
            assertEquals(LocalDate.parse(actBefore), found.get(0).actBefore());
            RateBelowMinimum below = found.get(0).figures(RateBelowMinimum.class);
            assertEquals(below.gapPerHour(), found.get(0).amount());
        }
    }

    @Test
    void givenSleepInAllowanceBelowTheMinimum_thenNotFlagged() {
        assertEquals(List.of(), Given.findings(RULE, Given.bare().payRate(RateType.SLEEP_IN, Gbp.parse("5.00")).build(),
                Given.AS_OF));
    }

    @Test
    void givenNightRateBelow_thenMessageNamesRateMinimumAndAge() {
        Employment e = Given.bare().payRate(RateType.NIGHT, Gbp.parse("12.00")).build();

        assertEquals("The contract's night rate of £12.00 an hour is below the minimum wage of £12.21 for age 35 from "
                + "2025-09-01 (gov.uk/national-minimum-wage-rates (rates, C2); offset: "
                + "gov.uk/national-minimum-wage-accommodation, HMRC NMWM03080).",
                Given.findings(RULE, e, Given.AS_OF).get(0).message());
    }
}
