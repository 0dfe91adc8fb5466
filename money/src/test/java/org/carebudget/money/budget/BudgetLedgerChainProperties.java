package org.carebudget.money.budget;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * The budget ledger as a jqwik {@link ActionChain}: the same steps as {@link BudgetLedgerProperties}
 * ({@link BudgetRun}), with {@link BudgetLedgerInvariants#check} after every step rather than at the end, so a
 * failure shrinks to the first step that breaks one. 1,000 chains of up to 20 steps at the default setting.
 */
class BudgetLedgerChainProperties {

    @Property
    void givenAnyChain_thenAfterEveryStepMoneyIsConservedNoStreamIsBelowZeroAndRunningTotalsMatchTheJournal(
            @ForAll("chains") ActionChain<BudgetRun> chain) {
        chain.withInvariant("budget ledger invariants", run -> BudgetLedgerInvariants.check(run.budget)).run();
    }

    @Provide
    Arbitrary<ActionChain<BudgetRun>> chains() {
        return ActionChain.<BudgetRun>startWith(BudgetRun::new).withAction(new Step()).withMaxTransformations(20);
    }

    /** Any step of {@link BudgetRun}, applied with its own check that a refused step changed nothing. */
    static final class Step implements Action.Independent<BudgetRun> {
        @Override
        public Arbitrary<Transformer<BudgetRun>> transformer() {
            return BudgetRun.ops().map(op -> Transformer.mutate(op.toString(), run -> run.apply(op)));
        }
    }
}
