package org.carebudget.core.training;

import static org.carebudget.core.training.Obligation.FUNDER_CONDITION;
import static org.carebudget.core.training.Obligation.GOOD_PRACTICE;
import static org.carebudget.core.training.Obligation.LAW;
import static org.carebudget.core.training.Obligation.LAW_UNLESS_DOMESTIC_SERVANT;

import java.util.List;
import org.carebudget.core.employment.EmployerKind;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;

/**
 * The entries of the standard catalogue ({@link CompetencyCatalogue#standard()}), one per constant of
 * {@link CompetencyCode}. Each entry carries two kinds of source:
 * <ul>
 *   <li>its refresh period's source: the training table of {@code shared/UK-RULES.md} with that table's status, a
 *       default an employer or funder may override;</li>
 *   <li>a {@link TrainingBasis} per {@link EmployerKind}: why that kind of employer must or should require it.</li>
 * </ul>
 *
 * <p><b>The two bases.</b> A budget holder or nominated person employing a PA directly is a private employer: the
 * Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 do not apply to a carer employed by an
 * individual or related third party and working wholly under their direction (Sch. 1 para. 1(3)(c)); Part I of the
 * Health and Safety at Work etc. Act 1974, and the regulations made under it (Manual Handling Operations Regulations
 * 1992, Health and Safety (First-Aid) Regulations 1981), does not apply to a domestic servant in a private household
 * (s.51), though HSE treats work beyond domestic service (specialist manual handling with a hoist, complex healthcare
 * tasks) as likely covered ({@link Obligation#LAW_UNLESS_DOMESTIC_SERVANT}); and the Regulatory Reform (Fire Safety)
 * Order 2005 does not apply to domestic premises (art. 6(1)(a)). For that employer the training is a condition of the
 * funder's direct payment or personal health budget agreement where the funder sets it, and Skills for Care good
 * practice. A third-party service employing PAs to give personal care carries on a regulated activity and is taken
 * to be a CQC-registered provider, for whom the training is law (reg. 18(2)(a): staff must receive the training
 * necessary to carry out their duties) together with its duties as an ordinary employer. A third-party employer that
 * is not such a provider (trustees employing as individuals, say) takes another basis with
 * {@link Competency#withBasis}: a legal judgement, never assumed here.
 *
 * <p>What was read, and where (the status of each basis is the weakest of its parts): HSWA s.51 as quoted by HSE
 * (SIM 07/2011/05; hse.gov.uk/domestic-work; hse.gov.uk/healthservices/domiciliary-care.htm), C; HSWA s.2(2)(c) as
 * quoted by Croner-i, C2; MHOR 1992 reg. 4 and First-Aid Regulations 1981 reg. 3 (first aid for the employer's own
 * employees), legislation.gov.uk, C; Fire Safety Order art. 6(1)(a), legislation.gov.uk, C; Regulated Activities
 * Regulations 2014 Sch. 1 para. 1(3)(c), legislation.gov.uk, C; reg. 18(2)(a), cqc.org.uk, C; reg. 12(2)(c), (d),
 * (g), (h) as quoted by Hempsons, C2; the infection code of practice applies to registered providers, who must have
 * regard to it (gov.uk), C; Skills for Care's guiding principles for delegated healthcare activities (May 2023,
 * refreshed November 2024) and its employing-PAs toolkit, C2. Regs. 11 and 13 and Equality Act 2010 s.109(4) are
 * cited from the legislation's structure, not re-read here: C2. Whether a given funder's agreement sets a training
 * condition is the funder's: U until the funder's agreement says so. Stateless and thread-safe.
 */
final class StandardCompetencies {

    private static final String TABLE = "UK-RULES.md training defaults: ";

    private static final String PRIVATE = "A PA employed directly by an individual: the Regulated Activities "
            + "Regulations 2014 do not apply (Sch. 1 para. 1(3)(c)). ";
    private static final String CONDITION = "A condition of the direct payment or PHB agreement where the funder "
            + "sets it; good practice: ";
    private static final String SFC = "Skills for Care, employing personal assistants toolkit";
    private static final String HSWA_51 = " does not apply to a domestic servant in a private household (HSWA 1974 "
            + "s.51); HSE treats work beyond domestic service, such as ";

    private static final String PROVIDER = "Registered provider of personal care: Health and Social Care Act 2008 "
            + "(Regulated Activities) Regulations 2014 reg. 18(2)(a) (the training necessary for the duties staff are "
            + "employed to perform)";

    private StandardCompetencies() {
    }

