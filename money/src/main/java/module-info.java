/**
 * CareBudget money: budget ledgers with ring-fenced funds per funder.
 *
 * <p>Jackson is optional: on the class path {@code findAndRegisterModules()} finds
 * {@link org.carebudget.money.jackson.MoneyJacksonModule} through {@code META-INF/services}; on the module path
 * register it yourself. No {@code provides} clause, for the reason given on module {@code org.carebudget.core}.
 */
module org.carebudget.money {
    requires transitive org.carebudget.core;
    requires static com.fasterxml.jackson.databind;

    exports org.carebudget.money;
    exports org.carebudget.money.ledger;
    exports org.carebudget.money.policy;
    exports org.carebudget.money.budget;
    exports org.carebudget.money.jackson;
}
