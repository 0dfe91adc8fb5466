package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.ComplianceRule;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.Finding;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.employment.Severity;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.rule.AbstractCitedRule;
import org.carebudget.core.time.DateRange;

/**
 * A base for compliance rules: holds the id, description, severity, source and dates in force, and makes
 * findings. Subclasses are immutable and thread-safe.
 */
public abstract class AbstractRule extends AbstractCitedRule<Severity> implements ComplianceRule {

    private volatile Citation lastCitation;

    /**
     * Creates the rule.
     *
     * @param id the rule id, not blank
     * @param description what the rule checks, in plain English, not blank
     * @param severity the severity of a breach, not null
     * @param source the law or policy implemented, not null
     * @param inForce the dates in force, not null
     * @throws InvalidValueException if an argument is null or blank
     */
    protected AbstractRule(String id, String description, Severity severity, Source source, DateRange inForce) {
        super(id, description, severity, source, inForce);
    }

    @Override
    public String toString() {
        return id();
    }

    /**
     * Returns a breach finding, at this rule's severity.
     *
     * @param message the message with the figures used, not blank
     * @param evidence the evidence looked at, not null
     * @param dueDate when it was or is due, or null
     * @param amount the money at stake, or null
     * @return the finding, not null
     */
    protected final Finding breach(String message, List<? extends Evidence> evidence, LocalDate dueDate, Gbp amount) {
        return new Finding(id(), severity(), message, source(), List.copyOf(evidence), dueDate, amount);
    }

    /**
     * Returns a breach finding citing both this rule's source and the figures row used.
     *
     * @param message the message with the figures used, not blank
     * @param evidence the evidence looked at, not null
     * @param amount the money at stake, or null
     * @param figures the source of the figures used, not null
     * @return the finding, not null
     */
    protected final Finding breach(String message, List<? extends Evidence> evidence, Gbp amount, Source figures) {
        return new Finding(id(), severity(), message, citing(figures), List.copyOf(evidence), null, amount);
    }

    /**
     * Returns a warning that something lapses or falls due within the lookahead window.
     *
     * @param message the message, not blank
     * @param evidence the evidence looked at, not null
     * @param dueDate the date it falls due, not null
     * @return the finding, at {@link Severity#WARNING}, not null
     */
    protected final Finding lapse(String message, List<? extends Evidence> evidence, LocalDate dueDate) {
        return new Finding(id(), Severity.WARNING, message, source(), List.copyOf(evidence), dueDate, null);
    }

    /**
     * Reports a duty that must be met on or before the first day: a warning while the first day is ahead and
     * within the lookahead window, a breach from the first day on, or, when the record was made late, a warning
     * (dated the day it was made) that there was no cover for the days before it.
     *
     * @param employment the employment, not null
     * @param context the context, not null
     * @param met whether the duty was met on or before the first day
     * @param lateOn the date of the earliest record made after the first day and on or before the evaluation date,
     *     or null where none
     * @param duty what must be recorded, as a noun phrase without an article ("right-to-work check"), not blank
     * @param seen the evidence looked at, not null
     * @param findings where to report, not null
     */
    protected final void byFirstDay(Employment employment, RuleContext context, boolean met, LocalDate lateOn,
            String duty, List<? extends Evidence> seen, Consumer<Finding> findings) {
        if (met) {
            return;
        }
        LocalDate first = employment.firstDay();
        if (context.asOf().isBefore(first)) {
            if (first.isBefore(context.horizon())) {
                findings.accept(lapse("Due by the first day, " + first + ": " + duty + ".", seen, first));
            }
        } else if (lateOn != null) {
            findings.accept(lapse("Late " + duty + ": made on " + lateOn + ", after the first day, " + first
                    + "; the days worked before it were not covered.", seen, lateOn));
        } else {
            findings.accept(breach("No " + duty + " on or before the first day, " + first + ".", seen, first, null));
        }
    }

    /**
     * Reports a duty met by a dated record made on or before the first day (a check, a statement): see
     * {@link #byFirstDay}; a record made after the first day, by the evaluation date, is reported as late.
     *
     * @param <E> the record type
     * @param employment the employment, not null
     * @param context the context, not null
     * @param records the records, not null
     * @param date the date of a record, not null
     * @param duty what must be recorded, as a noun phrase without an article, not blank
     * @param findings where to report, not null
     */
    protected final <E extends Evidence> void recordedByFirstDay(Employment employment, RuleContext context,
            List<E> records, Function<E, LocalDate> date, String duty, Consumer<Finding> findings) {
        LocalDate latest = context.asOf().isBefore(employment.firstDay()) ? context.asOf() : employment.firstDay();
        byFirstDay(employment, context, anyOnOrBefore(records, date, latest),
                lateRecord(records, date, employment, context), duty, records, findings);
    }

    /**
     * Returns the earliest date after the first day and on or before the evaluation date among some records, or
     * null where none.
     */
    private static <E> LocalDate lateRecord(List<E> records, Function<E, LocalDate> date, Employment employment,
            RuleContext context) {
        LocalDate earliest = null;
        for (E record : records) {
            LocalDate on = date.apply(record);
            if (on.isAfter(employment.firstDay()) && !on.isAfter(context.asOf())
                    && (earliest == null || on.isBefore(earliest))) {
                earliest = on;
            }
        }
        return earliest;
    }

    /**
     * Returns whether a pay record is one this rule checks as of the context date: its period starts on or after
     * the rule comes into force and on or before the evaluation date.
     *
     * @param record the pay record, not null
     * @param context the context, not null
     * @return true when in scope
     */
    protected final boolean inScope(PayRecord record, RuleContext context) {
        LocalDate start = record.period().start();
        return !start.isBefore(inForce().start()) && !start.isAfter(context.asOf());
    }

    /**
     * Returns whether any record is dated on or before a day.
     *
     * @param <E> the record type
     * @param records the records, not null
     * @param date the date of a record, not null
     * @param day the latest date that counts, not null
     * @return true when some record's date is on or before {@code day}
     */
    protected static <E> boolean anyOnOrBefore(List<E> records, Function<E, LocalDate> date, LocalDate day) {
        for (E record : records) {
            if (!date.apply(record).isAfter(day)) {
                return true;
            }
        }
        return false;
    }

    private Source citing(Source figures) {
        Citation last = lastCitation;
        if (last == null || last.figures != figures) {
            Source source = source();
            Status weaker = source.status().compareTo(figures.status()) >= 0 ? source.status() : figures.status();
            last = new Citation(figures, Source.of(source.citation() + "; figures: " + figures.citation(), weaker));
            lastCitation = last;
        }
        return last.both;
    }

    /** The last figures source cited and this rule's source combined with it; immutable, safely published. */
    private static final class Citation {
        private final Source figures;
        private final Source both;

        Citation(Source figures, Source both) {
            this.figures = figures;
            this.both = both;
        }
    }
}
