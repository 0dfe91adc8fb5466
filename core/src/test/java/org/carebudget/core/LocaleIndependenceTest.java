package org.carebudget.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Locale;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.jackson.CoreJacksonModule;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.testing.WithDefaultLocale;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9 item 6: every kernel text form, parse and message is the same under any default locale, including those
 * that print non-Latin digits ({@code String.format("%02d", 7)} is {@code ٠٧} under ar-EG) and Turkish, whose
 * default upper case of {@code i} is {@code İ}.
 */
class LocaleIndependenceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar-EG", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "tr-TR", "en-GB"})
    void givenDefaultLocale_thenKernelTextIsAsciiAndRoundTrips(String tag) {
        WithDefaultLocale.Scope.run(Locale.forLanguageTag(tag), () -> {
            assertEquals("2026/27", TaxYear.startingIn(2026).toString());
            assertEquals("2009/10", TaxYear.startingIn(2009).toString());
            assertEquals(TaxYear.startingIn(2026), TaxYear.parse(TaxYear.startingIn(2026).toString()));
            assertEquals("£1234.56", Gbp.parse("£1,234.56").toString());
            assertEquals("-£0.05", Gbp.ofPence(-5).toString());
            assertEquals(Gbp.ofPence(-5), Gbp.parse(Gbp.ofPence(-5).toString()));
            assertEquals("2026-04-01/2026-05-01", DateRange.ofClosed(LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 30)).toString());
            assertEquals("NhsNumber[*** *** *919]", NhsNumber.parse("943 476 5919").toString());
            assertEquals("AB123456C", NationalInsuranceNumber.parse("ab 12 34 56 c").value());
            assertEquals("PaySchedule[frequency=WEEKLY, anchor=2026-04-06]",
                    PaySchedule.of(PayFrequency.WEEKLY, LocalDate.of(2026, 4, 6)).toString());
            assertEquals("Invalid value for weeklyHours (valid values 0 - 168): 170",
                    assertThrows(InvalidValueException.class,
                            () -> InvalidValueException.requireInRange(170, 0, 168, "weeklyHours")).getMessage());
            assertEquals("Invalid value for taxYear (valid values yyyy/yy with yy one after yyyy, years 1900 - 2199): "
                    + "2026/28", assertThrows(InvalidValueException.class, () -> TaxYear.parse("2026/28")).getMessage());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ar-EG", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva"})
    void givenDefaultLocale_thenJsonOfKernelValuesIsTheSame(String tag) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new CoreJacksonModule());
        WithDefaultLocale.Scope.run(Locale.forLanguageTag(tag), () -> {
            try {
                assertEquals("\"2026/27\"", mapper.writeValueAsString(TaxYear.startingIn(2026)));
                assertEquals(TaxYear.startingIn(2026), mapper.readValue("\"2026/27\"", TaxYear.class));
                assertEquals("\"£12.50\"", mapper.writeValueAsString(Gbp.ofPence(1250)));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    @WithDefaultLocale("ar-EG")
    void givenTheExtension_thenTheDefaultLocaleIsSetForTheTestSoTheOldFaultWouldShow() {
        assertEquals(Locale.forLanguageTag("ar-EG"), Locale.getDefault());
        assertEquals(Locale.forLanguageTag("ar-EG"), Locale.getDefault(Locale.Category.FORMAT));
        assertNotEquals("07", String.format("%02d", 7)); // what TaxYear.toString did: "2006/٠٧"
        assertEquals("2006/07", TaxYear.startingIn(2006).toString());
    }

    @Test
    void givenScope_thenThePreviousDefaultIsRestoredEvenWhenTheBlockFails() {
        Locale before = Locale.getDefault();

        assertThrows(IllegalStateException.class, () -> WithDefaultLocale.Scope.run(Locale.forLanguageTag("fa-IR"),
                () -> {
                    throw new IllegalStateException("fails inside");
                }));

        assertEquals(before, Locale.getDefault());
    }
}