    static List<Competency> all() {
        return List.of(
                fixed(CompetencyCode.MOVING_AND_HANDLING_PEOPLE, "Moving and handling people", 12,
                        "12 months, and again on a new risk",
                        basis(PROVIDER + "; as employer, Manual Handling Operations Regulations 1992 reg. 4",
                                Status.CONFIRMED),
                        basis(PRIVATE + "The Manual Handling Operations Regulations 1992" + HSWA_51 + "specialist "
                                + "manual handling with a hoist, as likely covered (hse.gov.uk/domestic-work). "
                                + CONDITION + SFC + " (moving and handling)", Status.SECONDARY,
                                LAW_UNLESS_DOMESTIC_SERVANT, FUNDER_CONDITION, GOOD_PRACTICE)),
                fixed(CompetencyCode.BASIC_LIFE_SUPPORT, "Basic life support and first aid", 12, "12 months",
                        basis(PROVIDER + "; first aid for the provider's own employees, Health and Safety "
                                + "(First-Aid) Regulations 1981 reg. 3", Status.CONFIRMED),
                        basis(PRIVATE + "The First-Aid Regulations 1981 provide for first aid to the employer's own "
                                + "employees, not the person cared for, and do not apply to a domestic servant in a "
                                + "private household (HSWA 1974 s.51). " + CONDITION + SFC + " (emergency first aid)",
                                Status.SECONDARY, FUNDER_CONDITION, GOOD_PRACTICE)),
                Competency.builder(CompetencyCode.MEDICATION, "Handling medicines")
                        .assessment(Assessment.ASSESSED_COMPETENCY)
                        .refresh(RefreshPeriod.everyMonths(12), period("12 months, assessed by a competent assessor "
                                + "before handling medicines (CQC; NICE NG67)", Status.CONFIRMED))
                        .basis(EmployerKind.THIRD_PARTY_SERVICE, basis(PROVIDER + " and reg. 12(2)(g) (the proper "
                                + "and safe management of medicines)", Status.SECONDARY))
                        .basis(EmployerKind.BUDGET_HOLDER, privateBasis(PRIVATE + CONDITION + "NICE NG67, managing "
                                + "medicines for adults receiving social care in the community"))
                        .basis(EmployerKind.NOMINATED_PERSON, privateBasis(PRIVATE + CONDITION + "NICE NG67, "
                                + "managing medicines for adults receiving social care in the community"))
                        .build(),
                fixed(CompetencyCode.SAFEGUARDING_ADULTS, "Safeguarding adults", 12, "12 months (Skills for Care); "
                                + "the Core Skills Training Framework allows up to 36 months",
                        basis(PROVIDER + " and reg. 13 (safeguarding service users from abuse)", Status.SECONDARY),
                        privateBasis(PRIVATE + "The Care Act 2014 ss.42-46 duties rest on the local authority, not "
                                + "on a PA's employer. " + CONDITION + "Skills for Care")),
                fixed(CompetencyCode.SAFEGUARDING_CHILDREN, "Safeguarding children", 12, "12 months (Skills for "
                                + "Care); the Core Skills Training Framework allows up to 36 months",
                        basis(PROVIDER + " and reg. 13 (safeguarding service users from abuse)", Status.SECONDARY),
                        privateBasis(PRIVATE + "The Children Act 1989 and 2004 duties rest on local authorities and "
                                + "named bodies, not on a PA's employer. " + CONDITION + "Skills for Care")),
                fixed(CompetencyCode.FIRE_SAFETY, "Fire safety", 12, "12 months",
                        basis(PROVIDER + " and reg. 12(2)(d) (premises used safely); the Regulatory Reform (Fire "
                                + "Safety) Order 2005 binds it only for its own non-domestic premises (art. 6(1)(a))",
                                Status.SECONDARY),
                        privateBasis(PRIVATE + "The Regulatory Reform (Fire Safety) Order 2005 does not apply to "
                                + "domestic premises (art. 6(1)(a)), so not to care in the person's home. " + CONDITION
                                + SFC)),
                fixed(CompetencyCode.INFECTION_PREVENTION_LEVEL_1, "Infection prevention and control, level 1", 36,
                        "36 months (level 1)",
                        basis(PROVIDER + " and reg. 12(2)(h) (preventing and controlling the spread of infection), "
                                + "having regard to the Health and Social Care Act 2008 code of practice on the "
                                + "prevention and control of infections", Status.SECONDARY),
                        privateBasis(PRIVATE + "The Health and Social Care Act 2008 infection code of practice applies "
                                + "to registered providers. " + CONDITION + SFC + " (infection control)")),
                fixed(CompetencyCode.MENTAL_CAPACITY_ACT, "Mental Capacity Act", 36, "36 months",
                        basis(PROVIDER + " and reg. 11 (consent, acting in accordance with the Mental Capacity Act "
                                + "2005)", Status.SECONDARY),
                        privateBasis(PRIVATE + "The Mental Capacity Act 2005 applies to everyone acting for a person "
                                + "who lacks capacity but sets no training duty on a PA's employer. " + CONDITION
                                + "Skills for Care")),
                fixed(CompetencyCode.HEALTH_AND_SAFETY, "Health and safety", 36, "36 months",
                        basis(PROVIDER + "; as employer, Health and Safety at Work etc. Act 1974 s.2(2)(c) "
                                + "(information, instruction, training and supervision)", Status.SECONDARY),
                        basis(PRIVATE + "HSWA 1974 s.2(2)(c)" + HSWA_51 + "specialist manual handling or complex "
                                + "healthcare tasks, as likely covered (hse.gov.uk/domestic-work). " + CONDITION + SFC,
                                Status.SECONDARY, LAW_UNLESS_DOMESTIC_SERVANT, FUNDER_CONDITION, GOOD_PRACTICE)),
                fixed(CompetencyCode.EQUALITY_AND_DIVERSITY, "Equality and diversity", 36, "36 months",
                        basis(PROVIDER + "; the Equality Act 2010 sets no training duty (training supports the "
                                + "all-reasonable-steps defence, s.109(4))", Status.SECONDARY),
                        privateBasis(PRIVATE + "The Equality Act 2010 binds every employer but sets no training duty "
                                + "(training supports the all-reasonable-steps defence, s.109(4)). " + CONDITION
                                + "Skills for Care")),
                Competency.builder(CompetencyCode.CARE_CERTIFICATE, "Care Certificate (16 standards)")
                        .refresh(RefreshPeriod.once(), period("once, at induction (Skills for Care, Care Certificate, "
                                + "16 standards since March 2025)", Status.CONFIRMED))
                        .basis(EmployerKind.THIRD_PARTY_SERVICE, TrainingBasis.of(Source.of(PROVIDER + ", induction "
                                + "to the Care Certificate standards (Skills for Care) for workers new to care",
                                Status.SECONDARY), LAW, GOOD_PRACTICE))
                        .basis(EmployerKind.BUDGET_HOLDER, privateBasis(PRIVATE + CONDITION
                                + "Skills for Care, Care Certificate"))
                        .basis(EmployerKind.NOMINATED_PERSON, privateBasis(PRIVATE + CONDITION
                                + "Skills for Care, Care Certificate"))
                        .build(),
                delegated(CompetencyCode.EPILEPSY_RESCUE_MEDICATION, "Epilepsy rescue medication (buccal midazolam)",
                        RefreshPeriod.setByClinician(24), period("epilepsy rescue medication (buccal midazolam), "
                                + "reassessed at most every 24 months, signed off by a registered professional",
                                Status.SECONDARY)),
                delegated(CompetencyCode.TRACHEOSTOMY_CARE, "Tracheostomy care"),
                delegated(CompetencyCode.SUCTION, "Suction (oral and tracheal)"),
                delegated(CompetencyCode.VENTILATION, "Ventilation"),
                delegated(CompetencyCode.PEG_FEEDING, "PEG and gastrostomy feeding"),
                // Not in the UK-RULES.md table by name: a delegated clinical task like the four above (issue 5).
                delegated(CompetencyCode.CATHETER_CARE, "Catheter care"));
    }

