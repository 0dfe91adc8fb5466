package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.ANNA;
import static org.carebudget.core.training.Fixtures.MOVING;
import static org.carebudget.core.training.Fixtures.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.junit.jupiter.api.Test;

/**
 * The arguments of the competence and cover queries keep the records' constructors, deprecated, so that a caller
 * written against them (the rostering module, say) still compiles: each builds what its factory builds and checks
 * the same things.
 */
@SuppressWarnings("removal")
class LegacyConstructorsTest {

    @Test
    void givenTheTaskRecordsConstructor_thenItBuildsWhatTheFactoryBuilds() {
        assertEquals(TaskRequirement.of("hoist transfers", 2, MOVING, Fixtures.MEDICATION),
                new TaskRequirement("hoist transfers", List.of(Fixtures.MEDICATION, MOVING, MOVING), 2));
        assertEquals("minimumCompetentPas", assertThrows(InvalidValueException.class,
                () -> new TaskRequirement("hoist", List.of(MOVING), 0)).field());
    }

    @Test
    void givenThePackageRecordsConstructor_thenItBuildsWhatTheFactoryBuilds() {
        TaskRequirement hoist = TaskRequirement.of("hoist transfers", 1, MOVING);
        assertEquals(PackageRequirements.of(CarePackageId.of("pkg"), SAM, List.of(ANNA), List.of(hoist)),
                new PackageRequirements(CarePackageId.of("pkg"), SAM, List.of(ANNA, ANNA), List.of(hoist)));
        assertEquals("tasks", assertThrows(InvalidValueException.class,
                () -> new PackageRequirements(CarePackageId.of("pkg"), SAM, List.of(ANNA), List.of(hoist, hoist)))
                .field());
    }
}
