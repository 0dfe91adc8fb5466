package org.carebudget.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.money.Gbp;
import org.junit.jupiter.api.Test;

class SpendCategoryTest {

    /** As a vendor builds it; on the module path the services file is not read, so register the module by hand. */
    static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        if (!mapper.getRegisteredModuleIds().contains("carebudget-core")) {
            mapper.registerModule(new CoreJacksonModule());
        }
        if (!mapper.getRegisteredModuleIds().contains("carebudget-money")) {
            mapper.registerModule(new org.carebudget.money.jackson.MoneyJacksonModule());
        }
        return mapper;
    }

    @Test
    void givenTheStandardCategories_thenTheEightOfTheSupportPlanInOrderWithCodes1To8() {
        assertEquals(List.of(SpendCategory.PA_WAGES, SpendCategory.EMPLOYER_ON_COSTS, SpendCategory.AGENCY_CARE,
                SpendCategory.TRAINING, SpendCategory.INSURANCE, SpendCategory.EQUIPMENT_AND_ONE_OFF,
                SpendCategory.PAYROLL_AND_SUPPORT_FEES, SpendCategory.CONTINGENCY), SpendCategory.standard());
        for (int i = 0; i < 8; i++) {
            assertEquals(i + 1, SpendCategory.standard().get(i).standardCode());
            assertEquals(SpendCategory.standard().get(i), SpendCategory.of(SpendCategory.standard().get(i).name()));
        }
    }

    @Test
    void givenAnAgreedItem_thenItIsACategoryEqualByNameAndNotStandard() {
        SpendCategory gym = SpendCategory.agreed("gym-membership");

        assertEquals(gym, SpendCategory.of("gym-membership"));
        assertFalse(gym.isStandard());
        assertTrue(SpendCategory.CONTINGENCY.compareTo(gym) < 0);
    }

    @Test
    void givenAnAgreedItemNamedLikeAStandardCategory_thenItIsRefused() {
        LedgerException e = assertThrows(LedgerException.class, () -> SpendCategory.agreed("pa_wages"));

        assertEquals("category", e.field());
    }

    @Test
    void givenBudgetByCategory_thenJsonUsesCategoryNamesAsKeysAndRoundTrips() throws Exception {
        Map<SpendCategory, Gbp> amounts = new LinkedHashMap<>();
        amounts.put(SpendCategory.PA_WAGES, Gbp.parse("£1800.00"));
        amounts.put(SpendCategory.agreed("gym-membership"), Gbp.parse("£30.00"));
        ObjectMapper mapper = mapper();

        String json = mapper.writeValueAsString(amounts);

        assertEquals("{\"PA_WAGES\":\"£1800.00\",\"gym-membership\":\"£30.00\"}", json);
        assertEquals(amounts, mapper.readValue(json, new TypeReference<Map<SpendCategory, Gbp>>() { }));
    }
}
