package org.carebudget.core.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carebudget.core.id.IdProperties;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.money.GbpProperties;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.TaxYear;
import org.carebudget.core.time.TimeProperties;

/** Any kernel value survives JSON, as a value and as a map key. */
class JacksonProperties {

    private final ObjectMapper mapper = CoreJacksonModuleTest.mapper();

    /** A record of one of each kernel value. */
    public record Row(PersonId person, NhsNumber nhsNumber, NationalInsuranceNumber niNumber, Gbp amount,
            DateRange range, TaxYear taxYear, LocalDate date) {
    }

    @Provide
    Arbitrary<Row> rows() {
        IdProperties ids = new IdProperties();
        TimeProperties time = new TimeProperties();
        return Combinators.combine(ids.opaqueIds().map(PersonId::of), ids.validNhsNumbers().map(NhsNumber::parse),
                ids.validNiNumbers().map(NationalInsuranceNumber::parse), new GbpProperties().pence().map(Gbp::ofPence),
                time.ranges(), Arbitraries.integers().between(1900, 2199).map(TaxYear::startingIn), time.dates())
                .as(Row::new);
    }

    @Property(tries = 500)
    void givenAnyRow_thenJsonRoundTrips(@ForAll("rows") Row row) throws Exception {
        assertEquals(row, mapper.readValue(mapper.writeValueAsString(row), Row.class));
    }

    @Property(tries = 500)
    void givenKernelValuesAsMapKeys_thenJsonRoundTrips(@ForAll("rows") Row row) throws Exception {
        Map<NhsNumber, TaxYear> byNhsNumber = Map.of(row.nhsNumber(), row.taxYear());
        Map<DateRange, Gbp> byRange = Map.of(row.range(), row.amount());

        assertEquals(byNhsNumber, mapper.readValue(mapper.writeValueAsString(byNhsNumber),
                new TypeReference<Map<NhsNumber, TaxYear>>() { }));
        assertEquals(byRange, mapper.readValue(mapper.writeValueAsString(byRange),
                new TypeReference<Map<DateRange, Gbp>>() { }));
    }
}
