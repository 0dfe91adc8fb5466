package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.BarredList;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.DbsCertificate;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.time.DateRange;

/**
 * The PA needs an enhanced DBS certificate, with the barred lists for the people cared for, seen by the first day.
 * Personal care or health care of adults is regulated activity with no frequency test (adults' barred list); with
 * children, personal or health care is regulated activity however often, other care or supervision only if frequent
 * (children's barred list); occasional work with children needs an enhanced check without the children's list.
 *
 * <p>Whose duty it is depends on the employer. An organisation employing PAs (a third-party service, a registered
 * provider) is a regulated activity provider: letting a barred person do regulated activity is an offence (SVGA 2006
 * s. 9) and a registered provider must obtain the check (Health and Social Care Act 2008 (Regulated Activities)
 * Regulations 2014 reg. 19 and Sch. 3): blocking. A person arranging their own or a family member's care is not a
 * regulated activity provider (s. 6(5)-(7)), and family and personal relationships are outside the Act (s. 58): for
 * a privately employed PA the check is a condition of the direct payment or personal health budget agreement and
 * good practice, so the finding cites the condition and takes the funder's severity ({@link FunderConditions}).
 *
 * <p>A warning while the first day is ahead; a breach once work has started without one (a certificate seen late
 * clears the finding from the date it was issued). Immutable and thread-safe.
 */
public final class DbsEnhancedCheck extends AbstractRule {

    /** The rule id. */
    public static final String ID = "dbs.enhanced-check";

    private static final Source LAW = Source.of("Safeguarding Vulnerable Groups Act 2006 ss. 5, 9 and Sch. 4 "
            + "(regulated activity, as amended by the Protection of Freedoms Act 2012); Health and Social Care Act "
            + "2008 (Regulated Activities) Regulations 2014 reg. 19 and Sch. 3; DBS, regulated activity leaflets",
            Status.SECONDARY);
    private static final Source CONDITION = Source.of("Direct payment or personal health budget agreement condition "
            + "and good practice: a person arranging their own or a family member's care is not a regulated "
            + "activity provider (Safeguarding Vulnerable Groups Act 2006 s. 6(5)-(7); family and personal "
            + "relationships are outside it, s. 58); since 21 January 2026 a personal employee may apply through an "
            + "umbrella body", Status.SECONDARY);

    private final FunderConditions conditions;

    /** Creates the rule with the standard funder conditions (a breach blocks). */
    public DbsEnhancedCheck() {
        this(FunderConditions.STANDARD);
    }

    /**
     * Creates the rule with a funder's conditions.
     *
     * @param conditions how seriously the funder treats a missing check for a privately employed PA, not null
     * @throws InvalidValueException if {@code conditions} is null
     */
    public DbsEnhancedCheck(FunderConditions conditions) {
        super(ID, "An enhanced DBS certificate with the barred lists for the people cared for is seen on or before "
                + "the first day.", ComplianceSeverity.BLOCKING, LAW, DateRange.startingOn(LocalDate.of(2012, 9, 10)));
        this.conditions = Checks.CORE.notNull(conditions, "conditions");
    }

    /**
     * Returns the funder conditions the rule applies to privately employed PAs.
     *
     * @return the conditions, not null
     */
    public FunderConditions conditions() {
        return conditions;
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        Set<BarredList> needed = employment.careGroup().barredListsNeeded(employment.childrenActivity());
        boolean met = false;
        for (DbsCertificate certificate : employment.dbsCertificates()) {
            met |= certificate.covers(needed) && !certificate.issuedOn().isAfter(context.asOf());
        }
        String lists = needed.isEmpty() ? "enhanced DBS check" : needed.size() == 2
                ? "enhanced DBS check with the adults' and children's barred lists"
                : needed.contains(BarredList.ADULTS) ? "enhanced DBS check with the adults' barred list"
                : "enhanced DBS check with the children's barred list";
        boolean organisation = !employment.employer().kind().isIndividual();
        byFirstDay(employment, context, met, null, lists, employment.dbsCertificates(),
                organisation ? severity() : conditions.severity(), organisation ? source() : CONDITION, findings);
    }
}
