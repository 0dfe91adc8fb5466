package org.carebudget.core.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.testing.ApiWalk;
import org.carebudget.core.time.DateRange;
import org.junit.jupiter.api.Test;

/** The hours value's public API walked with hostile arguments: only {@link InvalidValueException} may come out. */
class HoursApiWalkTest {

    @Test
    void givenHostileArguments_thenOnlyTheCoreExceptionEscapesAndRefusalsChangeNothing() {
        HoursKey key = HoursKey.of(CarePackageId.of("pkg-1"), FunderId.of("icb"), PersonalAssistantId.of("pa-1"),
                HoursKind.NIGHT);
        DateRange april = DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
        HoursSummary summary = HoursSummary.builder(april).add(key, 540, 480).build();
        ApiWalk.Result result = ApiWalk.of(InvalidValueException.class, HoursSummary.class, "org.carebudget.core.hours")
                .sample(CarePackageId.class, CarePackageId.of("pkg-1"))
                .sample(FunderId.class, FunderId.of("icb"))
                .sample(PersonalAssistantId.class, PersonalAssistantId.of("pa-1"))
                .sample(DateRange.class, april)
                .sample(HoursKey.class, key)
                .sample(HoursLine.class, HoursLine.of(key, 60, 60))
                .sample(HoursSummary.class, summary)
                .instance(HoursSummary.Builder.class, () -> HoursSummary.builder(april).add(key, 10, 10),
                        b -> b.build())
                .run();

        assertTrue(result.calls() > 60, result::toString);
        assertEquals(List.of(), result.violations(), result::toString);
    }
}
