package org.carebudget.core.training;

import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;

/**
 * The default catalogue entries, from the training table in {@code shared/UK-RULES.md}. Each refresh period is a
 * default that an employer or funder may override; statuses are those of that table. Stateless and thread-safe.
 */
final class StandardCompetencies {

    private static final String TABLE = "UK-RULES.md training defaults: ";
    private static final Source DELEGATION = Source.of(TABLE + "clinical tasks delegated to a PA, signed off by a "
            + "registered professional (delegation C); reassessment interval set by the delegating clinician (U)",
            Status.UNCONFIRMED);

    private StandardCompetencies() {
    }

    static List<Competency> all() {
        return List.of(
                every("moving-and-handling-people", "Moving and handling people", 12,
                        "moving and handling people, 12 months, and again on a new risk", Status.SECONDARY),
                every("basic-life-support", "Basic life support and first aid", 12,
                        "basic life support / first aid, 12 months", Status.SECONDARY),
                Competency.of(CompetencyCode.of("medication"), "Handling medicines", Assessment.ASSESSED_COMPETENCY,
                        RefreshPeriod.everyMonths(12), Source.of(TABLE + "medication, assessed by a competent "
                                + "assessor before handling medicines, 12 months (CQC; NICE NG67)", Status.CONFIRMED)),
                every("safeguarding-adults", "Safeguarding adults", 12, "safeguarding adults, 12 months (Skills for "
                        + "Care); the Core Skills Training Framework allows up to 36 months", Status.SECONDARY),
                every("safeguarding-children", "Safeguarding children", 12, "safeguarding children, 12 months "
                        + "(Skills for Care); the Core Skills Training Framework allows up to 36 months",
                        Status.SECONDARY),
                every("fire-safety", "Fire safety", 12, "fire safety, 12 months", Status.SECONDARY),
                every("infection-prevention-level-1", "Infection prevention and control, level 1", 36,
                        "infection prevention and control, level 1, 36 months", Status.SECONDARY),
                every("mental-capacity-act", "Mental Capacity Act", 36, "Mental Capacity Act, 36 months",
                        Status.SECONDARY),
                every("health-and-safety", "Health and safety", 36, "health and safety, 36 months", Status.SECONDARY),
                every("equality-and-diversity", "Equality and diversity", 36, "equality, 36 months",
                        Status.SECONDARY),
                Competency.of(CompetencyCode.of("care-certificate"), "Care Certificate (16 standards)",
                        Assessment.TRAINING, RefreshPeriod.once(), Source.of(TABLE + "Care Certificate, 16 standards "
                                + "since March 2025, once, at induction (Skills for Care)", Status.CONFIRMED)),
                Competency.of(CompetencyCode.of("epilepsy-rescue-medication"),
                        "Epilepsy rescue medication (buccal midazolam)", Assessment.DELEGATED_CLINICAL,
                        RefreshPeriod.setByClinician(24), Source.of(TABLE + "epilepsy rescue medication (buccal "
                                + "midazolam), reassessed at most every 24 months", Status.SECONDARY)),
                delegated("tracheostomy-care", "Tracheostomy care"),
                delegated("suction", "Suction (oral and tracheal)"),
                delegated("ventilation", "Ventilation"),
                delegated("peg-feeding", "PEG and gastrostomy feeding"),
                Competency.of(CompetencyCode.of("catheter-care"), "Catheter care", Assessment.DELEGATED_CLINICAL,
                        RefreshPeriod.setByClinician(), Source.of("CareBudget issue 5: catheter care among the "
                                + "delegated clinical tasks; interval set by the delegating clinician",
                                Status.UNCONFIRMED)));
    }

    private static Competency every(String code, String name, int months, String row, Status status) {
        return Competency.of(CompetencyCode.of(code), name, Assessment.TRAINING, RefreshPeriod.everyMonths(months),
                Source.of(TABLE + row, status));
    }

    private static Competency delegated(String code, String name) {
        return Competency.of(CompetencyCode.of(code), name, Assessment.DELEGATED_CLINICAL,
                RefreshPeriod.setByClinician(), DELEGATION);
    }
}
