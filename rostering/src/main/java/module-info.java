import org.jspecify.annotations.NullMarked;

/**
 * CareBudget rostering: shifts and the hours they use, measured in elapsed time in {@code Europe/London}.
 * Jackson is optional.
 *
 * <p>Nullness is declared: the module is {@code @NullMarked} (JSpecify), so every type is non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
module org.carebudget.rostering {
    requires transitive org.carebudget.core;
    requires static com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports org.carebudget.rostering;
}
