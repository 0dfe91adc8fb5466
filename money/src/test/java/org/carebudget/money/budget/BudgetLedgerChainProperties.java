package org.carebudget.money.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.carebudget.core.id.FunderId;
import org.carebudget.money.budget.BudgetLedgerProperties.Op;
import org.carebudget.money.budget.BudgetLedgerProperties.Run;
import org.carebudget.money.ledger.AccountBalance;
import org.carebudget.money.ledger.Ledger;

/**
 * The budget ledger as a jqwik {@link ActionChain}: the same steps as {@link BudgetLedgerProperties} (receipts,
 * single and linked spends, posts, voids, expiries, reversals, refunds, clawbacks, resubmissions, invalid input,
 * dates sometimes going back), with the invariants checked after every step rather than at the end, so a failure
 * shrinks to the first step that breaks one. 1,000 chains of up to 30 steps.
 */
class BudgetLedgerChainProperties {

    @Property
    void after_every_step_money_is_conserved_no_stream_is_below_zero_and_the_running_totals_match_the_journal(
            @ForAll("chains") ActionChain<Run> chain) {
        chain.withInvariant("debits equal credits", BudgetLedgerChainProperties::conserved)
                .withInvariant("no stream below zero", BudgetLedgerChainProperties::noStreamBelowZero)
                .withInvariant("running totals match the journal", BudgetLedgerChainProperties::runningTotalsMatch)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<Run>> chains() {
        return ActionChain.<Run>startWith(Run::new).withAction(new Step()).withMaxTransformations(30);
    }

    /** Any step of {@link BudgetLedgerProperties}, applied with its own check that a refused step changed nothing. */
    static final class Step implements Action.Independent<Run> {
        @Override
        public Arbitrary<Transformer<Run>> transformer() {
            return BudgetLedgerProperties.ops().map(op -> Transformer.mutate(op.toString(), run -> run.apply(op)));
        }
    }

    static void conserved(Run run) {
        Ledger ledger = Ledger.replay(run.budget.journal());
        long posted = 0;
        long pending = 0;
        for (int account = 0; account < ledger.accountCount(); account++) {
            AccountBalance balance = ledger.balance(account);
            posted += balance.creditsPosted() - balance.debitsPosted();
            pending += balance.creditsPending() - balance.debitsPending();
        }
        assertEquals(0, posted, "posted debits differ from posted credits");
        assertEquals(0, pending, "pending debits differ from pending credits");
    }

    static void noStreamBelowZero(Run run) {
        for (FunderId funder : BudgetLedgerProperties.FUNDERS) {
            for (LocalDate day = BudgetLedgerProperties.OPENED; !day.isAfter(run.day.plusDays(12));
                    day = day.plusDays(1)) {
                assertTrue(run.budget.balance(funder, day).available().pence() >= 0, funder + " below zero on "
                        + day);
            }
        }
    }

    static void runningTotalsMatch(Run run) {
        for (FunderId funder : BudgetLedgerProperties.FUNDERS) {
            assertEquals(run.budget.balance(funder, LocalDate.of(2030, 1, 1)), run.budget.balance(funder));
        }
    }
}
