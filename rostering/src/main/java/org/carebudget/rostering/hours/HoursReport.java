package org.carebudget.rostering.hours;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.hours.HoursSummary;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.time.DateRange;
import org.carebudget.rostering.RosteringException;
import org.jspecify.annotations.Nullable;

/**
 * Hours used against hours budgeted over a period, as of a date: per package and funder (in all and per week, with
 * trend and forecast), the findings, and the {@link HoursSummary} per package, funder, PA and kind of hours that
 * {@code carebudget-money} costs and pays. Immutable and thread-safe.
 */
public final class HoursReport {

    private final DateRange period;
    private final LocalDate asOf;
    private final List<FunderHours> funders;
    private final List<HoursFinding> findings;
    private final HoursSummary summary;

    HoursReport(DateRange period, LocalDate asOf, List<FunderHours> funders, List<HoursFinding> findings,
            HoursSummary summary) {
        this.period = period;
        this.asOf = asOf;
        this.funders = List.copyOf(funders);
        this.findings = List.copyOf(findings);
        this.summary = summary;
    }

    /**
     * Returns the period reported on.
     *
     * @return the period, not null
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns the date the report is as of: delivered hours are those recorded before it.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns each package's use of each funder's hours, by package (in caseload order) and funder.
     *
     * @return the figures, not null
     */
    public List<FunderHours> funderHours() {
        return funders;
    }

    /**
     * Returns one package's figures, by funder.
     *
     * @param carePackage the package, not null
     * @return the figures, not null
     * @throws RosteringException if {@code carePackage} is null
     */
    public List<FunderHours> funderHours(@Nullable CarePackageId carePackage) {
        RosteringException.CHECKS.notNull(carePackage, "carePackage");
        return funders.stream().filter(f -> f.carePackage().equals(carePackage)).toList();
    }

    /**
     * Returns the findings, by package, funder, week and signal.
     *
     * @return the findings, not null
     */
    public List<HoursFinding> findings() {
        return findings;
    }

    /**
     * Returns the minutes planned and delivered per package, funder, PA and kind of hours, for money to cost.
     *
     * @return the summary, not null, of the report's period
     */
    public HoursSummary summary() {
        return summary;
    }

    @Override
    public String toString() {
        return "HoursReport[" + period + " as of " + asOf + ", " + funders.size() + " package-funders, "
                + findings.size() + " findings]";
    }
}
