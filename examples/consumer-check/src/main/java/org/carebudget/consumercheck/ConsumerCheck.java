package org.carebudget.consumercheck;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;
import org.carebudget.core.id.FunderId;
import org.carebudget.rostering.Shift;
import org.carebudget.rostering.ShiftId;

/** Calls a few public APIs of each published module on the module path and fails loudly if one misbehaves. */
public final class ConsumerCheck {

    private ConsumerCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        check(NhsNumber.parse("9434765919").toString().endsWith("*919]"), "NHS number masked");
        check(UkFigures.standard().minimumWageOn(LocalDate.of(2026, 4, 1)).age21AndOver().equals(Gbp.ofPence(1271)),
                "National Living Wage from 1 April 2026");
        check(Gbp.parse("£10.00").allocate(1, 1, 1)[0].equals(Gbp.ofPence(334)), "allocation by largest remainder");
        check(Gbp.ofPence(150).toMonetaryAmount().getCurrency().getCurrencyCode().equals("GBP"), "JSR-354 boundary");
        Shift march = Shift.builder(ShiftId.of(1), CarePackageId.of("pkg-1"), FunderId.of("icb"),
                LocalDateTime.of(2026, 3, 28, 22, 0), LocalDateTime.of(2026, 3, 29, 6, 0)).build();
        check(march.minutes() == 7 * 60, "March night shift is 7 elapsed hours");
        check(SpendCategory.valueOf("PA_WAGES") == SpendCategory.PA_WAGES, "money module readable");
        System.out.println("consumer check: CareBudget works from its published artifacts on the module path");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("consumer check failed: " + what);
        }
    }
}
