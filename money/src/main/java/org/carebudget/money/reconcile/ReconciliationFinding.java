package org.carebudget.money.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.rule.CitedFinding;
import org.jspecify.annotations.Nullable;

/**
 * What a reconciliation found about the account as a whole: today, that its last successful reconciliation is older
 * than {@link MatchSettings#staleAfterDays()} (rule {@value #STALE}), or that it was never reconciled successfully.
 * Its figures are typed ({@link #lastReconciled()}, {@link #daysSince()}, {@link #limitDays()}); the message is for
 * display. Immutable and thread-safe.
 */
public final class ReconciliationFinding implements CitedFinding<FindingSeverity> {

    /** The rule id of a stale reconciliation. */
    public static final String STALE = "reconcile.stale-account";

    /** The source of the stale-account rule: council direct-payment monitoring practice. */
    public static final Source STALE_SOURCE = Source.of("Council direct-payment monitoring: quarterly returns with "
            + "bank statements 'in order to reconcile your account' (sefton.gov.uk/32022; haringey.gov.uk "
            + "adult-social-care/paying-care/direct-payments/monitoring-auditing-your-account); prepaid card accounts "
            + "monitored monthly (gateshead.gov.uk/article/36119); seed 000: quarterly returns and bank balances on "
            + "request. Council practice, not statute: the limit is a per-funder setting", Status.SECONDARY);

    private final @Nullable LocalDate lastReconciled;
    private final long daysSince;
    private final int limitDays;
    private final @Nullable LocalDate actBefore;

    private ReconciliationFinding(@Nullable LocalDate lastReconciled, long daysSince, int limitDays,
            @Nullable LocalDate actBefore) {
        this.lastReconciled = lastReconciled;
        this.daysSince = daysSince;
        this.limitDays = limitDays;
        this.actBefore = actBefore;
    }

    static ReconciliationFinding stale(@Nullable LocalDate lastReconciled, LocalDate asOf, int limitDays) {
        if (lastReconciled == null) {
            return new ReconciliationFinding(null, -1, limitDays, null);
        }
        long days = asOf.toEpochDay() - lastReconciled.toEpochDay();
        return new ReconciliationFinding(lastReconciled, days, limitDays, lastReconciled.plusDays(limitDays + 1L));
    }

    @Override
    public String ruleId() {
        return STALE;
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.WARNING;
    }

    @Override
    public String message() {
        return lastReconciled == null ? "The account has never been reconciled successfully."
                : "The account was last reconciled successfully on " + lastReconciled + ", " + daysSince
                        + " days ago; the limit is " + limitDays + " days.";
    }

    @Override
    public Source source() {
        return STALE_SOURCE;
    }

    /**
     * Returns the first day the reconciliation was late: the day after the limit ran out.
     *
     * @return the day, or null if the account was never reconciled
     */
    @Override
    public @Nullable LocalDate actBefore() {
        return actBefore;
    }

    /**
     * Returns the date of the last successful reconciliation.
     *
     * @return the date, or null if there was none
     */
    public @Nullable LocalDate lastReconciled() {
        return lastReconciled;
    }

    /**
     * Returns how many days have passed since the last successful reconciliation.
     *
     * @return the days, or -1 if there was none
     */
    public long daysSince() {
        return daysSince;
    }

    /**
     * Returns the limit in days the finding applies.
     *
     * @return the limit, 1 or more
     */
    public int limitDays() {
        return limitDays;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ReconciliationFinding o && daysSince == o.daysSince && limitDays == o.limitDays
                && Objects.equals(lastReconciled, o.lastReconciled) && Objects.equals(actBefore, o.actBefore);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lastReconciled, daysSince, limitDays, actBefore);
    }

    @Override
    public String toString() {
        return "ReconciliationFinding[" + STALE + ", " + message() + "]";
    }
}
