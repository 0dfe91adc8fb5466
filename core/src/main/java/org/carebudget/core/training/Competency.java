package org.carebudget.core.training;

import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;

/**
 * One entry in a {@link CompetencyCatalogue}: a competency or delegated clinical task, how it is evidenced and how
 * often it is refreshed, with the source of that period. A delegated clinical task has a period set by the
 * clinician; every other competency has a fixed period or is done once. Immutable and thread-safe.
 *
 * @param code the code, not null
 * @param name the plain-English name, not blank
 * @param assessment what a record must show, not null
 * @param refresh how often it is refreshed, not null; set by the clinician exactly when {@code assessment} is
 *     {@link Assessment#DELEGATED_CLINICAL}
 * @param source where the period comes from, not null
 */
public record Competency(CompetencyCode code, String name, Assessment assessment, RefreshPeriod refresh,
        Source source) {

    /**
     * Validates the entry.
     *
     * @param code the code, not null
     * @param name the plain-English name, not blank
     * @param assessment what a record must show, not null
     * @param refresh how often it is refreshed, not null, set by the clinician exactly for delegated clinical tasks
     * @param source where the period comes from, not null
     * @throws InvalidValueException if a component is null or blank, or the period does not suit the assessment
     */
    public Competency {
        InvalidValueException.requireNonNull(code, "code");
        Texts.requireNotBlank(name, "name");
        InvalidValueException.requireNonNull(assessment, "assessment");
        InvalidValueException.requireNonNull(refresh, "refresh");
        InvalidValueException.requireNonNull(source, "source");
        boolean delegated = assessment == Assessment.DELEGATED_CLINICAL;
        if (delegated != refresh.isSetByClinician()) {
            throw new InvalidValueException("refresh", delegated ? "set by clinician for a delegated clinical task"
                    : "every N months or once for " + assessment, refresh);
        }
    }

    /**
     * Returns an entry.
     *
     * @param code the code, not null
     * @param name the plain-English name, not blank
     * @param assessment what a record must show, not null
     * @param refresh how often it is refreshed, not null
     * @param source where the period comes from, not null
     * @return the entry, not null
     * @throws InvalidValueException as the constructor does
     */
    public static Competency of(CompetencyCode code, String name, Assessment assessment, RefreshPeriod refresh,
            Source source) {
        return new Competency(code, name, assessment, refresh, source);
    }

    /**
     * Returns whether this is a delegated clinical task, competence in which is for one named person.
     *
     * @return true for {@link Assessment#DELEGATED_CLINICAL}
     */
    public boolean isDelegatedClinical() {
        return assessment == Assessment.DELEGATED_CLINICAL;
    }

    /**
     * Returns this entry with another refresh period and its source, or this entry when both are unchanged. Where
     * this entry caps the clinician's interval (epilepsy rescue medication: 24 months at most), the new period must
     * keep a cap no longer than it: an employer's or funder's policy may tighten the cap, never lift it.
     *
     * @param newRefresh the period, not null, of a kind that suits the assessment, within this entry's cap if any
     * @param newSource where the period comes from, not null
     * @return the entry, not null
     * @throws InvalidValueException if the period does not suit the assessment or lifts the cap
     */
    public Competency withRefresh(RefreshPeriod newRefresh, Source newSource) {
        InvalidValueException.requireNonNull(newRefresh, "refresh");
        if (refresh.equals(newRefresh) && source.equals(newSource)) {
            return this;
        }
        int cap = refresh.maxMonths().orElse(Integer.MAX_VALUE);
        if (newRefresh.isSetByClinician() && newRefresh.maxMonths().orElse(Integer.MAX_VALUE) > cap) {
            throw new InvalidValueException("refresh", "set by clinician, at most " + cap + " months, the cap of "
                    + code, newRefresh);
        }
        return new Competency(code, name, assessment, newRefresh, newSource);
    }
}
