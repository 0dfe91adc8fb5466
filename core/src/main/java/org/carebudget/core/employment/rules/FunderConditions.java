package org.carebudget.core.employment.rules;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.ComplianceSeverity;
import org.jspecify.annotations.Nullable;

/**
 * How seriously a funder (or employer) treats a duty that is its condition rather than the law: an enhanced DBS
 * check for a PA employed privately (a person arranging their own or a family member's care is not a regulated
 * activity provider: Safeguarding Vulnerable Groups Act 2006 s. 6(5)-(7)), or employers' liability insurance for a
 * close-family employee the 1969 Act exempts. A direct payment or personal health budget agreement usually makes
 * both a condition of the money, so the default is {@link ComplianceSeverity#BLOCKING}; a funder that treats them
 * as good practice sets {@link ComplianceSeverity#WARNING}. Immutable and thread-safe.
 */
public final class FunderConditions {

    /** The default: a breached funder condition blocks, as most direct payment agreements make it a condition. */
    public static final FunderConditions STANDARD = new FunderConditions(ComplianceSeverity.BLOCKING);

    private final ComplianceSeverity severity;

    private FunderConditions(ComplianceSeverity severity) {
        this.severity = severity;
    }

    /**
     * Returns conditions breached at a severity.
     *
     * @param severity {@link ComplianceSeverity#BLOCKING}, {@link ComplianceSeverity#WARNING} or
     *     {@link ComplianceSeverity#INFO}, not null
     * @return the conditions, not null
     * @throws InvalidValueException if {@code severity} is null or {@link ComplianceSeverity#NOT_CHECKED}
     */
    public static FunderConditions breachedAt(ComplianceSeverity severity) {
        Checks.CORE.notNull(severity, "severity");
        if (severity == ComplianceSeverity.NOT_CHECKED) {
            throw new InvalidValueException("severity", "BLOCKING, WARNING or INFO", severity);
        }
        return severity == STANDARD.severity ? STANDARD : new FunderConditions(severity);
    }

    /**
     * Returns the severity of a breached funder condition.
     *
     * @return the severity, not null
     */
    public ComplianceSeverity severity() {
        return severity;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FunderConditions f && f.severity == severity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(severity);
    }

    @Override
    public String toString() {
        return "FunderConditions[" + severity + "]";
    }
}
