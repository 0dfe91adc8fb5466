/**
 * CareBudget money: budget ledgers with ring-fenced funds per funder. Jackson is optional.
 */
module org.carebudget.money {
    requires transitive org.carebudget.core;
    requires static com.fasterxml.jackson.databind;

    exports org.carebudget.money;
    exports org.carebudget.money.ledger;
    exports org.carebudget.money.policy;
    exports org.carebudget.money.budget;
    exports org.carebudget.money.jackson;

    provides com.fasterxml.jackson.databind.Module with org.carebudget.money.jackson.MoneyJacksonModule;
}
