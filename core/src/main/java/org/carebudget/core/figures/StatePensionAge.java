package org.carebudget.core.figures;

import java.time.LocalDate;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;

/**
 * The date a person reaches State Pension age, from their date of birth (gov.uk/state-pension-age):
 * <ul>
 *   <li>born before 6 April 1960: 66 (those born before 6 October 1954 reached a lower age, but before 2021, so for
 *       any date the figures cover they are over it either way);</li>
 *   <li>born 6 April 1960 to 5 March 1961: 66 years and 1 to 11 months, one more month for each monthly birth band
 *       starting on the 6th (Pensions Act 2014 s. 26, table 3; a day that does not exist in the month is the last
 *       day of the month, as the Act's para 7A says for 31 July and 31 December 1960 and 31 January 1961);</li>
 *   <li>born 6 March 1961 to 5 April 1977: 67;</li>
 *   <li>born 6 April 1977 to 5 April 1978: a day from 6 May 2044 to 6 March 2046, two months later for each monthly
 *       birth band (Pensions Act 2007 Sch. 3, phasing 67 to 68 from April 2044 to April 2046);</li>
 *   <li>born on or after 6 April 1978: 68.</li>
 * </ul>
 * The dates for the 67-to-68 phase follow the pattern of the Act's earlier tables (a band of births from the 6th of
 * one month to the 5th of the next reaches pensionable age two months after the band before); the table itself was
 * not read, so {@link #sourceFor(LocalDate)} gives {@link Status#UNCONFIRMED} for those births. Immutable and
 * thread-safe.
 */
public final class StatePensionAge {

    private static final StatePensionAge STANDARD = new StatePensionAge();
    private static final Source SOURCE = Source.of("gov.uk/state-pension-age; Pensions Act 2014 s. 26 "
            + "(timetable for the rise to 67); Pensions Act 2007 Sch. 3 (68)", Status.SECONDARY);
    private static final Source PHASE_68_SOURCE = Source.of("Pensions Act 2007 Sch. 3 (67 to 68 phased from "
            + "6 May 2044 to 6 March 2046 for births from 6 April 1977 to 5 April 1978): dates follow the Act's "
            + "two-months-per-band pattern; the table was not read", Status.UNCONFIRMED);
    private static final LocalDate PHASE_66_67_START = LocalDate.of(1960, 4, 6);
    private static final LocalDate SIXTY_SEVEN_FROM = LocalDate.of(1961, 3, 6);
    private static final LocalDate PHASE_67_68_START = LocalDate.of(1977, 4, 6);
    private static final LocalDate SIXTY_EIGHT_FROM = LocalDate.of(1978, 4, 6);
    private static final LocalDate FIRST_68_PHASE_DAY = LocalDate.of(2044, 5, 6);

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
     * @param dateOfBirth the date of birth, a supported date, not null
     * @return the first day at State Pension age, not null
     * @throws InvalidValueException if {@code dateOfBirth} is null or outside the supported dates
     */
    public LocalDate reachedOn(LocalDate dateOfBirth) {
        Checks.CORE.date(dateOfBirth, "dateOfBirth");
        if (dateOfBirth.isBefore(PHASE_66_67_START)) {
            return dateOfBirth.plusYears(66);
        }
        if (dateOfBirth.isBefore(SIXTY_SEVEN_FROM)) {
            return dateOfBirth.plusYears(66).plusMonths(bandIndex(dateOfBirth, PHASE_66_67_START) + 1);
        }
        if (dateOfBirth.isBefore(PHASE_67_68_START)) {
            return dateOfBirth.plusYears(67);
        }
        if (dateOfBirth.isBefore(SIXTY_EIGHT_FROM)) {
            return FIRST_68_PHASE_DAY.plusMonths(2L * bandIndex(dateOfBirth, PHASE_67_68_START));
        }
        return dateOfBirth.plusYears(68);
    }

    /** The monthly birth band (6th to 5th) a date falls in, counted from the band starting on {@code first}. */
    private static long bandIndex(LocalDate dateOfBirth, LocalDate first) {
        LocalDate band = dateOfBirth.minusDays(5);
        return band.getYear() * 12L + band.getMonthValue() - (first.getYear() * 12L + first.getMonthValue());
    }

    /**
     * Returns where the timetable comes from.
     *
     * @return the source of the timetable as a whole, not null
     */
    public Source source() {
        return SOURCE;
    }

    /**
     * Returns where the date for one date of birth comes from.
     *
     * @param dateOfBirth the date of birth, a supported date, not null
     * @return the source: unconfirmed for births from 6 April 1977 to 5 April 1978, else {@link #source()}
     * @throws InvalidValueException if {@code dateOfBirth} is null or outside the supported dates
     */
    public Source sourceFor(LocalDate dateOfBirth) {
        Checks.CORE.date(dateOfBirth, "dateOfBirth");
        return !dateOfBirth.isBefore(PHASE_67_68_START) && dateOfBirth.isBefore(SIXTY_EIGHT_FROM) ? PHASE_68_SOURCE
                : SOURCE;
    }
}
