package org.carebudget.rostering.cover;

import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.rostering.Severity;

/**
 * Why the cover look-ahead reports a shift or a package, each with its rule id, severity and source. A managed
 * service monitors "personal assistants' visits for 3 weeks ahead" and "the minimum number of personal assistants
 * required in each support package to ensure individuals are kept safe in the event of sickness and holidays" (seed
 * 000, HomeCareDirect's third-party service for commissioners); the support plan sets the tasks, the double-ups and
 * the minimum. Thread-safe.
 */
public enum CoverReason {
    /** Nobody is booked on a shift. */
    UNFILLED("cover.unfilled", Severity.BLOCKING),
    /** A double-up has only one PA. */
    SECOND_PA_MISSING("cover.double-up-short", Severity.BLOCKING),
    /** The PA booked is on leave, sick or otherwise away on a day of the shift. */
    PA_ABSENT("cover.pa-absent", Severity.BLOCKING),
    /** The PA booked is not competent, on every day of the shift, in every task it covers. */
    NOT_COMPETENT("cover.not-competent", Severity.BLOCKING),
    /** The PA booked is still competent today but a competency lapses before the shift ends: book it now. */
    COMPETENCE_LAPSES("cover.competence-lapses", Severity.WARNING),
    /** The PA booked is booked on another shift (in any package) at the same time. */
    DOUBLE_BOOKED("cover.double-booked", Severity.BLOCKING),
    /** The shift is in a window where the PA's rota breaks a working-time limit. */
    WORKING_TIME("cover.working-time", Severity.BLOCKING),
    /** Fewer distinct PAs work in the package over the look-ahead than its plan requires. */
    TOO_FEW_PAS("cover.too-few-pas", Severity.WARNING);

    private static final Source SOURCE = Source.of("Seed 000: a managed service monitors PAs' visits 3 weeks ahead "
            + "and the minimum number of PAs per package; the person's support plan sets tasks, double-ups and that "
            + "minimum", Status.CONFIRMED);

    private final String ruleId;
    private final Severity severity;

    CoverReason(String ruleId, Severity severity) {
        this.ruleId = ruleId;
        this.severity = severity;
    }

    /**
     * Returns the rule id findings of this reason carry.
     *
     * @return the id, not blank
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the severity of findings of this reason (a working-time finding takes its rule's).
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the source: the support plan and the managed service's monitoring duty (competence findings cite the
     * competency's own source, working-time findings their regulation).
     *
     * @return the source, not null
     */
    public Source source() {
        return SOURCE;
    }
}
