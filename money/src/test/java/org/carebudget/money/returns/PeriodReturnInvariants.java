package org.carebudget.money.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.budget.BudgetLedger;
import org.carebudget.money.ledger.AccountBalance;

/**
 * The one invariant checker of a {@link PeriodReturn}, used by every test of returns: it balances, its parts add up
 * to its totals, and, made as of the whole journal, its closing balance and held total are the ledger's own
 * balances at the end of the period (the journal's totals, computed by the ledger, not by the return).
 */
final class PeriodReturnInvariants {

    private PeriodReturnInvariants() {
    }

    static void check(PeriodReturn r, BudgetLedger budget) {
        assertEquals(r.closingBalance(), r.openingBalance().plus(r.moneyIn()).minus(r.moneyOut()),
                "opening + in - out = closing: " + r);
        assertEquals(r.moneyIn(), r.receipts().plus(r.refunds()).plus(r.reversalsIn())
                .plus(r.priorPeriodAdjustmentsIn()), "money in is its parts");
        assertEquals(r.moneyOut(), r.spend().plus(r.returnsToFunder()).plus(r.clawbacks()).plus(r.reversalsOut())
                .plus(r.priorPeriodAdjustmentsOut()), "money out is its parts");
        Gbp adjustments = Gbp.ZERO;
        for (PriorPeriodAdjustment a : r.priorPeriodAdjustments()) {
            assertTrue(a.date().isBefore(r.period().start()), "an adjustment is dated before the period: " + a);
            assertTrue(a.position() >= r.previousKnownThrough() && a.position() < r.knownThrough(),
                    "an adjustment was recorded after the previous return: " + a);
            adjustments = adjustments.plus(a.amount());
        }
        assertEquals(adjustments, r.priorPeriodAdjustmentsIn().minus(r.priorPeriodAdjustmentsOut()));
        Gbp held = Gbp.ZERO;
        for (HeldSpend h : r.heldSpends()) {
            assertTrue(h.date().isBefore(r.periodEnd()) && !h.ruleIds().isEmpty(), "held: " + h);
            assertEquals(budget.holdReasons(h.holdId()).stream().map(f -> f.ruleId()).toList(), h.ruleIds(),
                    "the rule ids read from the journal are the budget's hold reasons");
            held = held.plus(h.amount());
        }
        assertEquals(held, r.heldTotal());
        if (r.knownThrough() == budget.journal().size()) {
            LocalDate last = r.periodEnd().minusDays(1);
            AccountBalance atEnd = budget.balance(r.funder(), last);
            assertEquals(atEnd.posted(), r.closingBalance(), "closing = the ledger's balance on " + last);
            assertEquals(Gbp.ofPence(atEnd.debitsPending()), r.heldTotal(), "held = the ledger's pending debits");
            if (r.previousKnownThrough() == r.knownThrough()) {
                assertEquals(budget.balance(r.funder(), r.period().start().minusDays(1)).posted(),
                        r.openingBalance(), "opening = the ledger's balance the day before");
            }
        }
        if (r.terms() != null) {
            assertEquals(r.closingBalance().minus(r.heldTotal()).minus(r.terms().contingency()), r.surplus());
        }
        if (r.hours() != null) {
            assertTrue(r.hours().lines().stream().allMatch(l -> l.key().funder().equals(r.funder())
                    && l.key().carePackage().equals(r.carePackage())), "hours of this funder and package only");
        }
    }
}
