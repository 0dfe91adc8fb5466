package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.money.Gbp;
import org.junit.jupiter.api.Test;

/** The JSON view of a report: every part written, amounts as text, entries by id. */
class ReconciliationJsonTest {

    @Test
    void givenAReport_thenItsJsonViewHoldsEveryPart() throws Exception {
        LocalDate day = LocalDate.of(2026, 4, 6);
        BankStatement statement = BankStatement.of(List.of(
                StatementLine.of(day, Gbp.ofPence(-4500), "A JONES").withBalance(Gbp.ofPence(5500)),
                StatementLine.of(day, Gbp.ofPence(-300), "BANK CHARGE").withBalance(Gbp.ofPence(5200))));
        ReconciliationInput input = ReconciliationInput.of(statement,
                List.of(LedgerEntry.of("t1", day, Gbp.ofPence(-4500)), LedgerEntry.of("t9", day, Gbp.ofPence(-99))),
                day.plusDays(5)).withOpening(day, Gbp.ofPence(10000));
        ReconciliationReport report = Reconciler.defaults().reconcile(input);
        ObjectMapper mapper = new ObjectMapper().registerModule(ReconciliationJson.module());

        JsonNode json = mapper.readTree(mapper.writeValueAsString(report));

        assertEquals("2026-04-11", json.get("asOf").asText());
        assertEquals(List.of("t1"), List.of(json.get("matches").get(0).get("entryIds").get(0).asText()));
        assertEquals("-£45.00", json.get("matches").get(0).get("line").get("amount").asText());
        assertEquals("NO_SAME_AMOUNT", json.get("unmatchedLines").get(0).get("reason").asText());
        assertEquals("t9", json.get("unmatchedEntries").get(0).get("entryIds").get(0).asText());
        JsonNode check = json.get("balanceChecks").get(0);
        assertEquals("£52.00", check.get("statementBalance").asText());
        assertEquals("£54.01", check.get("ledgerBalance").asText());
        assertEquals("£0.00", check.get("unexplained").asText());
        assertEquals(ReconciliationFinding.STALE, json.get("findings").get(0).get("ruleId").asText());
    }
}
