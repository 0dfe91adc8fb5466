package org.carebudget.rostering.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.jackson.CareBudgetJson;
import org.carebudget.core.time.DateRange;
import org.carebudget.rostering.Absence;
import org.carebudget.rostering.AbsenceKind;
import org.carebudget.rostering.BudgetLine;
import org.carebudget.rostering.CarePackagePlan;
import org.carebudget.rostering.DeclaredHours;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.EmploymentTerms;
import org.carebudget.rostering.HoursBudget;
import org.carebudget.rostering.Jurisdiction;
import org.carebudget.rostering.NightTime;
import org.carebudget.rostering.OptOut;
import org.carebudget.rostering.ReferencePeriod;
import org.carebudget.rostering.RotaTemplate;
import org.carebudget.rostering.Scenario;
import org.carebudget.rostering.Shift;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.ShiftKind;
import org.carebudget.rostering.TemplateShift;
import org.carebudget.rostering.TimeSpan;
import org.carebudget.rostering.TimesheetEntry;
import org.carebudget.rostering.WorkerProfile;
import org.carebudget.rostering.cover.CoverReport;
import org.carebudget.rostering.cover.CoverLookAheadTest;
import org.carebudget.rostering.workingtime.WorkingTimeReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rostering input round-trips through the strict mapper; results are written with a type and no key twice. */
class RosteringJacksonModuleTest {

    static final ObjectMapper MAPPER = CareBudgetJson.configure(CareBudgetJson.builder())
            .addModules(new org.carebudget.core.jackson.CoreJacksonModule(),
                    new org.carebudget.core.training.jackson.TrainingJacksonModule(),
                    new org.carebudget.core.hours.jackson.HoursJacksonModule(), new RosteringJacksonModule()).build();
    static final PersonalAssistantId PA = PersonalAssistantId.of("pa-1");
    static final TimeSpan NIGHT = TimeSpan.of(Scenario.instant("2026-10-24T22:00"), Scenario.instant("2026-10-25T07:00"));

    static List<Object> inputs() {
        return List.of(
                Shift.builder(ShiftId.of(9), CarePackageId.of("pkg-1"), Scenario.ICB, NIGHT.start(), NIGHT.end())
                        .kind(ShiftKind.SLEEP_IN).doubleUp().personalAssistant(PA).task("personal care")
                        .awake(TimeSpan.of(Scenario.instant("2026-10-25T02:00"), Scenario.instant("2026-10-25T02:30")))
                        .build(),
                TimesheetEntry.worked(ShiftId.of(9), PA, NIGHT, List.of(), List.of(TimeSpan.of(
                        Scenario.instant("2026-10-25T05:00"), Scenario.instant("2026-10-25T05:20")))),
                TimesheetEntry.missed(ShiftId.of(9), PA),
                TimesheetEntry.cancelled(ShiftId.of(9)),
                Absence.of(PA, AbsenceKind.SICKNESS, DateRange.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 4))),
                DeclaredHours.of(PA, EmployerId.of("agency"), 600, DateRange.startingOn(LocalDate.of(2026, 1, 1))),
                HoursBudget.of(List.of(BudgetLine.of(Scenario.ICB, ShiftKind.DAY, 1200,
                        DateRange.startingOn(LocalDate.of(2026, 4, 1))))),
                WorkerProfile.builder(PA).dateOfBirth(LocalDate.of(2009, 6, 1)).youngWorkerContractAfter10pm()
                        .employment(EmploymentTerms.of(Scenario.EMP_1, DateRange.startingOn(LocalDate.of(2025, 1, 1)),
                                DomesticService.DOMESTIC_SERVANT_IN_PRIVATE_HOUSEHOLD))
                        .jurisdiction(Jurisdiction.NORTHERN_IRELAND)
                        .nightTime(NightTime.of(LocalTime.MIDNIGHT, LocalTime.of(7, 0)))
                        .referencePeriod(ReferencePeriod.successiveFrom(LocalDate.of(2026, 1, 5))).build(),
                WorkerProfile.builder(PA).adultThroughout()
                        .employment(EmploymentTerms.of(Scenario.EMP_1, DateRange.startingOn(LocalDate.of(2025, 1, 1)),
                                DomesticService.NOT_DOMESTIC_SERVICE))
                        .optOut(OptOut.of(Scenario.EMP_1, DateRange.startingOn(LocalDate.of(2025, 6, 1)))).build(),
                CarePackagePlan.builder(CarePackageId.of("pkg-1"), PersonId.of("person-1"), Scenario.EMP_1)
                        .team(List.of(PA)).task(Scenario.PERSONAL_CARE).minimumDistinctPas(2).build(),
                RotaTemplate.of(CarePackageId.of("pkg-1"), 2, LocalDate.of(2026, 10, 19), List.of(
                        TemplateShift.of(1, DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(8, 0), Scenario.ICB)
                                .withKind(ShiftKind.SLEEP_IN).withPersonalAssistants(List.of(PA)))));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void givenAnInput_thenItRoundTripsThroughTheStrictMapper(Object value) throws Exception {
        String json = MAPPER.writeValueAsString(value);

        assertEquals(value, MAPPER.readValue(json, value.getClass()), json);
        assertUniqueKeys(MAPPER.readTree(json));
    }

    @Test
    void givenAnUnknownOrMissingPropertyOrAnInvalidValue_thenRefused() {
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("{\"employer\":\"emp-1\",\"days\":"
                + "\"2026-01-01/..\",\"extra\":1}", OptOut.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("{\"employer\":\"emp-1\"}", OptOut.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("{\"type\":\"cancelled\",\"shift\":0}",
                TimesheetEntry.class));
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("{\"type\":\"maybe\",\"shift\":1}",
                TimesheetEntry.class));
        assertThrows(Exception.class, () -> MAPPER.readValue("{\"type\":\"cancelled\",\"shift\":1,\"shift\":2}",
                TimesheetEntry.class));
        assertThrows(Exception.class, () -> MAPPER.readValue("\"23:00-05:00\"", NightTime.class));
    }

    @Test
    void givenReports_thenFindingsCarryTheirTypeAndNoKeyTwice() throws Exception {
        Scenario s = Scenario.from("2026-05-04").pa("pa-a").pa("pa-b").pa("pa-c")
                .carePackage("pkg-1", Scenario.EMP_1, "pa-a", "pa-b", "pa-c")
                .shift("pkg-1", null, "2026-05-05T08:00", "2026-05-05T14:00")
                .shift("pkg-1", "pa-a", "2026-05-06T08:00", "2026-05-06T22:00");
        CoverReport cover = s.cover(CoverLookAheadTest.register(), 21);
        WorkingTimeReport wt = s.checkAll(21);

        JsonNode coverJson = MAPPER.readTree(MAPPER.writeValueAsString(cover));
        JsonNode wtJson = MAPPER.readTree(MAPPER.writeValueAsString(wt));

        assertEquals("cover", coverJson.get("findings").get(0).get("type").textValue());
        assertEquals("working-time", wtJson.get("findings").get(0).get("type").textValue());
        assertUniqueKeys(coverJson);
        assertUniqueKeys(wtJson);
        assertTrue(coverJson.get("findings").get(0).get("candidates").isArray());
    }

    /** Walks a tree: the strict mapper already refuses duplicate keys on reading, so reading it back proves none. */
    static void assertUniqueKeys(JsonNode node) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (names.hasNext()) {
                String n = names.next();
                assertTrue(seen.add(n), n);
                assertUniqueKeys(node.get(n));
            }
        } else if (node.isArray()) {
            node.forEach(RosteringJacksonModuleTest::assertUniqueKeys);
        }
    }
}
