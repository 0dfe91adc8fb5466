package org.carebudget.consumercheck;

import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.carebudget.core.figures.MinimumWage;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.SpendCategory;
import org.carebudget.rostering.Shift;

/** Calls a few public APIs of each published module on the module path and fails loudly if one misbehaves. */
public final class ConsumerCheck {

    private ConsumerCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args {@code with-moneta} when a JSR-354 implementation is on the module path, nothing otherwise
     */
    public static void main(String[] args) {
        boolean withMoneta = args.length > 0 && args[0].equals("with-moneta");
        check(NhsNumber.parse("9434765919").toString().endsWith("*919]"), "NHS number masked");
        check(UkFigures.standard().on(MinimumWage.class, LocalDate.of(2026, 4, 1)).nationalLivingWage().equals(Gbp.ofPence(1271)),
                "National Living Wage from 1 April 2026");
        check(Gbp.parse("£10.00").allocate(1, 1, 1)[0].equals(Gbp.ofPence(334)), "allocation by largest remainder");
        if (withMoneta) {
            check(ModuleLayer.boot().findModule("org.javamoney.moneta").isPresent(), "Moneta bound as a provider");
            MonetaryAmount amount = Gbp.ofPence(150).toMonetaryAmount();
            check(amount.getCurrency().getCurrencyCode().equals("GBP"), "JSR-354 boundary");
            check(Gbp.of(amount).equals(Gbp.ofPence(150)), "JSR-354 round trip");
        } else {
            check(ModuleLayer.boot().findModule("okhttp3").isEmpty(), "no HTTP client in CareBudget's closure");
            check(ModuleLayer.boot().findModule("kotlin.stdlib").isEmpty(), "no Kotlin runtime in CareBudget's closure");
            check(ModuleLayer.boot().findModule("java.money").isPresent(), "the JSR-354 API at the boundary");
            try {
                Gbp.ofPence(150).toMonetaryAmount();
                check(false, "toMonetaryAmount without an implementation is refused");
            } catch (MonetaryException e) {
                check(e.getMessage().contains("moneta-core"), "the refusal names what to add");
            }
        }
        Shift march = new Shift(PersonalAssistantId.of("pa-1"), CarePackageId.of("pkg-1"),
                LocalDateTime.of(2026, 3, 28, 22, 0), LocalDateTime.of(2026, 3, 29, 6, 0));
        check(march.minutes() == 7 * 60, "March night shift is 7 elapsed hours");
        check(SpendCategory.of("PA_WAGES") == SpendCategory.PA_WAGES, "money module readable");
        System.out.println("consumer check: CareBudget works from its published artifacts on the module path"
                + (withMoneta ? ", with Moneta creating MonetaryAmounts" : ", with no JSR-354 implementation"));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("consumer check failed: " + what);
        }
    }
}
