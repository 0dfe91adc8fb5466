package org.carebudget.examples;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.money.MonetaryAmount;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.TaxYear;
import org.carebudget.rostering.Shift;

/**
 * The code sample in README.md, compiled and run by a test so that the README never shows code that does not
 * work. The lines between the markers are the README's sample, with {@code System.out} as {@code out}.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Runs the sample.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the sample, printing to {@code out}.
     *
     * @param out where to print, not null
     * @return the pay split between the NHS and the council, for the test to check
     */
    public static Gbp[] run(PrintStream out) {
        // README sample begins
        UkFigures figures = UkFigures.standard();                          // every figure dated and sourced
        LocalDate asOf = LocalDate.of(2026, 11, 23);                       // passed in: the library reads no clock

        NhsNumber person = NhsNumber.parse("943 476 5919");                // check digit validated; prints masked
        Shift night = new Shift(PersonalAssistantId.of("pa-7"), CarePackageId.of("pkg-42"),
                LocalDateTime.of(2026, 10, 24, 22, 0), LocalDateTime.of(2026, 10, 25, 6, 0));
        long minutes = night.minutes();                                    // 540: the October change adds an hour

        MinimumWage nmw = figures.minimumWageOn(night.start().toLocalDate());
        Gbp rate = nmw.hourlyRate(30, false);                              // £12.71 from 1 April 2026
        Gbp pay = rate.timesRatio(minutes, 60, RoundingMode.HALF_UP);      // £114.39, exact pence
        Gbp[] nhsAndCouncil = pay.allocate(2, 1);                          // £76.26 + £38.13: no penny lost
        MonetaryAmount forYourApi = pay.toMonetaryAmount();                // JSR-354 at the boundary

        TaxYear year = TaxYear.containing(asOf);                           // 2026/27
        out.println(person + " " + year + " " + nmw.source());
        // README sample ends
        out.println(minutes + " minutes, " + pay + " = " + forYourApi + ", split " + nhsAndCouncil[0] + " + "
                + nhsAndCouncil[1]);
        return nhsAndCouncil;
    }
}
