/**
 * CareBudget core: the shared kernel (identifiers, dates and UK time, the money boundary type, the UK figures
 * by date) used by every other CareBudget module. Jackson is optional: when present,
 * {@code ObjectMapper.findAndRegisterModules()} picks up {@link org.carebudget.core.jackson.CoreJacksonModule}.
 */
module org.carebudget.core {
    requires transitive java.money;
    requires org.javamoney.moneta;
    requires static com.fasterxml.jackson.databind;

    exports org.carebudget.core;
    exports org.carebudget.core.id;
    exports org.carebudget.core.time;
    exports org.carebudget.core.money;
    exports org.carebudget.core.figures;
    exports org.carebudget.core.jackson;
    exports org.carebudget.core.employment;
    exports org.carebudget.core.employment.rules;
    exports org.carebudget.core.employment.jackson;

    provides com.fasterxml.jackson.databind.Module with org.carebudget.core.jackson.CoreJacksonModule,
            org.carebudget.core.employment.jackson.EmploymentJacksonModule;
}
