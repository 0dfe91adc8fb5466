import org.jspecify.annotations.NullMarked;

/**
 * CareBudget rostering: shifts, rotas and timesheets; hours used against hours budgeted; the cover look-ahead with
 * who could fill each gap; and the Working Time Regulations checked across all of a personal assistant's employers.
 * Time is elapsed {@code Europe/London} time throughout. Jackson and jollyday are optional.
 *
 * <p>On the module path, register {@code RosteringJacksonModule} yourself: there is deliberately no {@code provides}
 * clause, because one naming a type of a {@code requires static} module stops the boot layer from resolving when
 * Jackson is absent.
 *
 * <p>Nullness is declared: the module is {@code @NullMarked} (JSpecify), so every type is non-null unless marked
 * {@code @Nullable}.
 */
@NullMarked
module org.carebudget.rostering {
    requires transitive org.carebudget.core;
    requires static com.fasterxml.jackson.databind;
    requires static de.focus_shift.jollyday.core;
    requires static transitive org.jspecify;

    exports org.carebudget.rostering;
    exports org.carebudget.rostering.holidays;
    exports org.carebudget.rostering.workingtime;
    exports org.carebudget.rostering.cover;
    exports org.carebudget.rostering.hours;
    exports org.carebudget.rostering.jackson;
}
