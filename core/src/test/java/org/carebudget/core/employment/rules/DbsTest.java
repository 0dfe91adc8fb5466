package org.carebudget.core.employment.rules;

import static org.carebudget.core.employment.Given.FIRST_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.CareGroup;
import org.carebudget.core.employment.DbsCertificate;
import org.carebudget.core.employment.DbsLevel;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.Given;
import org.carebudget.core.employment.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DbsTest {

    private static final DbsEnhancedCheck CHECK = new DbsEnhancedCheck();
    private static final DbsRecheck RECHECK = new DbsRecheck(DbsRecheckPolicy.THREE_YEARS_OR_ANNUAL_UPDATE_CHECK);
    private static final LocalDate ISSUED = LocalDate.of(2025, 5, 1);

    private static DbsCertificate certificate(DbsLevel level, boolean adults, boolean children, boolean update,
            LocalDate lastChecked) {
        return new DbsCertificate("001234567890", level, adults, children, ISSUED, update, lastChecked);
    }

    @ParameterizedTest(name = "{0} adults={1} children={2} for {3}: findings {4}")
    @CsvSource({
        "ENHANCED, true, false, ADULTS, 0",
        "ENHANCED, false, true, ADULTS, 1",
        "ENHANCED, false, false, ADULTS, 1",
        "ENHANCED, false, true, CHILDREN, 0",
        "ENHANCED, true, false, CHILDREN, 1",
        "ENHANCED, true, true, ADULTS_AND_CHILDREN, 0",
        "ENHANCED, true, false, ADULTS_AND_CHILDREN, 1",
        "STANDARD, false, false, ADULTS, 1",
        "BASIC, false, false, ADULTS, 1"})
    void givenCertificate_thenBlockingUnlessEnhancedWithTheRightLists(DbsLevel level, boolean adults, boolean children,
            CareGroup group, int expected) {
        Employment e = Given.bare().careGroup(group).evidence(certificate(level, adults, children, false, null)).build();

        List<Finding> found = Given.findings(CHECK, e, Given.AS_OF);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(Severity.BLOCKING, found.get(0).severity());
            assertEquals(1, found.get(0).evidence().size());
        }
    }

    @Test
    void givenNoCertificate_whenDayBeforeFirstDay_thenWarning_andOnFirstDay_thenBlocking() {
        Employment e = Given.bare().careGroup(CareGroup.CHILDREN).build();

        Finding before = Given.findings(CHECK, e, FIRST_DAY.minusDays(1)).get(0);
        Finding on = Given.findings(CHECK, e, FIRST_DAY).get(0);

        assertEquals(Severity.WARNING, before.severity());
        assertEquals(Severity.BLOCKING, on.severity());
        assertTrue(on.message().contains("children's barred list"), on.message());
    }

    @ParameterizedTest(name = "not subscribed, as of {0}: {1}")
    @CsvSource({"2028-03-31, 0", "2028-04-01, 1", "2028-04-30, 1", "2028-05-01, 1", "2029-01-01, 1"})
    void givenNoUpdateService_thenRecheckDueThreeYearsAfterIssue(LocalDate asOf, int expected) {
        Employment e = Given.bare().evidence(certificate(DbsLevel.ENHANCED, true, false, false, null)).build();

        List<Finding> found = Given.findings(RECHECK, e, asOf);

        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals(LocalDate.of(2028, 5, 1), found.get(0).dueDate());
            assertEquals(Severity.WARNING, found.get(0).severity());
        }
    }

    @Test
    void givenUpdateServiceCheckedOn14January2026_thenRecheckDue14January2027() {
        Employment e = Given.bare()
                .evidence(certificate(DbsLevel.ENHANCED, true, false, true, LocalDate.of(2026, 1, 14))).build();

        Finding found = Given.findings(RECHECK, e, LocalDate.of(2027, 1, 1)).get(0);

        assertEquals("DBS recheck due 2027-01-14 (Update Service status check every 12 months).", found.message());
        assertEquals(LocalDate.of(2027, 1, 14), found.dueDate());
        assertEquals(List.of(), Given.findings(RECHECK, e, LocalDate.of(2026, 12, 13)));
    }

    @Test
    void givenStricterPolicy_thenRecheckDueSooner() {
        DbsRecheck yearly = new DbsRecheck(new DbsRecheckPolicy(12, 6));
        Employment e = Given.bare().evidence(certificate(DbsLevel.ENHANCED, true, false, false, null)).build();

        assertEquals(LocalDate.of(2026, 5, 1), Given.findings(yearly, e, LocalDate.of(2026, 5, 1)).get(0).dueDate());
        assertEquals(List.of(), Given.findings(RECHECK, e, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void givenPolicyOutOfRange_thenMessageNamesFieldRangeAndValue() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new DbsRecheckPolicy(0, 12));

        assertEquals("Invalid value for certificateMaxAgeMonths (valid values 1 - 120): 0", e.getMessage());
    }
}
