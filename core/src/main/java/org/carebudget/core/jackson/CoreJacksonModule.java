package org.carebudget.core.jackson;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.EmployerId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.NationalInsuranceNumber;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.id.PersonId;
import org.carebudget.core.id.PersonalAssistantId;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.time.DateRange;
import org.carebudget.core.time.PayFrequency;
import org.carebudget.core.time.PayReferencePeriod;
import org.carebudget.core.time.PaySchedule;
import org.carebudget.core.time.TaxYear;

/**
 * Jackson module for the kernel's value types. Each is a JSON string: identifiers as their value (the NHS and NI
 * numbers in full: JSON is data, not a log), {@link Gbp} as {@code "£12.50"}, {@link DateRange} as
 * {@code "2026-04-01/2026-05-01"}, {@link TaxYear} as {@code "2026/27"}, and {@code LocalDate},
 * {@code LocalDateTime}, {@code Instant} and {@code Duration} in ISO-8601 (so no other time module is needed).
 * {@link PaySchedule} is an object {@code {"frequency":"MONTHLY","anchor":"2026-01-31"}} and
 * {@link PayReferencePeriod} {@code {"schedule":{..},"range":"2026-01-31/2026-02-28"}}, each read back through its
 * validating factory; records such as the figures rows need nothing more.
 *
 * <p>Every text is bounded before it is parsed; an invalid one fails with only the masked message of the kernel's
 * {@code InvalidValueException} ({@link TextValueModule}); every kernel type is read strictly whatever the mapper's
 * settings ({@link CareBudgetModule}). Found by {@code ObjectMapper.findAndRegisterModules()} on the class path;
 * register it yourself on the module path. Thread-safe once registered.
 */
public class CoreJacksonModule extends TextValueModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public CoreJacksonModule() {
        super("carebudget-core");
        addTextValue(PersonId.class, PersonId::value, PersonId::of);
        addTextValue(CarePackageId.class, CarePackageId::value, CarePackageId::of);
        addTextValue(PersonalAssistantId.class, PersonalAssistantId::value, PersonalAssistantId::of);
        addTextValue(EmployerId.class, EmployerId::value, EmployerId::of);
        addTextValue(FunderId.class, FunderId::value, FunderId::of);
        addTextValue(NhsNumber.class, NhsNumber::value, NhsNumber::parse);
        addTextValue(NationalInsuranceNumber.class, NationalInsuranceNumber::value, NationalInsuranceNumber::parse);
        addTextValue(Gbp.class, Gbp::toString, Gbp::parse);
        addTextValue(DateRange.class, DateRange::toString, DateRange::parse);
        addTextValue(TaxYear.class, TaxYear::toString, TaxYear::parse);
        addTextValue(LocalDate.class, LocalDate::toString, Iso::date);
        addTextValue(LocalDateTime.class, LocalDateTime::toString, Iso::dateTime);
        addTextValue(Instant.class, Instant::toString, Iso::instant);
        addTextValue(Duration.class, Duration::toString, Iso::duration);
        setMixInAnnotation(PaySchedule.class, PayScheduleMixIn.class);
        setMixInAnnotation(PayReferencePeriod.class, PayReferencePeriodMixIn.class);
    }

    /** Writes a schedule as its frequency and anchor and reads it back through {@code of}. */
    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
    private abstract static class PayScheduleMixIn {

        @JsonCreator
        static PaySchedule of(@JsonProperty("frequency") PayFrequency frequency,
                @JsonProperty("anchor") LocalDate anchor) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("frequency")
        abstract PayFrequency frequency();

        @JsonProperty("anchor")
        abstract LocalDate anchor();
    }

    /** Writes a period as its schedule and range and reads it back through {@code of}, which checks the two agree. */
    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
    private abstract static class PayReferencePeriodMixIn {

        @JsonCreator
        static PayReferencePeriod of(@JsonProperty("schedule") PaySchedule schedule,
                @JsonProperty("range") DateRange range) {
            throw new UnsupportedOperationException("mix-in");
        }

        @JsonProperty("schedule")
        abstract PaySchedule schedule();

        @JsonProperty("range")
        abstract DateRange range();
    }
}
