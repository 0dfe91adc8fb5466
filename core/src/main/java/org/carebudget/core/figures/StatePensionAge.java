package org.carebudget.core.figures;

import java.time.LocalDate;
import org.carebudget.core.InvalidValueException;

/**
 * The date a person reaches State Pension age, from their date of birth, under the timetable in the Pensions
 * Act 2014 (gov.uk/state-pension-age): 66 for those born before 6 April 1960; 66 years and 1 to 11 months for
 * those born from 6 April 1960 to 5 March 1961 (one more month for each monthly birth band starting on the 6th);
 * 67 for those born from 6 March 1961 to 5 April 1977; 68 for those born from 6 April 1977 (Pensions Act 2007,
 * phased; not reached before 2044, so outside the dates the other figures cover).
 *
 * <p>Those born before 6 October 1954 had a State Pension age below 66, but reached it before 2021, so for any
 * date from 2024 on (the dates the other figures cover) they are over it either way. Immutable and thread-safe.
 */
public final class StatePensionAge {

    private static final StatePensionAge STANDARD = new StatePensionAge();
    private static final Source SOURCE = Source.of("gov.uk/state-pension-age; Pensions Act 2014 s. 26 "
            + "(timetable for the rise to 67); Pensions Act 2007 (68)", Status.SECONDARY);
    private static final LocalDate PHASE_START = LocalDate.of(1960, 4, 6);
    private static final LocalDate SIXTY_SEVEN_FROM = LocalDate.of(1961, 3, 6);
    private static final LocalDate SIXTY_EIGHT_FROM = LocalDate.of(1977, 4, 6);

    private StatePensionAge() {
    }

    /**
     * Returns the standard timetable.
     *
     * @return the timetable, not null
     */
    static StatePensionAge standard() {
        return STANDARD;
    }

    /**
     * Returns the date a person born on {@code dateOfBirth} reaches State Pension age.
     *
     * @param dateOfBirth the date of birth, not null
     * @return the date State Pension age is reached, not null
     * @throws InvalidValueException if {@code dateOfBirth} is null
     */
    public LocalDate reachedOn(LocalDate dateOfBirth) {
        InvalidValueException.requireNonNull(dateOfBirth, "dateOfBirth");
        if (dateOfBirth.isBefore(PHASE_START)) {
            return dateOfBirth.plusYears(66);
        }
        if (dateOfBirth.isBefore(SIXTY_SEVEN_FROM)) {
            LocalDate band = dateOfBirth.minusDays(5);
            long months = band.getYear() * 12L + band.getMonthValue() - (1960 * 12L + 4) + 1;
            return dateOfBirth.plusYears(66).plusMonths(months);
        }
        return dateOfBirth.plusYears(dateOfBirth.isBefore(SIXTY_EIGHT_FROM) ? 67 : 68);
    }

    /**
     * Returns where the timetable comes from.
     *
     * @return the source, not null
     */
    public Source source() {
        return SOURCE;
    }
}
