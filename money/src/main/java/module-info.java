import org.jspecify.annotations.NullMarked;

/**
 * CareBudget money: budget ledgers with ring-fenced funds per funder.
 *
 * <p>Jackson is optional: on the class path {@code findAndRegisterModules()} finds
 * {@link org.carebudget.money.jackson.MoneyJacksonModule} through {@code META-INF/services}; on the module path
 * register it yourself. No {@code provides} clause, for the reason given on module {@code org.carebudget.core}.
 *
 * <p>Nullness is declared: the module is {@code @NullMarked} (JSpecify), so every type is non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
module org.carebudget.money {
    requires transitive org.carebudget.core;
    requires static com.fasterxml.jackson.databind;
    requires de.siegmar.fastcsv;
    requires static transitive org.jspecify;

    exports org.carebudget.money;
    exports org.carebudget.money.ledger;
    exports org.carebudget.money.policy;
    exports org.carebudget.money.budget;
    exports org.carebudget.money.jackson;
    exports org.carebudget.money.costing;
    exports org.carebudget.money.reconcile;
    exports org.carebudget.money.returns;
    exports org.carebudget.money.store;
}
