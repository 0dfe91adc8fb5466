package org.carebudget.rostering.cover;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.carebudget.core.figures.Source;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.rule.CitedFinding;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * A gap in a package's cover over the look-ahead: the shift and the reason, the PA concerned, and who could fill it
 * (the package's team members who are free then, not away, competent in its tasks through its end, and within every
 * working-time limit if they took it). Typed figures by reason: the competencies that fail, the working-time rules
 * broken, the other shift of a double booking, the distinct PAs against the minimum. Immutable and thread-safe.
 */
public final class CoverFinding implements CitedFinding<Severity> {

    private final CoverReason reason;
    private final Severity severity;
    private final java.util.function.Supplier<String> text;
    /** The message, worked out on first use: a benign race, as for {@code String.hashCode}. */
    private @Nullable String message;
    private final Source source;
    private final @Nullable LocalDate actBefore;
    private final CarePackageId carePackage;
    private final @Nullable ShiftId shift;
    private final @Nullable TimeSpan when;
    private final @Nullable PersonalAssistantId personalAssistant;
    private final List<PersonalAssistantId> candidates;
    private final List<CompetencyCode> competencies;
    private final List<String> workingTimeRules;
    private final @Nullable ShiftId otherShift;
    private final int distinctPas;
    private final int minimumPas;

    CoverFinding(CoverReason reason, Severity severity, java.util.function.Supplier<String> text, Source source,
            @Nullable LocalDate actBefore,
            CarePackageId carePackage, @Nullable ShiftId shift, @Nullable TimeSpan when,
            @Nullable PersonalAssistantId personalAssistant, List<PersonalAssistantId> candidates,
            List<CompetencyCode> competencies, List<String> workingTimeRules, @Nullable ShiftId otherShift,
            int distinctPas, int minimumPas) {
        this.reason = reason;
        this.severity = severity;
        this.text = text;
        this.source = source;
        this.actBefore = actBefore;
        this.carePackage = carePackage;
        this.shift = shift;
        this.when = when;
        this.personalAssistant = personalAssistant;
        this.candidates = List.copyOf(candidates);
        this.competencies = List.copyOf(competencies);
        this.workingTimeRules = List.copyOf(workingTimeRules);
        this.otherShift = otherShift;
        this.distinctPas = distinctPas;
        this.minimumPas = minimumPas;
    }

    /**
     * Returns the reason's rule id.
     *
     * @return the id, as {@link CoverReason#ruleId()}
     */
    @Override
    public String ruleId() {
        return reason.ruleId();
    }

    @Override
    public Severity severity() {
        return severity;
    }

    /**
     * Returns what was found, in plain English, worked out from the typed figures on first use.
     *
     * @return the message, not blank
     */
    @Override
    public String message() {
        String m = message;
        if (m == null) {
            m = text.get();
            message = m;
        }
        return m;
    }

    @Override
    public Source source() {
        return source;
    }

    /**
     * Returns the first day acting is late: the shift's first day, or for a lapsing competency the day it lapses.
     *
     * @return the day, or null for a package-wide finding
     */
    @Override
    public @Nullable LocalDate actBefore() {
        return actBefore;
    }

    /**
     * Returns the reason.
     *
     * @return the reason, not null
     */
    public CoverReason reason() {
        return reason;
    }

    /**
     * Returns the package.
     *
     * @return the package, not null
     */
    public CarePackageId carePackage() {
        return carePackage;
    }

    /**
     * Returns the shift.
     *
     * @return the shift id, or null for a package-wide finding ({@link CoverReason#TOO_FEW_PAS})
     */
    public @Nullable ShiftId shift() {
        return shift;
    }

    /**
     * Returns when the shift runs, or the look-ahead for a package-wide finding.
     *
     * @return the span; null only when unknown
     */
    public @Nullable TimeSpan when() {
        return when;
    }

    /**
     * Returns the PA the finding is about.
     *
     * @return the PA booked, or null for an unfilled place or a package-wide finding
     */
    public @Nullable PersonalAssistantId personalAssistant() {
        return personalAssistant;
    }

    /**
     * Returns who could fill the shift: team members free then, not away, competent through its end and within every
     * working-time limit if they took it.
     *
     * @return the PAs, sorted by id, not null; empty for a package-wide finding or when nobody could
     */
    public List<PersonalAssistantId> candidates() {
        return candidates;
    }

    /**
     * Returns the competencies that fail, for a competence finding.
     *
     * @return the codes, sorted, not null
     */
    public List<CompetencyCode> competencies() {
        return competencies;
    }

    /**
     * Returns the working-time rules broken in windows holding the shift, for a working-time finding.
     *
     * @return the rule ids, sorted, not null
     */
    public List<String> workingTimeRules() {
        return workingTimeRules;
    }

    /**
     * Returns the other shift of a double booking.
     *
     * @return the shift id, or null
     */
    public @Nullable ShiftId otherShift() {
        return otherShift;
    }

    /**
     * Returns the distinct PAs booked in the package over the look-ahead, for {@link CoverReason#TOO_FEW_PAS}.
     *
     * @return the count, 0 otherwise
     */
    public int distinctPas() {
        return distinctPas;
    }

    /**
     * Returns the package's minimum of distinct PAs, for {@link CoverReason#TOO_FEW_PAS}.
     *
     * @return the minimum, 0 otherwise
     */
    public int minimumPas() {
        return minimumPas;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CoverFinding f && f.reason == reason && f.severity == severity
                && f.message().equals(message()) && f.carePackage.equals(carePackage) && Objects.equals(f.shift, shift)
                && Objects.equals(f.personalAssistant, personalAssistant) && f.candidates.equals(candidates)
                && f.competencies.equals(competencies) && f.workingTimeRules.equals(workingTimeRules)
                && Objects.equals(f.otherShift, otherShift) && f.distinctPas == distinctPas
                && f.minimumPas == minimumPas && Objects.equals(f.actBefore, actBefore);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, carePackage, shift, personalAssistant);
    }

    @Override
    public String toString() {
        return ruleId() + " " + carePackage + (shift == null ? "" : " shift " + shift) + ": " + message();
    }
}
