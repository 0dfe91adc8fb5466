package org.carebudget.benchmarks.training;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.training.Assessor;
import org.carebudget.core.training.CompetencyCatalogue;
import org.carebudget.core.training.CompetencyCode;
import org.carebudget.core.training.TrainingRecord;
import org.carebudget.core.training.TrainingRegister;

/**
 * A seeded synthetic caseload of training records: ten records per PA (six 12-month competencies, two 36-month
 * ones, the Care Certificate, and one superseded older moving-and-handling record), completion dates spread over
 * 900 days before {@link #AS_OF}. Shared strings and a date cache keep the records compact.
 */
public final class TrainingDataset {

    /** The date queries are asked from. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    /** Records per PA. */
    public static final int RECORDS_PER_PA = 10;

    static final CompetencyCode[] CURRENT = {
        CompetencyCode.of("moving-and-handling-people"), CompetencyCode.of("basic-life-support"),
        CompetencyCode.of("medication"), CompetencyCode.of("safeguarding-adults"),
        CompetencyCode.of("safeguarding-children"), CompetencyCode.of("fire-safety"),
        CompetencyCode.of("infection-prevention-level-1"), CompetencyCode.of("mental-capacity-act"),
        CompetencyCode.of("care-certificate")};

    private static final int SPREAD_DAYS = 900;
    private static final Assessor ASSESSOR = Assessor.unregistered("Senior PA assessor");
    private static final String[] EVIDENCE = new String[64];

    static {
        for (int i = 0; i < EVIDENCE.length; i++) {
            EVIDENCE[i] = "cert-" + i;
        }
    }

    private final PersonalAssistantId[] pas;
    private final TrainingRegister register;

    private TrainingDataset(PersonalAssistantId[] pas, TrainingRegister register) {
        this.pas = pas;
        this.register = register;
    }

    /**
     * Builds the dataset.
     *
     * @param records the number of records, a multiple of {@link #RECORDS_PER_PA}
     * @param seed the random seed
     * @return the dataset
     */
    public static TrainingDataset generate(int records, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate[] days = new LocalDate[SPREAD_DAYS + 400];
        LocalDate first = AS_OF.minusDays(SPREAD_DAYS + 365L);
        for (int d = 0; d < days.length; d++) {
            days[d] = first.plusDays(d);
        }
        PersonalAssistantId[] pas = new PersonalAssistantId[records / RECORDS_PER_PA];
        TrainingRegister.Builder builder = TrainingRegister.builder(CompetencyCatalogue.standard());
        for (int p = 0; p < pas.length; p++) {
            pas[p] = PersonalAssistantId.of("pa-" + p);
            for (CompetencyCode code : CURRENT) {
                int offset = 365 + random.nextInt(SPREAD_DAYS);
                builder.record(TrainingRecord.of(pas[p], code, days[offset], "Training provider",
                        EVIDENCE[random.nextInt(EVIDENCE.length)], ASSESSOR, null), AS_OF);
            }
            builder.record(TrainingRecord.of(pas[p], CURRENT[0], days[random.nextInt(365)], "Training provider",
                    EVIDENCE[random.nextInt(EVIDENCE.length)], ASSESSOR, null), AS_OF);
        }
        return new TrainingDataset(pas, builder.build());
    }

    /**
     * Returns the register.
     *
     * @return the register
     */
    public TrainingRegister register() {
        return register;
    }

    /**
     * Returns the PAs, in generation order.
     *
     * @return the PA ids (the array itself; do not modify)
     */
    PersonalAssistantId[] pas() {
        return pas;
    }
}
