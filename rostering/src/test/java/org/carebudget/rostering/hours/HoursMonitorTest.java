package org.carebudget.rostering.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.carebudget.core.hours.HoursKey;
import org.carebudget.core.hours.HoursKind;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.LondonTime;
import org.carebudget.rostering.BankHolidays;
import org.carebudget.rostering.BudgetLine;
import org.carebudget.rostering.CarePackagePlan;
import org.carebudget.rostering.Caseload;
import org.carebudget.rostering.DomesticService;
import org.carebudget.rostering.EmploymentTerms;
import org.carebudget.rostering.HoursBudget;
import org.carebudget.rostering.Nation;
import org.carebudget.rostering.Rota;
import org.carebudget.rostering.Severity;
import org.carebudget.rostering.Shift;
import org.carebudget.rostering.ShiftId;
import org.carebudget.rostering.ShiftKind;
import org.carebudget.rostering.TimeSpan;
import org.carebudget.rostering.TimesheetEntry;
import org.carebudget.rostering.Timesheets;
import org.carebudget.rostering.WorkerProfile;
import org.junit.jupiter.api.Test;

/** Hours used against budget for one package funded 12 hours a week by the ICB, from Monday 4 May 2026. */
class HoursMonitorTest {

    static final CarePackageId PKG = CarePackageId.of("pkg-1");
    static final FunderId ICB = FunderId.of("icb");
    static final FunderId COUNCIL = FunderId.of("council");
    static final PersonalAssistantId ANNA = PersonalAssistantId.of("pa-anna");
    static final EmployerId EMPLOYER = EmployerId.of("emp-1");
    static final DateRange MAY = DateRange.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 1));

    static Caseload caseload(Nation nation) {
        return Caseload.builder()
                .worker(WorkerProfile.builder(ANNA).adultThroughout().employment(EmploymentTerms.of(EMPLOYER,
                        DateRange.startingOn(LocalDate.of(2024, 1, 1)), DomesticService.NOT_DOMESTIC_SERVICE)).build())
                .carePackage(CarePackagePlan.builder(PKG, PersonId.of("person-1"), EMPLOYER).nation(nation)
                        .team(List.of(ANNA)).budget(HoursBudget.of(List.of(BudgetLine.of(ICB, ShiftKind.DAY, 12 * 60,
                                DateRange.startingOn(LocalDate.of(2026, 4, 1)))))).build())
                .bankHolidays(BankHolidays.of(Map.of(Nation.ENGLAND, List.of(LocalDate.of(2026, 5, 4),
                        LocalDate.of(2026, 5, 25)), Nation.SCOTLAND, List.of(LocalDate.of(2026, 5, 25)))))
                .build();
    }

    static Instant at(String local) {
        return LondonTime.instantOf(LocalDateTime.parse(local));
    }

    static Shift shift(long id, String start, String end, ShiftKind kind, FunderId funder) {
        return Shift.builder(ShiftId.of(id), PKG, funder, at(start), at(end)).kind(kind).personalAssistant(ANNA)
                .build();
    }

    /** Four Mondays, Wednesdays and Fridays of 4 hours: 12 hours a week planned. */
    static Rota.Builder fourWeeks(Caseload c) {
        Rota.Builder r = Rota.builder(c);
        long id = 1;
        for (int week = 0; week < 4; week++) {
            for (int day : new int[] {0, 2, 4}) {
                LocalDate d = LocalDate.of(2026, 5, 4).plusDays(7 * week + day);
                r.add(shift(id++, d + "T09:00", d + "T13:00", ShiftKind.DAY, ICB));
            }
        }
        return r;
    }

    @Test
    void givenHalfTheFirstWeekDelivered_thenUnderUseAndTheVarianceToDate() {
        Caseload c = caseload(Nation.ENGLAND);
        Rota rota = fourWeeks(c).build();
        Timesheets t = Timesheets.builder(rota)
                .add(TimesheetEntry.worked(ShiftId.of(1), ANNA, TimeSpan.of(at("2026-05-04T09:00"),
                        at("2026-05-04T13:00"))))
                .add(TimesheetEntry.worked(ShiftId.of(2), ANNA, TimeSpan.of(at("2026-05-06T10:00"),
                        at("2026-05-06T12:00"))))
                .add(TimesheetEntry.missed(ShiftId.of(3), ANNA))
                .build();

        HoursReport report = HoursMonitor.standard().report(t, MAY, LocalDate.of(2026, 5, 11));

        FunderHours icb = report.funderHours(PKG).get(0);
        assertEquals(ICB, icb.funder());
        assertEquals(4 * 12 * 60, icb.budgetedMinutes());
        assertEquals(4 * 12 * 60, icb.plannedMinutes());
        assertEquals(6 * 60, icb.deliveredMinutes());
        assertEquals(12 * 60, icb.budgetedToDateMinutes());
        assertEquals(-6 * 60, icb.varianceToDateMinutes());
        assertEquals(new WeekHours(LocalDate.of(2026, 5, 4), 7, 720, 720, 360), icb.weeks().get(0));
        HoursFinding under = report.findings().get(0);
        assertEquals(HoursSignal.UNDER_USE, under.signal());
        assertEquals("hours.under-use", under.ruleId());
        assertEquals(Severity.NOTICE, under.severity());
        assertEquals(720, under.budgetedMinutes());
        assertEquals(360, under.measuredMinutes());
        assertEquals(LocalDate.of(2026, 5, 4), under.week());
        // at the first week's rate (6 hours a week) the month ends with 6 + 21/7 x 6 = 24 of 48 hours
        assertEquals(24 * 60, icb.forecastMinutes());
        assertEquals(HoursSignal.FORECAST_UNDER_USE, report.findings().get(1).signal());
        assertEquals(attendance(t, 2), org.carebudget.rostering.Attendance.LATE);
        assertEquals(attendance(t, 3), org.carebudget.rostering.Attendance.MISSED);
    }

    private static org.carebudget.rostering.Attendance attendance(Timesheets t, long id) {
        return t.attendance(ShiftId.of(id), ANNA);
    }

    @Test
    void givenAnExtraShiftPlannedNextWeek_thenOverUseAheadWithTheWeekToActBefore() {
        Caseload c = caseload(Nation.ENGLAND);
        Rota rota = fourWeeks(c).add(shift(99, "2026-05-12T09:00", "2026-05-12T10:00", ShiftKind.DAY, ICB)).build();

        HoursReport report = HoursMonitor.standard().report(Timesheets.builder(rota).build(), MAY,
                LocalDate.of(2026, 5, 4));

        HoursFinding over = report.findings().stream().filter(f -> f.signal() == HoursSignal.OVER_USE).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 5, 11), over.week());
        assertEquals(LocalDate.of(2026, 5, 11), over.actBefore());
        assertEquals(13 * 60, over.measuredMinutes());
        assertEquals(Severity.WARNING, over.severity());
    }

    @Test
    void givenABankHolidayWeekendAndNights_thenTheSummaryKindsFollowTheNationsCalendar() {
        for (Nation nation : new Nation[] {Nation.ENGLAND, Nation.SCOTLAND}) {
            Caseload c = caseload(nation);
            Rota rota = Rota.builder(c)
                    .add(shift(1, "2026-05-04T09:00", "2026-05-04T13:00", ShiftKind.DAY, ICB))
                    .add(shift(2, "2026-05-09T09:00", "2026-05-09T12:00", ShiftKind.DAY, ICB))
                    .add(shift(3, "2026-05-05T22:00", "2026-05-06T06:00", ShiftKind.WAKING_NIGHT, COUNCIL))
                    .add(Shift.builder(ShiftId.of(4), PKG, COUNCIL, at("2026-05-06T22:00"), at("2026-05-07T07:00"))
                            .kind(ShiftKind.SLEEP_IN).personalAssistant(ANNA)
                            .awake(TimeSpan.of(at("2026-05-07T02:00"), at("2026-05-07T02:45"))).build())
                    .build();

            HoursSummary s = HoursMonitor.standard().report(Timesheets.builder(rota).build(), MAY,
                    LocalDate.of(2026, 5, 4)).summary();

            long bankHoliday = nation == Nation.ENGLAND ? 240 : 0;
            assertEquals(bankHoliday, planned(s, ICB, HoursKind.BANK_HOLIDAY), nation::name);
            assertEquals(240 - bankHoliday, planned(s, ICB, HoursKind.DAY), nation::name);
            assertEquals(180, planned(s, ICB, HoursKind.WEEKEND));
            assertEquals(480, planned(s, COUNCIL, HoursKind.NIGHT));
            assertEquals(45, planned(s, COUNCIL, HoursKind.SLEEP_IN_AWAKE));
            assertEquals(9 * 60 - 45, planned(s, COUNCIL, HoursKind.SLEEP_IN_ASLEEP));
            assertEquals(240 + 180 + 480 + 540, s.plannedMinutes());
        }
    }

    private static long planned(HoursSummary s, FunderId funder, HoursKind kind) {
        return s.line(HoursKey.of(PKG, funder, ANNA, kind)).map(l -> l.plannedMinutes()).orElse(0L);
    }

    @Test
    void givenAWakingNightOverEachClockChange_thenElapsedMinutesSplitAtMidnight() {
        for (String[] c : new String[][] {{"2026-10-24", "540"}, {"2026-03-28", "420"}, {"2025-10-25", "540"},
            {"2025-03-29", "420"}}) {
            LocalDate saturday = LocalDate.parse(c[0]);
            Caseload caseload = caseload(Nation.ENGLAND);
            Rota rota = Rota.builder(caseload).add(shift(1, saturday + "T22:00", saturday.plusDays(1) + "T06:00",
                    ShiftKind.WAKING_NIGHT, ICB)).build();
            DateRange weekend = DateRange.of(saturday, saturday.plusDays(2));

            HoursReport report = HoursMonitor.standard().report(Timesheets.builder(rota).build(), weekend, saturday);

            assertEquals(Long.parseLong(c[1]), report.summary().plannedMinutes(), c[0]);
            assertEquals(Long.parseLong(c[1]), planned(report.summary(), ICB, HoursKind.WEEKEND), c[0]);
            // Saturday's 2 hours fall in one week, Sunday's in the same Monday-to-Sunday week
            assertEquals(Long.parseLong(c[1]), report.funderHours(PKG).get(0).plannedMinutes(), c[0]);
        }
    }

    @Test
    void givenMoreLinesThanTheFirstArraysHold_thenEveryMinuteIsKept() {
        Caseload.Builder c = Caseload.builder();
        List<PersonalAssistantId> team = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            PersonalAssistantId pa = PersonalAssistantId.of("pa-" + i);
            team.add(pa);
            c.worker(WorkerProfile.builder(pa).adultThroughout().employment(EmploymentTerms.of(EMPLOYER,
                    DateRange.startingOn(LocalDate.of(2024, 1, 1)), DomesticService.NOT_DOMESTIC_SERVICE)).build());
        }
        Caseload caseload = c.carePackage(CarePackagePlan.builder(PKG, PersonId.of("person-1"), EMPLOYER)
                .team(team.subList(0, 200)).build()).build();
        Rota.Builder r = Rota.builder(caseload);
        for (int i = 0; i < 600; i++) {
            // a Friday day shift and an hour's sleep-in on Saturday: lines of day, awake (none) and asleep minutes
            r.add(Shift.builder(ShiftId.of(2L * i + 1), PKG, ICB, at("2026-05-08T09:00"), at("2026-05-08T10:00"))
                    .personalAssistant(team.get(i)).build());
            r.add(Shift.builder(ShiftId.of(2L * i + 2), PKG, ICB, at("2026-05-09T10:00"), at("2026-05-09T11:00"))
                    .kind(ShiftKind.SLEEP_IN).personalAssistant(team.get(i)).build());
        }

        HoursSummary s = HoursMonitor.standard().report(Timesheets.builder(r.build()).build(), MAY,
                LocalDate.of(2026, 5, 4)).summary();

        assertEquals(1200 * 60, s.plannedMinutes());
        assertEquals(1200, s.lines().size());
    }

    @Test
    void givenATrendOfRisingWeeks_thenAPositiveSlope() {
        Caseload c = caseload(Nation.ENGLAND);
        Rota.Builder r = Rota.builder(c);
        Timesheets.Builder t;
        long id = 1;
        for (int week = 0; week < 4; week++) {
            LocalDate monday = LocalDate.of(2026, 5, 4).plusDays(7 * week);
            r.add(shift(id++, monday + "T09:00", monday + "T" + (10 + week) + ":00", ShiftKind.DAY, ICB));
        }
        Rota rota = r.build();
        t = Timesheets.builder(rota);
        for (int s = 0; s < rota.size(); s++) {
            t.add(TimesheetEntry.worked(rota.id(s), ANNA, TimeSpan.of(rota.shift(s).start(), rota.shift(s).end())));
        }

        FunderHours icb = HoursMonitor.standard().report(t.build(), MAY, LocalDate.of(2026, 6, 1))
                .funderHours(PKG).get(0);

        assertEquals(60, icb.trendMinutesPerWeek());
        assertTrue(icb.weeks().stream().allMatch(w -> w.days() == 7));
    }
}
