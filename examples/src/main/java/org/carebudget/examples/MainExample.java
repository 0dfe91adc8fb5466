package org.carebudget.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.rostering.Shift;

/**
 * The main example, run by the first README command, end to end over the four capabilities: a night shift over the
 * October clock change paid at the National Living Wage and split between the NHS and the council to the penny;
 * a budget's ring-fenced funder streams with holds for funder review, a rejection and a clawback
 * ({@link LedgerExample}); PA employment compliance ({@link EmploymentExample}); training and delegated clinical
 * competency expiry ({@link TrainingExample}).
 */
public final class MainExample {

    private MainExample() {
    }

    /**
     * Runs the example and prints what it finds.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the example, printing to {@code out}.
     *
     * @param out where to print, not null
     */
    static void run(PrintStream out) {
        out.println("== 1. Kernel: hours, pay and a split to the penny");
        nightShift(out);
        out.println();
        out.println("== 2. Budget ledger with ring-fenced funder streams");
        LedgerExample.run(out);
        out.println();
        out.println("== 3. PA employment compliance");
        EmploymentExample.run(out);
        out.println();
        out.println("== 4. Training and competency expiry");
        TrainingExample.run(out);
    }

    private static void nightShift(PrintStream out) {
        NhsNumber person = NhsNumber.parse("943 476 5919");
        Shift night = new Shift(PersonalAssistantId.of("pa-1"), CarePackageId.of("pkg-1"),
                LocalDateTime.of(2026, 10, 24, 22, 0), LocalDateTime.of(2026, 10, 25, 6, 0));
        MinimumWage nmw = UkFigures.standard().on(MinimumWage.class, night.start().toLocalDate());
        Gbp rate = nmw.rateForAge(30);
        Gbp pay = rate.timesRatio(night.minutes(), 60, java.math.RoundingMode.HALF_UP);
        Gbp[] split = pay.allocate(2, 1);
        out.println("Person " + person + ": night shift 22:00-06:00 over the October clock change");
        out.println("  elapsed hours: " + night.elapsed().toHours() + " (wall clock says 8)");
        out.println("  National Living Wage on " + LocalDate.from(night.start()) + ": " + rate + " an hour ("
                + nmw.source() + ")");
        out.println("  pay at that rate: " + pay + "; NHS share (2/3): " + split[0] + ", council share (1/3): " + split[1]);
    }
}
