package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
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
 * Rechecks the PA's DBS status under a configurable {@link DbsRecheckPolicy}: for the latest certificate that covers
 * the care group, the recheck is due a policy interval after the last Update Service check (or the issue date) when
 * the PA subscribes, else a policy interval after issue; {@code actBefore} is that date. A warning when overdue, or
 * due within the lookahead window. This is policy, not law. Immutable and thread-safe.
 */
public final class DbsRecheck extends AbstractRule {

    /** The rule id. */
    public static final String ID = "dbs.recheck";

    private final DbsRecheckPolicy policy;

    /**
     * Creates the rule.
     *
     * @param policy the recheck policy, not null
     * @throws InvalidValueException if {@code policy} is null
     */
    public DbsRecheck(DbsRecheckPolicy policy) {
        super(ID, "The PA's DBS status is rechecked as the recheck policy requires.", ComplianceSeverity.WARNING,
                Source.of("DBS Update Service (gov.uk/dbs-update-service); recheck interval set by funder or employer "
                        + "policy", Status.SECONDARY), DateRange.startingOn(LocalDate.of(2013, 6, 17)));
        this.policy = Checks.CORE.notNull(policy, "policy");
    }

    /**
     * Returns the policy.
     *
     * @return the policy, not null
     */
    public DbsRecheckPolicy policy() {
        return policy;
    }

    /**
     * Returns when a certificate's recheck falls due under the policy: the first day it is overdue.
     *
     * @param certificate the certificate, not null
     * @return the date, not null
     * @throws InvalidValueException if {@code certificate} is null
     */
    public LocalDate dueDate(DbsCertificate certificate) {
        Checks.CORE.notNull(certificate, "certificate");
        if (certificate.updateServiceSubscribed()) {
            LocalDate checked = certificate.statusLastCheckedOn();
            return (checked == null ? certificate.issuedOn() : checked).plusMonths(policy.updateServiceCheckMonths());
        }
        return certificate.issuedOn().plusMonths(policy.certificateMaxAgeMonths());
    }

    @Override
    protected void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        LocalDate asOf = context.asOf();
        if (!employment.continuesOn(asOf)) {
            return;
        }
        Set<BarredList> needed = employment.careGroup().barredListsNeeded(employment.childrenActivity());
        DbsCertificate latest = null;
        for (DbsCertificate certificate : employment.dbsCertificates()) {
            if (certificate.covers(needed) && !certificate.issuedOn().isAfter(asOf)) {
                latest = certificate;
            }
        }
        if (latest == null) {
            return;
        }
        LocalDate due = dueDate(latest);
        String how = latest.updateServiceSubscribed() ? "Update Service status check every "
                + policy.updateServiceCheckMonths() + " months" : "new certificate every "
                + policy.certificateMaxAgeMonths() + " months";
        if (!due.isAfter(asOf)) {
            findings.accept(breach("DBS recheck overdue since " + due + " (" + how + "; certificate issued "
                    + latest.issuedOn() + ").", List.of(latest), due, null, null));
        } else if (context.dueWithinLookahead(due)) {
            findings.accept(lapse("DBS recheck due before " + due + " (" + how + ").", List.of(latest), due));
        }
    }
}
