package org.carebudget.rostering.cover;

import java.time.LocalDate;
import java.util.List;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.rostering.RosteringException;
import org.carebudget.rostering.ShiftId;
import org.jspecify.annotations.Nullable;

/**
 * The cover look-ahead's findings for a caseload or part of one, by package, shift start and reason. Immutable and
 * thread-safe.
 */
public final class CoverReport {

    private final LocalDate from;
    private final int days;
    private final List<CoverFinding> findings;
    private final int shiftsChecked;

    CoverReport(LocalDate from, int days, List<CoverFinding> findings, int shiftsChecked) {
        this.from = from;
        this.days = days;
        this.findings = List.copyOf(findings);
        this.shiftsChecked = shiftsChecked;
    }

    /**
     * Returns the first day of the look-ahead.
     *
     * @return the date, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the days looked ahead: {@code [from, from + days)}.
     *
     * @return the days, 1 or more
     */
    public int days() {
        return days;
    }

    /**
     * Returns how many shifts starting in the look-ahead were checked.
     *
     * @return the count
     */
    public int shiftsChecked() {
        return shiftsChecked;
    }

    /**
     * Returns every finding, by package (in caseload order), shift start and reason.
     *
     * @return the findings, not null, unmodifiable
     */
    public List<CoverFinding> findings() {
        return findings;
    }

    /**
     * Returns the findings of a package.
     *
     * @param carePackage the package, not null
     * @return the findings, not null
     * @throws RosteringException if {@code carePackage} is null
     */
    public List<CoverFinding> findings(@Nullable CarePackageId carePackage) {
        RosteringException.CHECKS.notNull(carePackage, "carePackage");
        return findings.stream().filter(f -> f.carePackage().equals(carePackage)).toList();
    }

    /**
     * Returns the findings about a shift.
     *
     * @param shift the shift, not null
     * @return the findings, not null
     * @throws RosteringException if {@code shift} is null
     */
    public List<CoverFinding> findings(@Nullable ShiftId shift) {
        RosteringException.CHECKS.notNull(shift, "shift");
        return findings.stream().filter(f -> shift.equals(f.shift())).toList();
    }

    /**
     * Returns whether every shift is covered and every package has its minimum of PAs.
     *
     * @return true if there are no findings
     */
    public boolean isCovered() {
        return findings.isEmpty();
    }

    @Override
    public String toString() {
        return "CoverReport[from " + from + ", " + days + " days, " + shiftsChecked + " shifts, " + findings.size()
                + " findings]";
    }
}
