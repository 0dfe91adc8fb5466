package org.carebudget.core.employment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.employment.ComplianceFigures;
import org.carebudget.core.employment.ComplianceFinding;
import org.carebudget.core.employment.ComplianceRule;
import org.carebudget.core.employment.ComplianceSeverity;
import org.carebudget.core.employment.Employment;
import org.carebudget.core.employment.Evidence;
import org.carebudget.core.employment.MissingFigures;
import org.carebudget.core.employment.PayRecord;
import org.carebudget.core.employment.RuleContext;
import org.carebudget.core.figures.DatedFigures;
import org.carebudget.core.figures.Source;
import org.carebudget.core.figures.Status;
import org.carebudget.core.figures.UkFigures;
import org.carebudget.core.money.Gbp;
import org.carebudget.core.rule.AbstractCitedRule;
import org.carebudget.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * A base for compliance rules: holds the id, description, severity, source and dates in force, checks the arguments of
 * {@link #evaluate} before a subclass's {@link #check} runs, and makes findings:
 * breaches at the rule's severity, lapses as warnings, and {@link ComplianceSeverity#NOT_CHECKED} findings for
 * figures the table lacks. Subclasses are immutable and thread-safe.
 */
public abstract class AbstractRule extends AbstractCitedRule<ComplianceSeverity> implements ComplianceRule {

    private volatile @Nullable Citation lastCitation;

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
    protected AbstractRule(String id, String description, ComplianceSeverity severity, Source source,
            DateRange inForce) {
        super(id, description, severity, source, inForce);
    }

    @Override
    public String toString() {
        return id();
    }

    /**
     * Checks the arguments, then evaluates the rule through {@link #check}.
     *
     * @param employment the employment, not null
     * @param context the date, figures and lookahead, not null
     * @param findings receives each finding, not null
     * @throws InvalidValueException if an argument is null
     */
    @Override
    public final void evaluate(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings) {
        Checks.CORE.notNull(employment, "employment");
        Checks.CORE.notNull(context, "context");
        Checks.CORE.notNull(findings, "findings");
        check(employment, context, findings);
    }

    /**
     * Evaluates the rule, as {@link #evaluate} with its arguments checked.
     *
     * @param employment the employment, not null
     * @param context the date, figures and lookahead, not null
     * @param findings receives each finding, not null
     */
    protected abstract void check(Employment employment, RuleContext context, Consumer<ComplianceFinding> findings);

    /**
     * Starts a finding of this rule.
     *
     * @param severity how serious it is, not null
     * @param message the message with the figures used, not blank
     * @param source the law, policy or condition it rests on, not null
     * @return a builder, not null
     */
    protected final ComplianceFinding.Builder finding(ComplianceSeverity severity, String message, Source source) {
        return ComplianceFinding.builder(id(), severity, message, source);
    }

    /**
     * Returns a breach at this rule's severity, citing its source.
     *
     * @param message the message with the figures used, not blank
     * @param evidence the evidence looked at, not null
     * @param actBefore the first day on which acting was or is late, or null
     * @param amount the money at stake, or null
     * @param figures the figures computed, or null
     * @return the finding, not null
     */
    protected final ComplianceFinding breach(String message, List<? extends Evidence> evidence,
            @Nullable LocalDate actBefore, @Nullable Gbp amount, @Nullable ComplianceFigures figures) {
        return finding(severity(), message, source()).evidence(evidence).actBefore(actBefore).amount(amount)
                .figures(figures).build();
    }

    /**
     * Returns a breach at this rule's severity citing both this rule's source and the figures row used.
     *
     * @param message the message with the figures used, not blank
     * @param evidence the evidence looked at, not null
     * @param actBefore the first day on which acting was or is late, or null
     * @param amount the money at stake, or null
     * @param figures the figures computed, or null
     * @param row the figures row used, not null
     * @return the finding, not null
     */
    protected final ComplianceFinding breach(String message, List<? extends Evidence> evidence,
            @Nullable LocalDate actBefore, @Nullable Gbp amount, @Nullable ComplianceFigures figures, DatedFigures row) {
        return finding(severity(), message, citing(row.source())).evidence(evidence).actBefore(actBefore)
                .amount(amount).figures(figures).build();
    }

    /**
     * Returns a warning that something lapses or falls due, or was done late.
     *
     * @param message the message, not blank
     * @param evidence the evidence looked at, not null
     * @param actBefore the first day on which acting is late, or null where it is past (a record made late)
     * @return the finding, at {@link ComplianceSeverity#WARNING}, not null
     */
    protected final ComplianceFinding lapse(String message, List<? extends Evidence> evidence,
            @Nullable LocalDate actBefore) {
        return finding(ComplianceSeverity.WARNING, message, source()).evidence(evidence).actBefore(actBefore).build();
    }

    /**
     * Returns the row of a kind for a date, or null after noting it as missing for {@code missing} to report.
     *
     * @param <T> the row type
     * @param context the context, not null
     * @param kind the kind of row, not null
     * @param date the date, not null
     * @param evidence the evidence the row was wanted for, or null
     * @param missing where missing rows are noted, not null
     * @return the row, or null when missing
     */
    protected static <T extends DatedFigures> @Nullable T rowOrNote(RuleContext context, Class<T> kind, LocalDate date,
            @Nullable Evidence evidence, Missing missing) {
        T row = context.find(kind, date);
        if (row == null) {
            missing.note(kind, date, evidence);
        }
        return row;
    }

    /**
     * Figures a rule needed and the table lacked during one evaluation, reported as one
     * {@link ComplianceSeverity#NOT_CHECKED} finding per kind. Mutable and not thread-safe: one per evaluation;
     * allocates nothing until a row is missing.
     */
    protected static final class Missing {

        private @Nullable List<Note> notes;

        /** Creates an empty set of notes. */
        public Missing() {
        }

        /**
         * Notes a missing row.
         *
         * @param kind the kind of row, not null
         * @param date the date no row covered, not null
         * @param evidence the evidence the row was wanted for, or null
         */
        public void note(Class<? extends DatedFigures> kind, LocalDate date, @Nullable Evidence evidence) {
            if (notes == null) {
                notes = new ArrayList<>(2);
            }
            for (Note n : notes) {
                if (n.kind == kind) {
                    n.add(date, evidence);
                    return;
                }
            }
            Note n = new Note(kind);
            n.add(date, evidence);
            notes.add(n);
        }

        /**
         * Reports one finding per kind of row missing.
         *
         * @param rule the rule reporting, not null
         * @param what what could not be checked, as a noun phrase ("pay"), not blank
         * @param findings where to report, not null
         */
        public void report(AbstractRule rule, String what, Consumer<ComplianceFinding> findings) {
            if (notes == null) {
                return;
            }
            for (Note n : notes) {
                String name = UkFigures.nameOf(n.kind);
                String dates = n.first.equals(n.last) ? "on " + n.first : "from " + n.first + " to " + n.last
                        + " (" + n.count + " dates)";
                findings.accept(ComplianceFinding.builder(rule.id(), ComplianceSeverity.NOT_CHECKED, "Not checked: "
                        + what + " needs " + name + " figures " + dates + ", and the figures table has none; add the "
                        + "row (UkFigures.with) and evaluate again.", rule.source()).evidence(n.evidence)
                        .figures(MissingFigures.of(n.kind, n.first)).build());
            }
        }

        /** The dates and evidence of one kind of missing row. */
        private static final class Note {
            private final Class<? extends DatedFigures> kind;
            private final List<Evidence> evidence = new ArrayList<>(2);
            private @Nullable LocalDate first;
            private @Nullable LocalDate last;
            private int count;

            Note(Class<? extends DatedFigures> kind) {
                this.kind = kind;
            }

            void add(LocalDate date, @Nullable Evidence record) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
                count++;
                if (record != null) {
                    evidence.add(record);
                }
            }
        }
    }

    /**
     * Reports a duty that must be met on or before the first day ({@code actBefore} the day after it): a warning
     * while the first day is ahead and within the lookahead window, a breach from the first day on, or, when the
     * record was made late, a warning that there was no cover for the days before it.
     *
     * @param employment the employment, not null
     * @param context the context, not null
     * @param met whether the duty was met on or before the first day
     * @param lateOn the date of the earliest record made after the first day and on or before the evaluation date,
     *     or null where none
     * @param duty what must be recorded, as a noun phrase without an article ("right-to-work check"), not blank
     * @param seen the evidence looked at, not null
     * @param severity the severity of a breach, not null
     * @param basis the law, policy or condition the duty rests on, not null
     * @param findings where to report, not null
     */
    protected final void byFirstDay(Employment employment, RuleContext context, boolean met, @Nullable LocalDate lateOn,
            String duty, List<? extends Evidence> seen, ComplianceSeverity severity, Source basis,
            Consumer<ComplianceFinding> findings) {
        if (met) {
            return;
        }
        LocalDate first = employment.firstDay();
        LocalDate actBefore = RuleContext.dayAfter(first);
        if (context.asOf().isBefore(first)) {
            if (context.dueWithinLookahead(actBefore)) {
                findings.accept(finding(ComplianceSeverity.WARNING, "Due by the first day, " + first + ": " + duty
                        + ".", basis).evidence(seen).actBefore(actBefore).build());
            }
        } else if (lateOn != null) {
            findings.accept(finding(ComplianceSeverity.WARNING, "Late " + duty + ": made on " + lateOn
                    + ", after the first day, " + first + "; the days worked before it were not covered.", basis)
                    .evidence(seen).build());
        } else {
            findings.accept(finding(severity, "No " + duty + " on or before the first day, " + first + ".", basis)
                    .evidence(seen).actBefore(actBefore).build());
        }
    }

    /**
     * Reports a duty met by a dated record made on or before the first day (a check, a statement): see
     * {@link #byFirstDay}, at this rule's severity and source.
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
            List<E> records, Function<E, LocalDate> date, String duty, Consumer<ComplianceFinding> findings) {
        LocalDate latest = context.asOf().isBefore(employment.firstDay()) ? context.asOf() : employment.firstDay();
        byFirstDay(employment, context, anyOnOrBefore(records, date, latest),
                lateRecord(records, date, employment, context), duty, records, severity(), source(), findings);
    }

    private static <E> @Nullable LocalDate lateRecord(List<E> records, Function<E, LocalDate> date,
            Employment employment, RuleContext context) {
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
     * Returns whether a pay record is one this rule checks as of the context date: its period starts on or after the
     * rule comes into force and on or before the evaluation date.
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

    /**
     * Returns this rule's source combined with the source of a figures row, at the weaker of the two statuses.
     *
     * @param figures the source of the figures, not null
     * @return the combined source, not null
     */
    protected final Source citing(Source figures) {
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
