/**
 * CareBudget rostering: shifts and the hours they use, measured in elapsed time in {@code Europe/London}.
 * Jackson is optional.
 */
module org.carebudget.rostering {
    requires transitive org.carebudget.core;
    requires static com.fasterxml.jackson.databind;

    exports org.carebudget.rostering;
}
