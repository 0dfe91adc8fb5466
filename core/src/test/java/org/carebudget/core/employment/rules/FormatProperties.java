package org.carebudget.core.employment.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.TaxYear;

/** The fast text forms used in messages made on every evaluation are exactly the types' own text forms. */
class FormatProperties {

    @Property
    void moneyIsTheTextFormOfGbp(@ForAll @LongRange(min = -Gbp.MAX_PENCE, max = Gbp.MAX_PENCE) long pence) {
        Gbp amount = Gbp.ofPence(pence);

        assertEquals(amount.toString(), Format.money(amount));
    }

    @Property
    void taxYearIsTheTextFormOfTaxYear(@ForAll @IntRange(min = 1900, max = 9998) int startYear) {
        TaxYear year = TaxYear.startingIn(startYear);

        assertEquals(year.toString(), Format.taxYear(year));
    }
}
