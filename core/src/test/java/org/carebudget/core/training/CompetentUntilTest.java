package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.ANNA;
import static org.carebudget.core.training.Fixtures.BEN;
import static org.carebudget.core.training.Fixtures.MOVING;
import static org.carebudget.core.training.Fixtures.SAM;
import static org.carebudget.core.training.Fixtures.TOM;
import static org.carebudget.core.training.Fixtures.TRACHY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.carebudget.core.time.LondonTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rostering questions: how long a PA stays competent from a date, and whether through a shift's end. */
class CompetentUntilTest {

    private static final LocalDate DONE = LocalDate.of(2026, 1, 15);
    private static final TaskRequirement HOIST = Fixtures.task("hoist transfers", 1, MOVING);
    private static final TaskRequirement TRACHEOSTOMY = Fixtures.task("tracheostomy care", 1, TRACHY, MOVING);

    private static Instant london(String localDateTime) {
        return LondonTime.toInstant(LocalDateTime.parse(localDateTime));
    }

    @Test
    void givenOneTwelveMonthRecord_thenCompetentUntilItsLapseDay() {
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE).build();
        CompetentPeriod period = register.competentUntil(ANNA, HOIST, SAM, LocalDate.of(2026, 6, 1));
        assertEquals(LocalDate.of(2027, 1, 15), period.until());
        assertEquals(MOVING, period.limitedBy());
        assertTrue(period.isCompetent());
        assertTrue(period.isCompetentOn(LocalDate.of(2027, 1, 14)));
        assertFalse(period.isCompetentOn(LocalDate.of(2027, 1, 15)));
    }

    @Test
    void givenARenewalBeforeTheLapse_thenThePeriodRunsOnToTheRenewalsLapse() {
        LocalDate renewed = LocalDate.of(2027, 1, 10);
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE)
                .record(Fixtures.moving(ANNA, renewed), renewed).build();
        assertEquals(LocalDate.of(2028, 1, 10), register.competentUntil(ANNA, HOIST, SAM, DONE).until());
    }

    @Test
    void givenARenewalOnTheLapseDay_thenThereIsNoGap() {
        LocalDate renewed = LocalDate.of(2027, 1, 15);
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE)
                .record(Fixtures.moving(ANNA, renewed), renewed).build();
        assertEquals(LocalDate.of(2028, 1, 15), register.competentUntil(ANNA, HOIST, SAM, DONE).until());
    }

    @Test
    void givenARenewalAfterTheLapse_thenThePeriodEndsAtTheGap() {
        LocalDate renewed = LocalDate.of(2027, 2, 1);
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE)
                .record(Fixtures.moving(ANNA, renewed), renewed).build();
        assertEquals(LocalDate.of(2027, 1, 15), register.competentUntil(ANNA, HOIST, SAM, DONE).until());
        assertEquals(LocalDate.of(2028, 2, 1), register.competentUntil(ANNA, HOIST, SAM, renewed).until());
    }

    @Test
    void givenNoRecordOnTheDay_thenThePeriodIsEmptyAndNamesTheCompetency() {
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE).build();
        CompetentPeriod before = register.competentUntil(ANNA, HOIST, SAM, DONE.minusDays(1));
        assertFalse(before.isCompetent());
        assertEquals(DONE.minusDays(1), before.until());
        assertEquals(MOVING, before.limitedBy());
        assertFalse(register.competentUntil(BEN, HOIST, SAM, DONE).isCompetent(), "a PA with no records");
    }

    @Test
    void givenADelegatedTaskSignedOffForSam_thenTheEarlierLapseOfItsCompetenciesEndsThePeriod() {
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE)
                .record(Fixtures.trachy(ANNA, SAM, DONE, 6), DONE).build();
        CompetentPeriod forSam = register.competentUntil(ANNA, TRACHEOSTOMY, SAM, DONE);
        assertEquals(LocalDate.of(2026, 7, 15), forSam.until());
        assertEquals(TRACHY, forSam.limitedBy());
        assertFalse(register.competentUntil(ANNA, TRACHEOSTOMY, TOM, DONE).isCompetent(), "signed off for Sam only");
    }

    @Test
    void givenOnlyDoneOnceCompetencies_thenThePeriodNeverEnds() {
        TrainingRegister register = Fixtures.builder().record(TrainingRecord.completed(ANNA,
                CompetencyCode.CARE_CERTIFICATE, DONE, "Induction", "cc-1"), DONE).build();
        CompetentPeriod period = register.competentUntil(ANNA, Fixtures.task("induction", 1,
                CompetencyCode.CARE_CERTIFICATE), SAM, DONE);
        assertNull(period.until());
        assertNull(period.limitedBy());
        assertTrue(period.covers(london("2200-12-30T09:00"), london("2200-12-31T09:00")));
    }

    @Test
    void givenSeveralTasks_thenEveryCompetencyOfEveryTaskCounts() {
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE)
                .record(Fixtures.trachy(ANNA, SAM, DONE, 3), DONE).build();
        TaskRequirement trachyOnly = Fixtures.task("trachy", 1, TRACHY);
        assertEquals(LocalDate.of(2026, 4, 15), register.competentUntil(ANNA, List.of(HOIST, trachyOnly), SAM, DONE)
                .until());
        assertFalse(register.isCompetent(ANNA, List.of(HOIST, trachyOnly), SAM, london("2026-04-14T20:00"),
                london("2026-04-15T08:00")));
        assertTrue(register.isCompetent(ANNA, List.of(HOIST), SAM, london("2026-04-14T20:00"),
                london("2026-04-15T08:00")));
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2027-01-14T08:00, 2027-01-14T20:00, true",
        "2027-01-14T20:00, 2027-01-15T00:00, true",
        "2027-01-14T20:00, 2027-01-15T00:00:00.000000001, false",
        "2027-01-14T22:00, 2027-01-15T07:00, false",
        "2027-01-15T08:00, 2027-01-15T12:00, false",
        "2026-01-14T20:00, 2026-01-15T08:00, false"})
    void givenAShift_thenCompetentOnlyIfValidOnEveryUkDayItTouches(String start, String end, boolean competent) {
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE).build();
        assertEquals(competent, register.isCompetent(ANNA, HOIST, SAM, london(start), london(end)));
        CompetentPeriod period = register.competentUntil(ANNA, HOIST, SAM, DONE);
        assertEquals(competent, period.covers(london(start), london(end)));
    }

    @Test
    void givenANightShiftAcrossTheOctoberClockChange_thenItsUkDaysAreThoseOfTheLocalClock() {
        // 25 October 2026: clocks go back at 02:00 BST. The record lapses on 26 October.
        LocalDate done = LocalDate.of(2025, 10, 26);
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, done), done).build();
        Instant start = OffsetDateTime.of(2026, 10, 24, 22, 0, 0, 0, ZoneOffset.ofHours(1)).toInstant();
        Instant endOnTheLastValidDay = OffsetDateTime.of(2026, 10, 25, 23, 30, 0, 0, ZoneOffset.UTC).toInstant();
        Instant endOnTheLapseDay = OffsetDateTime.of(2026, 10, 26, 0, 0, 1, 0, ZoneOffset.UTC).toInstant();
        assertTrue(register.isCompetent(ANNA, HOIST, SAM, start, endOnTheLastValidDay));
        assertFalse(register.isCompetent(ANNA, HOIST, SAM, start, endOnTheLapseDay));
    }

    @Test
    void givenAShiftStartingBeforeThePeriod_thenNotCovered() {
        TrainingRegister register = Fixtures.builder().record(Fixtures.moving(ANNA, DONE), DONE).build();
        CompetentPeriod fromJune = register.competentUntil(ANNA, HOIST, SAM, LocalDate.of(2026, 6, 1));
        assertFalse(fromJune.covers(london("2026-05-31T20:00"), london("2026-06-01T08:00")));
        assertTrue(fromJune.covers(london("2026-06-01T00:00"), london("2026-06-01T08:00")));
    }
}
