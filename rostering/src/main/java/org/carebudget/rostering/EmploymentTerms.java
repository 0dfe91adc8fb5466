package org.carebudget.rostering;

import java.time.LocalDate;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.SupportedDates;
import org.jspecify.annotations.Nullable;

/**
 * One of a worker's employments as working-time law sees it: the employer, the dates (the start is the first day of
 * work, from which a reference period under 17 weeks is measured, reg. 4(4)), and the employer's setting for
 * regulation 19. A vendor maps each {@code core.employment.Employment} to one of these: its employer's id, its
 * period, and its employer's domestic-service setting. Immutable and thread-safe.
 */
public final class EmploymentTerms {

    private final EmployerId employer;
    private final DateRange employed;
    private final DomesticService domesticService;

    private EmploymentTerms(EmployerId employer, DateRange employed, DomesticService domesticService) {
        this.employer = employer;
        this.employed = employed;
        this.domesticService = domesticService;
    }

    /**
     * Returns the terms.
     *
     * @param employer the employer, not null
     * @param employed the dates employed, not null, starting on the first day of work, a supported date;
     *     open-ended while it continues
     * @param domesticService the employer's regulation-19 setting, not null: never assumed
     * @return the terms, not null
     * @throws RosteringException if an argument is null or the dates unsupported or empty
     */
    public static EmploymentTerms of(@Nullable EmployerId employer, @Nullable DateRange employed,
            @Nullable DomesticService domesticService) {
        RosteringException.CHECKS.notNull(employer, "employer");
        RosteringException.CHECKS.notNull(employed, "employed");
        RosteringException.CHECKS.notNull(domesticService, "domesticService");
        LocalDate end = employed.end().orElse(null);
        if (!SupportedDates.contains(employed.start()) || (end != null && (!end.isAfter(employed.start())
                || end.isAfter(SupportedDates.LAST.plusDays(1))))) {
            throw new RosteringException("employed", "at least one day, starting within " + SupportedDates.FIRST
                    + " - " + SupportedDates.LAST, employed);
        }
        return new EmploymentTerms(employer, employed, domesticService);
    }

    /**
     * Returns the employer.
     *
     * @return the employer, not null
     */
    public EmployerId employer() {
        return employer;
    }

    /**
     * Returns the dates employed.
     *
     * @return the dates, not null
     */
    public DateRange employed() {
        return employed;
    }

    /**
     * Returns the employer's regulation-19 setting.
     *
     * @return the setting, not null
     */
    public DomesticService domesticService() {
        return domesticService;
    }

    /**
     * Returns whether regulation 19 takes this employment out of the 48-hour, night-work and young-worker hour
     * limits.
     *
     * @return true for a domestic servant in a private household
     */
    public boolean isDomesticServant() {
        return domesticService == DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EmploymentTerms t && t.employer.equals(employer) && t.employed.equals(employed)
                && t.domesticService == domesticService;
    }

    @Override
    public int hashCode() {
        return (employer.hashCode() * 31 + employed.hashCode()) * 31 + domesticService.hashCode();
    }

    @Override
    public String toString() {
        return "EmploymentTerms[" + employer + " " + employed + " " + domesticService + "]";
    }
}
