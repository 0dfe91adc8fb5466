package org.carebudget.core.rule;

import java.time.LocalDate;
import org.carebudget.core.figures.Source;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link CitedRule} found: which rule, how serious, in plain English, under which law or policy, and by
 * when to act. Each capability's finding (a PA's compliance finding, a spend's finding, a rota's finding) implements
 * it with its own severity type and its own typed figures, so a vendor can list, sort and route findings from every
 * module the same way without parsing their messages.
 *
 * <p>Dates follow the convention of {@code org.carebudget.core}: {@link #actBefore()} is the first day on which
 * acting is late (exclusive), as a {@code DateRange}'s end is the first day after it. Implementations are immutable
 * and thread-safe.
 *
 * @param <S> the capability's severity type
 */
public interface CitedFinding<S> {

    /**
     * Returns the id of the rule that made the finding, as {@link CitedRule#id()}.
     *
     * @return the rule id, not blank
     */
    String ruleId();

    /**
     * Returns how serious the finding is.
     *
     * @return the severity, not null
     */
    S severity();

    /**
     * Returns what was found, in plain English, with the figures it rests on. For display only: every figure in it
     * is also a typed value on the finding.
     *
     * @return the message, not blank
     */
    String message();

    /**
     * Returns the law or policy the rule implements.
     *
     * @return the source, not null
     */
    Source source();

    /**
     * Returns the first day on which acting on the finding is late: a check to do, cover to renew, training to book.
     *
     * @return the day, exclusive; null when nothing is due by a date
     */
    @Nullable LocalDate actBefore();
}
