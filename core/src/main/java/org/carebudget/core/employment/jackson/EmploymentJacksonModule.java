package org.carebudget.core.employment.jackson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.carebudget.core.employment.DbsCertificate;
import org.carebudget.core.employment.EmployersLiabilityInsurance;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.FunderApproval;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.PayeRegistration;
import org.carebudget.core.employment.PensionEnrolment;
import org.carebudget.core.employment.Reference;
import org.carebudget.core.employment.RightToWorkCheck;
import org.carebudget.core.employment.RightToWorkCheckType;
import org.carebudget.core.employment.WorkingTimeOptOut;
import org.carebudget.core.employment.WrittenStatement;

/**
 * Jackson support for employment compliance results and evidence: {@link Evidence} is written with a
 * {@code "type"} property naming its kind ({@code "right-to-work-check"}, {@code "dbs-certificate"},
 * {@code "employers-liability-insurance"}, {@code "written-statement"}, {@code "reference"},
 * {@code "paye-registration"}, {@code "pension-enrolment"}, {@code "funder-approval"},
 * {@code "working-time-opt-out"}, {@code "pay-record"}), never a class name; a vendor's own evidence type is
 * added with {@code registerSubtypes(new NamedType(type, name))}. Findings leave out a missing due date or
 * amount. Identifiers, dates and money are text, from {@code CoreJacksonModule}. Found by
 * {@code ObjectMapper.findAndRegisterModules()}. Thread-safe once registered.
 */
public class EmploymentJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public EmploymentJacksonModule() {
        super("carebudget-employment", Version.unknownVersion());
        setMixInAnnotation(Evidence.class, EvidenceMixIn.class);
        setMixInAnnotation(Finding.class, FindingMixIn.class);
        setMixInAnnotation(RightToWorkCheck.class, RightToWorkCheckMixIn.class);
        registerSubtypes(new NamedType(RightToWorkCheck.class, "right-to-work-check"),
                new NamedType(DbsCertificate.class, "dbs-certificate"),
                new NamedType(EmployersLiabilityInsurance.class, "employers-liability-insurance"),
                new NamedType(WrittenStatement.class, "written-statement"),
                new NamedType(Reference.class, "reference"),
                new NamedType(PayeRegistration.class, "paye-registration"),
                new NamedType(PensionEnrolment.class, "pension-enrolment"),
                new NamedType(FunderApproval.class, "funder-approval"),
                new NamedType(WorkingTimeOptOut.class, "working-time-opt-out"),
                new NamedType(PayRecord.class, "pay-record"));
    }

    /** Types evidence by name. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface EvidenceMixIn {
    }

    /**
     * Writes the check's {@code type} component as {@code "checkType"}: as {@code "type"} it collided with the
     * evidence type id, a duplicate key that strict readers refuse (issue 9, item 7).
     */
    private interface RightToWorkCheckMixIn {
        @JsonProperty("checkType")
        RightToWorkCheckType type();
    }

    /** Leaves out a missing due date or amount. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private interface FindingMixIn {
    }
}
