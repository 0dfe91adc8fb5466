package org.carebudget.rostering;

import java.time.LocalDate;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * Whole days a personal assistant is away: annual leave, sickness or other absence. The days are half-open,
 * {@code [first day, day back)}, as {@link DateRange} is. A PA's absences may not overlap. Immutable and
 * thread-safe.
 */
public final class Absence {

    private final PersonalAssistantId personalAssistant;
    private final AbsenceKind kind;
    private final DateRange days;

    private Absence(PersonalAssistantId personalAssistant, AbsenceKind kind, DateRange days) {
        this.personalAssistant = personalAssistant;
        this.kind = kind;
        this.days = days;
    }

    /**
     * Returns the absence.
     *
     * @param personalAssistant the PA, not null
     * @param kind why the PA is away, not null
     * @param days the days away, not null, with an end, not empty, within the supported dates
     * @return the absence, not null
     * @throws RosteringException if an argument is null, or the days are open-ended, empty or unsupported
     */
    public static Absence of(@Nullable PersonalAssistantId personalAssistant, @Nullable AbsenceKind kind,
            @Nullable DateRange days) {
        RosteringException.CHECKS.notNull(personalAssistant, "personalAssistant");
        RosteringException.CHECKS.notNull(kind, "kind");
        return new Absence(personalAssistant, kind, boundedDays(days, "days"));
    }

    static DateRange boundedDays(@Nullable DateRange days, String field) {
        RosteringException.CHECKS.notNull(days, field);
        LocalDate end = days.end().orElse(null);
        if (end == null || !end.isAfter(days.start()) || !SupportedDates.contains(days.start())
                || end.isAfter(SupportedDates.LAST.plusDays(1))) {
            throw new RosteringException(field, "at least one day, with an end, within " + SupportedDates.FIRST + " - "
                    + SupportedDates.LAST, days);
        }
        return days;
    }

    /**
     * Returns the PA.
     *
     * @return the PA, not null
     */
    public PersonalAssistantId personalAssistant() {
        return personalAssistant;
    }

    /**
     * Returns why the PA is away.
     *
     * @return the kind, not null
     */
    public AbsenceKind kind() {
        return kind;
    }

    /**
     * Returns the days away.
     *
     * @return the days, half-open, with an end, not null
     */
    public DateRange days() {
        return days;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Absence a && a.personalAssistant.equals(personalAssistant) && a.kind == kind
                && a.days.equals(days);
    }

    @Override
    public int hashCode() {
        return (personalAssistant.hashCode() * 31 + kind.hashCode()) * 31 + days.hashCode();
    }

    @Override
    public String toString() {
        return "Absence[" + personalAssistant + " " + kind + " " + days + "]";
    }
}
