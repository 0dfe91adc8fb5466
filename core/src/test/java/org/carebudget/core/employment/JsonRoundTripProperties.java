package org.carebudget.core.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.carebudget.core.employment.jackson.EmploymentJacksonModule;
import org.carebudget.core.employment.rules.StandardRules;
import org.carebudget.core.jackson.CareBudgetJson;
import org.carebudget.core.jackson.CoreJacksonModule;

class JsonRoundTripProperties {

    /** CareBudget's strict settings, modules registered by hand as on the module path. */
    private static final JsonMapper MAPPER = CareBudgetJson.configure(CareBudgetJson.builder())
            .addModules(new CoreJacksonModule(), new EmploymentJacksonModule()).build();
    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() { };

    @Property(tries = 300)
    void evidenceAndFindingsRoundTripThroughJson(@ForAll long seed, @ForAll @IntRange(min = 0, max = 600) int daysIn)
            throws Exception {
        RandomEmployments.Parts parts = RandomEmployments.parts(seed);
        Employment employment = parts.build(parts.evidence());
        LocalDate asOf = parts.period().start().minusDays(30).plusDays(daysIn);
        EmploymentFindings found = StandardRules.ruleSet().evaluate(employment,
                asOf.isAfter(RandomEmployments.LATEST) ? RandomEmployments.LATEST : asOf);

        List<Evidence> evidence = MAPPER.readValue(MAPPER.writerFor(EVIDENCE).writeValueAsString(parts.evidence()),
                EVIDENCE);

        assertEquals(parts.evidence(), evidence);
        assertEquals(found, MAPPER.readValue(MAPPER.writeValueAsString(found), EmploymentFindings.class));
    }
}
