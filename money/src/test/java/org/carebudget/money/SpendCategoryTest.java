package org.carebudget.money;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.Map;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.money.Gbp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpendCategoryTest {

    /** As a vendor builds it; on the module path the services file is not read, so register the module by hand. */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        if (!mapper.getRegisteredModuleIds().contains("carebudget-core")) {
            mapper.registerModule(new CoreJacksonModule());
        }
        return mapper;
    }

    /** A funder's monthly budget by category: kernel values keyed by spend category. */
    public record CategoryBudget(FunderId funder, Map<SpendCategory, Gbp> amounts) {
    }

    @Test
    void givenCategories_thenTheEightOfTheSupportPlanInOrder() {
        assertArrayEquals(new SpendCategory[] {SpendCategory.PA_WAGES, SpendCategory.EMPLOYER_ON_COSTS,
            SpendCategory.AGENCY_CARE, SpendCategory.TRAINING, SpendCategory.INSURANCE,
            SpendCategory.EQUIPMENT_AND_ONE_OFF, SpendCategory.PAYROLL_AND_SUPPORT_FEES, SpendCategory.CONTINGENCY},
                SpendCategory.values());
    }

    @ParameterizedTest
    @EnumSource(SpendCategory.class)
    void givenCategory_thenItsNameIsItsTextForm(SpendCategory category) {
        assertEquals(category, SpendCategory.valueOf(category.name()));
    }

    @Test
    void givenBudgetByCategory_thenJsonUsesCategoryNamesAndGbpText() throws Exception {
        Map<SpendCategory, Gbp> amounts = new EnumMap<>(SpendCategory.class);
        amounts.put(SpendCategory.PA_WAGES, Gbp.parse("£1800.00"));
        amounts.put(SpendCategory.CONTINGENCY, Gbp.parse("£150.05"));
        CategoryBudget budget = new CategoryBudget(FunderId.of("icb-qwe"), amounts);
        ObjectMapper mapper = mapper();

        String json = mapper.writeValueAsString(budget);

        assertEquals("{\"funder\":\"icb-qwe\",\"amounts\":{\"PA_WAGES\":\"£1800.00\",\"CONTINGENCY\":\"£150.05\"}}", json);
        CategoryBudget back = mapper.readValue(json, CategoryBudget.class);
        assertEquals(budget.funder(), back.funder());
        assertEquals(amounts, back.amounts());
        assertEquals(amounts, mapper.readValue(mapper.writeValueAsString(amounts),
                new TypeReference<Map<SpendCategory, Gbp>>() { }));
    }

    @Test
    void givenMonthlyBudgetSplitAcrossCategories_thenNoPennyLost() {
        Gbp budget = Gbp.parse("£2000.01");

        Gbp[] parts = budget.allocate(70, 15, 0, 0, 0, 0, 5, 10);

        assertEquals(SpendCategory.values().length, parts.length);
        assertEquals(Gbp.parse("£1400.01"), parts[SpendCategory.PA_WAGES.ordinal()]);
        assertEquals(Gbp.ZERO, parts[SpendCategory.AGENCY_CARE.ordinal()]);
        assertEquals(Gbp.parse("£200.00"), parts[SpendCategory.CONTINGENCY.ordinal()]);
        Gbp total = Gbp.ZERO;
        for (Gbp part : parts) {
            total = total.plus(part);
        }
        assertEquals(budget, total);
    }
}
