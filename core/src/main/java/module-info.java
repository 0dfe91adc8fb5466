import org.jspecify.annotations.NullMarked;

/**
 * CareBudget core: the shared kernel (identifiers, dates and UK time, the money boundary type, the UK figures
 * by date) used by every other CareBudget module.
 *
 * <p>Jackson is optional. On the class path, {@code ObjectMapper.findAndRegisterModules()} finds
 * {@link org.carebudget.core.jackson.CoreJacksonModule} through {@code META-INF/services}. On the module path,
 * register it yourself ({@code mapper.registerModule(new CoreJacksonModule())}): there is deliberately no
 * {@code provides} clause, because a {@code provides} naming a type of a {@code requires static} module stops
 * the boot layer from resolving when Jackson is absent.
 *
 * <p>Money crosses the API as JSR-354 {@code javax.money.MonetaryAmount} (module {@code java.money}, the API jar
 * alone: no implementation and no network client). Only {@code Gbp.toMonetaryAmount()} needs an implementation: add
 * {@code org.javamoney.moneta:moneta-core} to create amounts; on the module path it is bound as a service provider of
 * {@code java.money}, so no {@code requires} is needed.
 *
 * <p>Nullness is declared: the module is {@code @NullMarked} (JSpecify), so every type is non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
module org.carebudget.core {
    requires transitive java.money;
    requires static com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports org.carebudget.core;
    exports org.carebudget.core.id;
    exports org.carebudget.core.time;
    exports org.carebudget.core.money;
    exports org.carebudget.core.figures;
    exports org.carebudget.core.hours;
    exports org.carebudget.core.hours.jackson;
    exports org.carebudget.core.rule;
    exports org.carebudget.core.jackson;
    exports org.carebudget.core.training;
    exports org.carebudget.core.training.jackson;
    exports org.carebudget.core.employment;
    exports org.carebudget.core.employment.rules;
    exports org.carebudget.core.employment.jackson;
}
