package org.carebudget.core.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.carebudget.core.Checks;

/**
 * The base of every CareBudget Jackson module: whatever the mapper's settings, CareBudget's own types (every type in
 * an {@code org.carebudget} package) are read strictly, and a vendor's own types keep the vendor's settings.
 *
 * <p>Registering any CareBudget module on a mapper, even a default {@code new ObjectMapper().findAndRegisterModules()},
 * makes reading a CareBudget value refuse, with a {@code JsonMappingException}:
 * <ul>
 *   <li>a duplicate key in the value's JSON object or anything nested in it;</li>
 *   <li>an unknown property;</li>
 *   <li>{@code null} or a missing value for a primitive (a missing id is never read as 0; a missing object is null,
 *       which the type's factory refuses unless the value is optional), a float for an integer ({@code 1.5} as {@code 1}), a scalar coerced from text
 *       ({@code "7"} as {@code 7}), an enum given by its index, an empty string or array read as null, a single
 *       value read as an array.</li>
 * </ul>
 * Two settings belong to the whole document, not to a type, and so only a mapper can hold them: trailing tokens after
 * the root value, and the parser's stream read constraints (the longest string or number, the deepest nesting).
 * {@link CareBudgetJson#mapper()} and {@link CareBudgetJson#configure} set both; {@link CareBudgetJson#laxSettings}
 * names what a mapper lacks.
 *
 * <p>Subclasses add their serializers, deserializers, mix-ins and named subtypes in their constructor;
 * {@link #setupModule} is final, so no subclass can leave the strict reading out. Not thread-safe while being
 * configured; thread-safe once registered with an {@code ObjectMapper}.
 */
public abstract class CareBudgetModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the module.
     *
     * @param name the module name, not null, unique among registered modules (its id for Jackson)
     * @throws org.carebudget.core.InvalidValueException if {@code name} is null or blank
     */
    protected CareBudgetModule(String name) {
        super(Checks.CORE.text(name, 200, "name"), Version.unknownVersion());
    }

    /**
     * Registers what the subclass added, and the strict reading of CareBudget's types. Called by Jackson when the
     * module is registered.
     *
     * @param context Jackson's set-up context, not null
     * @throws org.carebudget.core.InvalidValueException if {@code context} is null
     */
    @Override
    public final void setupModule(SetupContext context) {
        Checks.CORE.notNull(context, "context");
        super.setupModule(context);
        context.addBeanDeserializerModifier(StrictReading.MODIFIER);
    }
}
