package org.carebudget.core.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.carebudget.core.employment.jackson.EmploymentJacksonModule;
import org.carebudget.core.figures.DatedFigures;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.testing.JsonChecks;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;
import org.carebudget.core.training.jackson.TrainingJacksonModule;
import org.junit.jupiter.api.Test;

/** Issue 9 item 7: no object CareBudget writes has a duplicate key; the fixture finds one where there is. */
class JsonChecksTest {

    // the figures rows are written by the employment module, which owns their codecs
    private final ObjectMapper mapper = CoreJacksonModuleTest.mapper().registerModule(new EmploymentJacksonModule());

    /** A polymorphic base whose subtype has a component named like the type id: the RightToWorkCheck fault. */
    public interface Shape {
    }

    /** The subtype with the clash. */
    public record Square(String type, int side) implements Shape {
    }

    /** A subtype without one. */
    public record Circle(int radius) implements Shape {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface ShapeMixIn {
    }

    static Module shapes() {
        SimpleModule module = new SimpleModule("shapes");
        module.setMixInAnnotation(Shape.class, ShapeMixIn.class);
        module.registerSubtypes(new NamedType(Square.class, "square"), new NamedType(Circle.class, "circle"));
        return module;
    }

    @Test
    void givenEveryKernelValue_thenItsJsonHasNoDuplicateKey() {
        List<Object> values = new ArrayList<>(List.of(PersonId.of("p-1"), CarePackageId.of("pkg-1"),
                PersonalAssistantId.of("pa-1"), EmployerId.of("e-1"), FunderId.of("icb"), NhsNumber.parse("9434765919"),
                NationalInsuranceNumber.parse("AB123456C"), Gbp.ofPence(-5), DateRange.parse("2026-04-01/.."),
                TaxYear.startingIn(2026), LocalDate.of(2026, 4, 6), LocalDateTime.of(2026, 4, 6, 9, 0),
                Instant.parse("2026-04-06T09:00:00Z"), Duration.ofMinutes(90),
                PaySchedule.of(PayFrequency.MONTHLY, LocalDate.of(2026, 1, 31)),
                PaySchedule.of(PayFrequency.WEEKLY, LocalDate.of(2026, 4, 6)).periodContaining(LocalDate.of(2026, 5, 1))));
        for (DatedFigures row : UkFigures.standard().rows()) {
            values.add(row);
        }

        for (Object value : values) {
            JsonChecks.assertNoDuplicateKeys(mapper, value);
        }
    }

    @Test
    void givenEveryJacksonModuleOfCore_thenNoNamedSubtypeClashesWithItsTypeId() {
        List<Module> modules = List.of(new CoreJacksonModule(), new TrainingJacksonModule(),
                new EmploymentJacksonModule());
        ObjectMapper all = new ObjectMapper().registerModules(modules);
        for (Module module : modules) {
            assertEquals(List.of(), JsonChecks.typeIdClashes(all, module), module.getModuleName());
        }
        assertEquals(33, JsonChecks.namedSubtypes(new EmploymentJacksonModule()).size());
    }

    @Test
    void givenASubtypeWithAComponentNamedLikeTheTypeId_thenTheFixtureFindsTheClash() {
        ObjectMapper withShapes = new ObjectMapper().registerModule(shapes());

        assertEquals(List.of("Square.type"), JsonChecks.typeIdClashes(withShapes, shapes()));
        assertThrows(AssertionError.class,
                () -> JsonChecks.assertNoDuplicateKeys(withShapes, new Square("big", 2), Shape.class));
        JsonChecks.assertNoDuplicateKeys(withShapes, new Circle(1), Shape.class);
    }

    @Test
    void givenAModule_thenNamedSubtypesListsWhatItRegisters() {
        JsonChecks.assertNamedSubtypes(shapes(), List.of(Square.class, Circle.class));
        assertEquals(List.of(), JsonChecks.namedSubtypes(new CoreJacksonModule()));
    }

    @Test
    void givenJsonWithDuplicatesAtSeveralDepths_thenEachIsFoundByItsPointer() {
        assertEquals(List.of("/b/c", "/a", "/d/0/e"), JsonChecks.duplicateKeys(
                "{\"a\":1,\"b\":{\"c\":1,\"c\":2},\"a\":3,\"d\":[{\"e\":1,\"e\":2}]}"));
        assertEquals(List.of(), JsonChecks.duplicateKeys("{\"a\":{\"a\":1},\"b\":[{\"a\":1},{\"a\":2}]}"));
    }
}
