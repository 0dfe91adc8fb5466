package org.carebudget.core.training;

import java.time.LocalDate;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;

/** Shared test data for the training tests. */
final class Fixtures {

    static final PersonalAssistantId ANNA = PersonalAssistantId.of("pa-anna");
    static final PersonalAssistantId BEN = PersonalAssistantId.of("pa-ben");
    static final PersonalAssistantId CARA = PersonalAssistantId.of("pa-cara");
    static final PersonId SAM = PersonId.of("person-sam");
    static final PersonId TOM = PersonId.of("person-tom");
    static final CompetencyCode MOVING = CompetencyCode.of("moving-and-handling-people");
    static final CompetencyCode MEDICATION = CompetencyCode.of("medication");
    static final CompetencyCode TRACHY = CompetencyCode.of("tracheostomy-care");
    static final CompetencyCode SUCTION = CompetencyCode.of("suction");
    static final CompetencyCode CARE_CERTIFICATE = CompetencyCode.of("care-certificate");
    static final CompetencyCode EPILEPSY = CompetencyCode.of("epilepsy-rescue-medication");
    static final ProfessionalRegistration NMC = ProfessionalRegistration.of(Regulator.NMC, "12A3456E");
    static final Assessor NURSE = Assessor.registered("Community nurse J. Patel", NMC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Fixtures() {
    }

    static TrainingRecord moving(PersonalAssistantId pa, LocalDate completedOn) {
        return TrainingRecord.completed(pa, MOVING, completedOn, "Moving Ltd", "cert-" + completedOn);
    }

    static TrainingRecord trachy(PersonalAssistantId pa, PersonId person, LocalDate signedOffOn, int months) {
        return TrainingRecord.delegated(pa, TRACHY, signedOffOn, "Respiratory team", "signoff-" + signedOffOn,
                NURSE, Delegation.of(person, months));
    }

    static TrainingRegister.Builder builder() {
        return TrainingRegister.builder(CompetencyCatalogue.standard());
    }

    static TaskRequirement task(String name, int minimum, CompetencyCode... codes) {
        return TaskRequirement.of(name, minimum, codes);
    }
}
