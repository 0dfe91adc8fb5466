package org.carebudget.core.training;

import static org.carebudget.core.training.Fixtures.ANNA;
import static org.carebudget.core.training.Fixtures.BEN;
import static org.carebudget.core.training.Fixtures.CARA;
import static org.carebudget.core.training.Fixtures.MOVING;
import static org.carebudget.core.training.Fixtures.SAM;
import static org.carebudget.core.training.Fixtures.TRACHY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.PersonalAssistantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expired and expiring-within-N-days, over the expiry index. */
class ExpiryQueriesTest {

    // Anna lapses 2027-01-15, Ben 2027-02-01, Cara 2027-03-01.
    private final TrainingRegister register = Fixtures.builder()
            .record(Fixtures.moving(ANNA, LocalDate.of(2026, 1, 15)), LocalDate.of(2026, 1, 15))
            .record(Fixtures.moving(BEN, LocalDate.of(2026, 2, 1)), LocalDate.of(2026, 2, 1))
            .record(Fixtures.moving(CARA, LocalDate.of(2026, 3, 1)), LocalDate.of(2026, 3, 1))
            .build();

    private static List<String> pas(List<Expiry> expiries) {
        return expiries.stream().map(e -> e.personalAssistant().value()).toList();
    }

    @ParameterizedTest
    @CsvSource({"2027-01-14, ''", "2027-01-15, pa-anna", "2027-01-31, pa-anna", "2027-02-01, pa-anna pa-ben",
            "2027-03-01, pa-anna pa-ben pa-cara"})
    void givenLapseDays_whenExpiredAsOf_thenLapseDayCountsAsExpired(LocalDate asOf, String expected) {
        assertEquals(expected, String.join(" ", pas(register.expired(asOf))));
    }

    @ParameterizedTest
    @CsvSource({"2027-01-14, 1, pa-anna", "2027-01-15, 1, ''", "2027-01-14, 18, pa-anna pa-ben",
            "2027-01-01, 13, ''", "2027-01-01, 14, pa-anna", "2026-12-01, 90, pa-anna pa-ben pa-cara"})
    void givenLookAhead_whenExpiringWithin_thenLapseDayInAsOfPlusOneThroughAsOfPlusDays(LocalDate asOf, int days,
            String expected) {
        assertEquals(expected, String.join(" ", pas(register.expiringWithin(asOf, days))));
    }

    @Test
    void givenRenewedRecord_thenTheSupersededOneIsNotReported() {
        LocalDate renewed = LocalDate.of(2027, 1, 5);
        TrainingRegister renewedRegister = Fixtures.builder()
                .record(Fixtures.moving(ANNA, LocalDate.of(2026, 1, 15)), LocalDate.of(2026, 1, 15))
                .record(Fixtures.moving(ANNA, renewed), renewed).build();
        assertEquals(List.of(), renewedRegister.expiringWithin(LocalDate.of(2027, 1, 5), 30));
        assertEquals(List.of(), renewedRegister.expired(LocalDate.of(2027, 6, 1)));
        assertEquals(renewed.plusYears(1), renewedRegister.currentRecords(ANNA).get(0).lapsesOn());
    }

    @Test
    void givenARecordRenewedLater_whenAskedAboutADateBeforeTheRenewal_thenTheOldRecordIsReported() {
        LocalDate first = LocalDate.of(2024, 1, 1);
        LocalDate renewed = LocalDate.of(2025, 3, 1);
        TrainingRegister late = Fixtures.builder()
                .record(Fixtures.moving(ANNA, first), first)
                .record(Fixtures.moving(ANNA, renewed), renewed).build();

        assertEquals(List.of(first), late.expired(LocalDate.of(2025, 2, 1)).stream()
                .map(e -> e.record().completedOn()).toList());
        assertEquals(List.of(first), late.expiringWithin(LocalDate.of(2024, 12, 15), 30).stream()
                .map(e -> e.record().completedOn()).toList());
        assertEquals(List.of(), late.expired(renewed));
        assertEquals(List.of(), late.expiringWithin(renewed, 30));
    }

    @Test
    void givenTwoRecordsOnOneDay_thenOnlyTheOneInForceIsReported() {
        LocalDate day = LocalDate.of(2026, 1, 15);
        TrainingRegister twice = Fixtures.builder()
                .record(Fixtures.moving(ANNA, day), day)
                .record(Fixtures.moving(ANNA, day), day).build();

        assertEquals(1, twice.expired(LocalDate.of(2027, 1, 15)).size());
    }

    @Test
    void givenPlanChange_thenExpiredReportsItWithItsCause() {
        LocalDate signed = LocalDate.of(2026, 1, 15);
        TrainingRegister changed = Fixtures.builder().record(Fixtures.trachy(ANNA, SAM, signed, 12), signed)
                .supportPlanChanged(SAM, TRACHY, LocalDate.of(2026, 4, 1)).build();
        Expiry expiry = changed.expired(LocalDate.of(2026, 4, 1)).get(0);
        assertEquals(LapseCause.SUPPORT_PLAN_CHANGED, expiry.cause());
        assertEquals(LocalDate.of(2026, 3, 31), expiry.lastValidDay().orElseThrow());
    }

    @Test
    void givenResults_thenOrderedByLapseDateThenPa() {
        List<PersonalAssistantId> many = List.of(PersonalAssistantId.of("pa-z"), PersonalAssistantId.of("pa-a"));
        TrainingRegister.Builder builder = Fixtures.builder();
        many.forEach(pa -> builder.record(Fixtures.moving(pa, LocalDate.of(2026, 5, 5)), LocalDate.of(2026, 5, 5)));
        assertEquals(List.of("pa-a", "pa-z"), pas(builder.build().expiringWithin(LocalDate.of(2027, 5, 1), 10)));
    }

    @Test
    void givenCurrentRecords_thenOnePerCompetency() {
        assertEquals(List.of(MOVING), register.currentRecords(ANNA).stream().map(Expiry::competency).toList());
        assertEquals(List.of(), register.currentRecords(PersonalAssistantId.of("pa-nobody")));
    }

    @Test
    void givenZeroDays_thenRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> register.expiringWithin(LocalDate.of(2027, 1, 1), 0));
        assertEquals("Invalid value for days (valid values 1 - 3660): 0", e.getMessage());
    }
}
