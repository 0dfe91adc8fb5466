/** A vendor's module that uses CareBudget from its published artifacts. */
module org.carebudget.consumercheck {
    requires org.carebudget.core;
    requires org.carebudget.money;
    requires org.carebudget.rostering;
}
