package org.carebudget.core.employment;

import java.time.LocalDate;

/**
 * A dated record an employer keeps to show a duty was met: a right-to-work check, a DBS certificate, an insurance
 * policy, a pay record, a sickness absence. Implementations are immutable and thread-safe values; vendors may add
 * their own (and register them with the Jackson module under a name). No implementation may have a JSON property
 * named {@code "type"}: that name carries the kind of evidence.
 */
public interface Evidence {

    /**
     * Returns the date this evidence is from (a check made, a certificate issued, a period started), used to order
     * evidence.
     *
     * @return the date, not null
     */
    LocalDate evidenceDate();
}
