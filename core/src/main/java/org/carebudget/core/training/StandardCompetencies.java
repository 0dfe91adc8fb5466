package org.carebudget.core.training;

import java.util.List;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;

/**
 * The default catalogue entries. Each source names the law or body that requires the training and, after
 * "interval:", the refresh period from the training table in {@code shared/UK-RULES.md} with that table's status.
 * Each refresh period is a default that an employer or funder may override. Stateless and thread-safe.
 */
final class StandardCompetencies {

    private static final String TABLE = "interval: UK-RULES.md training defaults, ";
    private static final Source DELEGATION = Source.of("Delegated healthcare activities: a clinical task delegated "
            + "to a PA for one named person, signed off by a registered professional (UK-RULES.md, confirmed); "
            + TABLE + "set by the delegating clinician (unconfirmed)", Status.UNCONFIRMED);

    private StandardCompetencies() {
    }

    static List<Competency> all() {
        return List.of(
                every("moving-and-handling-people", "Moving and handling people", 12, "Manual Handling Operations "
                        + "Regulations 1992; " + TABLE + "12 months, and again on a new risk", Status.SECONDARY),
                every("basic-life-support", "Basic life support and first aid", 12, "Health and Safety (First-Aid) "
                        + "Regulations 1981; " + TABLE + "12 months", Status.SECONDARY),
                Competency.of(CompetencyCode.of("medication"), "Handling medicines", Assessment.ASSESSED_COMPETENCY,
                        RefreshPeriod.everyMonths(12), Source.of("CQC; NICE NG67 (managing medicines for adults "
                                + "receiving social care in the community): assessed by a competent assessor before "
                                + "handling medicines; " + TABLE + "12 months", Status.CONFIRMED)),
                every("safeguarding-adults", "Safeguarding adults", 12, "Care Act 2014 ss.42-46; " + TABLE
                        + "12 months (Skills for Care); the Core Skills Training Framework allows up to 36 months",
                        Status.SECONDARY),
                every("safeguarding-children", "Safeguarding children", 12, "Children Act 1989 and 2004; " + TABLE
                        + "12 months (Skills for Care); the Core Skills Training Framework allows up to 36 months",
                        Status.SECONDARY),
                every("fire-safety", "Fire safety", 12, "Regulatory Reform (Fire Safety) Order 2005; " + TABLE
                        + "12 months", Status.SECONDARY),
                every("infection-prevention-level-1", "Infection prevention and control, level 1", 36,
                        "Health and Social Care Act 2008, Code of Practice on the prevention and control of "
                                + "infections; " + TABLE + "36 months (level 1)", Status.SECONDARY),
                every("mental-capacity-act", "Mental Capacity Act", 36, "Mental Capacity Act 2005; " + TABLE
                        + "36 months", Status.SECONDARY),
                every("health-and-safety", "Health and safety", 36, "Health and Safety at Work etc. Act 1974; "
                        + TABLE + "36 months", Status.SECONDARY),
                every("equality-and-diversity", "Equality and diversity", 36, "Equality Act 2010; " + TABLE
                        + "36 months", Status.SECONDARY),
                Competency.of(CompetencyCode.of("care-certificate"), "Care Certificate (16 standards)",
                        Assessment.TRAINING, RefreshPeriod.once(), Source.of("Skills for Care, Care Certificate, 16 "
                                + "standards since March 2025; " + TABLE + "once, at induction", Status.CONFIRMED)),
                Competency.of(CompetencyCode.of("epilepsy-rescue-medication"),
                        "Epilepsy rescue medication (buccal midazolam)", Assessment.DELEGATED_CLINICAL,
                        RefreshPeriod.setByClinician(24), Source.of("Delegated healthcare activity, signed off by a "
                                + "registered professional; " + TABLE + "epilepsy rescue medication (buccal "
                                + "midazolam), reassessed at most every 24 months", Status.SECONDARY)),
                delegated("tracheostomy-care", "Tracheostomy care"),
                delegated("suction", "Suction (oral and tracheal)"),
                delegated("ventilation", "Ventilation"),
                delegated("peg-feeding", "PEG and gastrostomy feeding"),
                // Not in the UK-RULES.md table by name: a delegated clinical task like the four above (issue 5).
                delegated("catheter-care", "Catheter care"));
    }

    private static Competency every(String code, String name, int months, String citation, Status status) {
        return Competency.of(CompetencyCode.of(code), name, Assessment.TRAINING, RefreshPeriod.everyMonths(months),
                Source.of(citation, status));
    }

    private static Competency delegated(String code, String name) {
        return Competency.of(CompetencyCode.of(code), name, Assessment.DELEGATED_CLINICAL,
                RefreshPeriod.setByClinician(), DELEGATION);
    }
}
