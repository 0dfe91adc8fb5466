package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.HolidayRecord;
import org.carebudget.core.employment.HolidayRecordContent;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.HolidayFigures;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * From 6 April 2026 an employer must keep records adequate to show it met its holiday duties, and keep them six
 * years from the date they were made (Working Time Regulations 1998 reg. 16B, inserted by the Employment Rights Act
 * 2025 s. 35; failing to is an offence). Read over the evidence: for every pay period whose holiday figures carry a
 * retention period and whose pay date has passed, a {@link HolidayRecord} held on the evaluation date must cover the
 * period's first day and show the leave taken and the holiday pay (Acas); and no holiday record may have been
 * disposed of before its retention period ended. Blocking: one finding listing the periods without a record, one
 * per record disposed of early. Pay periods whose start has no holiday figures are reported as not checked.
 * Immutable and thread-safe.
 */
public final class HolidayRecordsKept extends AbstractRule {

    /** The rule id. */
    public static final String ID = "holiday.records-kept";

    private static final Set<HolidayRecordContent> REQUIRED = Set.of(HolidayRecordContent.LEAVE_TAKEN,
            HolidayRecordContent.HOLIDAY_PAY);

    /** Creates the rule, in force from 6 April 2026. */
    public HolidayRecordsKept() {
        super(ID, "Records of annual leave and holiday pay are kept, and kept six years.", ComplianceSeverity.BLOCKING,
                Source.of("Working Time Regulations 1998 reg. 16B (Employment Rights Act 2025 s. 35, in force "
                        + "6 April 2026); Acas, holiday records", Status.SECONDARY),
                DateRange.startingOn(LocalDate.of(2026, 4, 6)));
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        LocalDate asOf = context.asOf();
        Missing missing = new Missing();
        List<Evidence> unrecorded = null;
        PayRecord firstUnrecorded = null;
        PayRecord lastUnrecorded = null;
        for (PayRecord record : employment.payRecords()) {
            if (!inScope(record, context) || !record.paidOn().isBefore(asOf)) {
                continue;
            }
            HolidayFigures holiday = rowOrNote(context, HolidayFigures.class, record.period().start(), record, missing);
            if (holiday == null || holiday.recordRetentionYears() == 0 || recorded(employment, record, asOf)) {
                continue;
            }
            if (unrecorded == null) {
                unrecorded = new ArrayList<>();
                firstUnrecorded = record;
            }
            unrecorded.add(record);
            lastUnrecorded = record;
        }
        missing.report(this, "holiday records", findings);
        if (unrecorded != null) {
            findings.accept(breach("No record of leave taken and holiday pay is held for " + unrecorded.size()
                    + (unrecorded.size() == 1 ? " pay period, " + firstUnrecorded.period().range()
                            : " pay periods, from " + firstUnrecorded.period().range() + " to "
                            + lastUnrecorded.period().range()) + "; records must be kept from 6 April 2026.",
                    unrecorded, null, null, null));
        }
        for (HolidayRecord record : employment.holidayRecords()) {
            LocalDate disposed = record.disposedOn();
            if (disposed == null || disposed.isAfter(asOf)) {
                continue;
            }
            HolidayFigures holiday = context.find(HolidayFigures.class, record.madeOn());
            if (holiday == null || holiday.recordRetentionYears() == 0) {
                continue;
            }
            LocalDate keepUntil = record.madeOn().plusYears(holiday.recordRetentionYears());
            if (disposed.isBefore(keepUntil)) {
                findings.accept(breach("The holiday record for " + record.covers() + ", made on " + record.madeOn()
                        + ", was disposed of on " + disposed + ", before " + keepUntil + ": records must be kept "
                        + holiday.recordRetentionYears() + " years.", List.of(record), null, null, null, holiday));
            }
        }
    }

    private static boolean recorded(Employment employment, PayRecord pay, LocalDate asOf) {
        for (HolidayRecord record : employment.holidayRecords()) {
            if (record.heldOn(asOf) && record.covers().contains(pay.period().start())
                    && record.shows().containsAll(REQUIRED)) {
                return true;
            }
        }
        return false;
    }
}
