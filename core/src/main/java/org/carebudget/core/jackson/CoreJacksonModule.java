package org.carebudget.core.jackson;

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
import org.carebudget.core.time.TaxYear;

/**
 * Jackson module for the kernel's value types. Each is a JSON string: identifiers as their value (the NHS and NI
 * numbers in full: JSON is data, not a log), {@link Gbp} as {@code "£12.50"}, {@link DateRange} as
 * {@code "2026-04-01/2026-05-01"}, {@link TaxYear} as {@code "2026/27"}, and {@code LocalDate},
 * {@code LocalDateTime}, {@code Instant} and {@code Duration} in ISO-8601 (so no other time module is needed).
 * Records such as {@code PaySchedule} and the figures rows need nothing more. Found by
 * {@code ObjectMapper.findAndRegisterModules()}. Thread-safe once registered.
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
    }
}
