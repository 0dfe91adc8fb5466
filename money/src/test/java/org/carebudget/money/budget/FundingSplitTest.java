package org.carebudget.money.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.money.Gbp;
import org.junit.jupiter.api.Test;

class FundingSplitTest {

    static final FunderId NHS = FunderId.of("nhs-icb");
    static final FunderId COUNCIL = FunderId.of("council");
    static final FunderId SELF = FunderId.of("self");

    static Map<FunderId, Long> ratios(Object... funderThenRatio) {
        Map<FunderId, Long> ratios = new LinkedHashMap<>();
        for (int i = 0; i < funderThenRatio.length; i += 2) {
            ratios.put((FunderId) funderThenRatio[i], ((Number) funderThenRatio[i + 1]).longValue());
        }
        return ratios;
    }

    @Test
    void givenA2To1SplitOf100Pounds_thenEachFunderGetsItsShareToThePenny() {
        List<FunderShare> shares = FundingSplit.byRatio(Gbp.ofPence(10_000), ratios(NHS, 2, COUNCIL, 1));

        assertEquals(List.of(new FunderShare(NHS, Gbp.ofPence(6_667)), new FunderShare(COUNCIL, Gbp.ofPence(3_333))),
                shares);
    }

    @Test
    void given1pSplit1To1_thenThePennyGoesToTheSmallerFunderIdWhateverTheMapOrder() {
        List<FunderShare> nhsFirst = FundingSplit.byRatio(Gbp.ofPence(1), ratios(NHS, 1, COUNCIL, 1));
        List<FunderShare> councilFirst = FundingSplit.byRatio(Gbp.ofPence(1), ratios(COUNCIL, 1, NHS, 1));

        assertEquals(List.of(new FunderShare(NHS, Gbp.ofPence(0)), new FunderShare(COUNCIL, Gbp.ofPence(1))),
                nhsFirst);
        assertEquals(List.of(new FunderShare(COUNCIL, Gbp.ofPence(1)), new FunderShare(NHS, Gbp.ofPence(0))),
                councilFirst);
    }

    @Test
    void given2pSplitEquallyThreeWays_thenThePenniesGoToTheTwoSmallestIdsWhateverTheMapOrder() {
        for (List<FunderId> order : List.of(List.of(NHS, COUNCIL, SELF), List.of(SELF, NHS, COUNCIL),
                List.of(COUNCIL, SELF, NHS), List.of(SELF, COUNCIL, NHS))) {
            List<FunderShare> shares = FundingSplit.byRatio(Gbp.ofPence(2),
                    ratios(order.get(0), 5, order.get(1), 5, order.get(2), 5));

            assertEquals(order, shares.stream().map(FunderShare::funder).toList());
            assertEquals(Map.of(COUNCIL, 1L, NHS, 1L, SELF, 0L), shares.stream()
                    .collect(Collectors.toMap(FunderShare::funder, share -> share.amount().pence())), order::toString);
        }
    }

    @Test
    void givenTasksTiedOnMinutes_thenTheLeftOverPennyGoesToTheSameFunderWhateverTheTaskOrder() {
        List<FunderShare> nhsFirst = FundingSplit.byTask(Gbp.ofPence(10_001), List.of(
                new TaskShare("PEG feeding", NHS, 30), new TaskShare("personal care", COUNCIL, 30)));
        List<FunderShare> councilFirst = FundingSplit.byTask(Gbp.ofPence(10_001), List.of(
                new TaskShare("personal care", COUNCIL, 30), new TaskShare("PEG feeding", NHS, 30)));

        assertEquals(List.of(new FunderShare(NHS, Gbp.ofPence(5_000)), new FunderShare(COUNCIL, Gbp.ofPence(5_001))),
                nhsFirst);
        assertEquals(List.of(new FunderShare(COUNCIL, Gbp.ofPence(5_001)), new FunderShare(NHS, Gbp.ofPence(5_000))),
                councilFirst);
    }
}