    private static Competency fixed(CompetencyCode code, String name, int months, String interval,
            TrainingBasis provider, TrainingBasis privately) {
        return Competency.builder(code, name)
                .refresh(RefreshPeriod.everyMonths(months), period(interval, Status.SECONDARY))
                .basis(EmployerKind.THIRD_PARTY_SERVICE, provider)
                .basis(EmployerKind.BUDGET_HOLDER, privately)
                .basis(EmployerKind.NOMINATED_PERSON, privately)
                .build();
    }

    private static Competency delegated(CompetencyCode code, String name) {
        return delegated(code, name, RefreshPeriod.setByClinician(), period("set by the delegating clinician for "
                + "each sign-off; a registered professional signs off for one named person", Status.UNCONFIRMED));
    }

    private static Competency delegated(CompetencyCode code, String name, RefreshPeriod refresh, Source interval) {
        String principles = "Skills for Care, guiding principles for delegated healthcare activities (2023, "
                + "refreshed 2024): the delegating registered professional is accountable for the delegation";
        TrainingBasis privately = TrainingBasis.of(Source.of(PRIVATE + "Complex healthcare tasks are work HSE "
                + "treats as likely covered by HSWA 1974 (hse.gov.uk/healthservices/domiciliary-care.htm), which does "
                + "not apply to a domestic servant in a private household (s.51). " + CONDITION + principles,
                Status.SECONDARY), LAW_UNLESS_DOMESTIC_SERVANT, FUNDER_CONDITION, GOOD_PRACTICE);
        return Competency.builder(code, name)
                .assessment(Assessment.DELEGATED_CLINICAL)
                .refresh(refresh, interval)
                .basis(EmployerKind.THIRD_PARTY_SERVICE, TrainingBasis.of(Source.of(PROVIDER + " and reg. 12(2)(c) "
                        + "(those giving care have the competence to do so safely); " + principles, Status.SECONDARY),
                        LAW, GOOD_PRACTICE))
                .basis(EmployerKind.BUDGET_HOLDER, privately)
                .basis(EmployerKind.NOMINATED_PERSON, privately)
                .build();
    }

    private static Source period(String interval, Status status) {
        return Source.of(TABLE + interval, status);
    }

    private static TrainingBasis basis(String citation, Status status) {
        return TrainingBasis.of(Source.of(citation, status), LAW);
    }

    private static TrainingBasis basis(String citation, Status status, Obligation first, Obligation... more) {
        return TrainingBasis.of(Source.of(citation, status), first, more);
    }

    private static TrainingBasis privateBasis(String citation) {
        return TrainingBasis.of(Source.of(citation, Status.SECONDARY), FUNDER_CONDITION, GOOD_PRACTICE);
    }
}
