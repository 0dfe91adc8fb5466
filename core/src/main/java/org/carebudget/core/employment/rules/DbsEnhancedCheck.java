package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.carebudget.core.employment.DbsCertificate;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * Personal care or healthcare is regulated activity: the PA needs an enhanced DBS certificate with the adults'
 * barred list checked for adults and the children's barred list for children, seen by the first day. A warning,
 * due on the first day, while none is held before it; blocking while none is held once work has started (a
 * certificate seen late clears the finding from the date it was issued). Immutable and thread-safe.
 */
public final class DbsEnhancedCheck extends AbstractRule {

    /** The rule id. */
    public static final String ID = "dbs.enhanced-check";

    /** Creates the rule, in force from 10 September 2012 (regulated activity as amended). */
    public DbsEnhancedCheck() {
        super(ID, "An enhanced DBS certificate with the barred lists for the people cared for is seen on or before "
                + "the first day.", Severity.BLOCKING, Source.of("Safeguarding Vulnerable Groups Act 2006 Sch. 4 "
                + "(regulated activity), as amended by the Protection of Freedoms Act 2012; DBS eligibility guidance",
                Status.SECONDARY), DateRange.startingOn(LocalDate.of(2012, 9, 10)));
    }

    @Override
    public void evaluate(Employment employment, RuleContext context, Consumer<Finding> findings) {
        boolean met = false;
        for (DbsCertificate certificate : employment.dbsCertificates()) {
            met |= certificate.covers(employment.careGroup()) && !certificate.issuedOn().isAfter(context.asOf());
        }
        String lists = employment.careGroup().needsAdultsBarredList()
                ? employment.careGroup().needsChildrensBarredList() ? "adults' and children's barred lists"
                : "adults' barred list" : "children's barred list";
        byFirstDay(employment, context, met, null, "enhanced DBS check with the " + lists,
                employment.dbsCertificates(), findings);
    }
}
