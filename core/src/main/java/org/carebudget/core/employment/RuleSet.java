package org.carebudget.core.employment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.UkFigures;

/**
 * An ordered set of compliance rules with the figures they use: evaluates one employment or a caseload as of a
 * date. Vendors add rules ({@link #with}), replace a rule by giving one with the same id, or switch one off
 * ({@link #without}). The standard rules are in {@code org.carebudget.core.employment.rules.StandardRules}.
 * Immutable and thread-safe; evaluation is deterministic.
 */
public final class RuleSet {

    /** The default lookahead for lapse warnings, in days. */
    public static final int DEFAULT_LOOKAHEAD_DAYS = 30;

    private static final Comparator<EmploymentFindings> CASELOAD_ORDER = Comparator
            .comparing((EmploymentFindings f) -> f.employer().value())
            .thenComparing(f -> f.personalAssistant().value())
            .thenComparing(EmploymentFindings::firstDay)
            .thenComparing(f -> f.findings().toString());

    private final List<ComplianceRule> rules;
    private final UkFigures figures;
    private final int lookaheadDays;
    private final FigureIndex index;
    private volatile InForce lastInForce;

    private RuleSet(List<ComplianceRule> rules, UkFigures figures, int lookaheadDays) {
        this.rules = rules;
        this.figures = figures;
        this.lookaheadDays = lookaheadDays;
        this.index = new FigureIndex(figures);
    }

    /**
     * Returns a rule set.
     *
     * @param figures the UK figures the rules read, not null
     * @param rules the rules, in the order findings are reported, not null, none null, ids unique
     * @return the rule set, not null
     * @throws InvalidValueException if an argument is null, holds null, or two rules share an id
     */
    public static RuleSet of(UkFigures figures, List<? extends ComplianceRule> rules) {
        InvalidValueException.requireNonNull(figures, "figures");
        InvalidValueException.requireNonNull(rules, "rules");
        Set<String> ids = new HashSet<>();
        for (ComplianceRule rule : rules) {
            InvalidValueException.requireNonNull(rule, "rules[]");
            if (!ids.add(rule.id())) {
                throw new InvalidValueException("rules", "rules with distinct ids", rule.id());
            }
        }
        return new RuleSet(List.copyOf(rules), figures, DEFAULT_LOOKAHEAD_DAYS);
    }

    /**
     * Returns the rules in order.
     *
     * @return the rules, unmodifiable, not null
     */
    public List<ComplianceRule> rules() {
        return rules;
    }

    /**
     * Returns the rule with an id.
     *
     * @param id the id, not null
     * @return the rule, or empty if none has that id
     */
    public Optional<ComplianceRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Returns the figures the rules read.
     *
     * @return the figures, not null
     */
    public UkFigures figures() {
        return figures;
    }

    /**
     * Returns how many days ahead {@link #evaluate} warns of lapses.
     *
     * @return 0 - 3660
     */
    public int lookaheadDays() {
        return lookaheadDays;
    }

    /**
     * Returns a copy with a rule added at the end, or put in place of the rule with the same id.
     *
     * @param rule the rule, not null
     * @return the new rule set, not null
     * @throws InvalidValueException if {@code rule} is null
     */
    public RuleSet with(ComplianceRule rule) {
        InvalidValueException.requireNonNull(rule, "rule");
        List<ComplianceRule> next = new ArrayList<>(rules);
        int at = indexOf(rule.id());
        if (at >= 0) {
            next.set(at, rule);
        } else {
            next.add(rule);
        }
        return new RuleSet(List.copyOf(next), figures, lookaheadDays);
    }

    /**
     * Returns a copy with a rule switched off.
     *
     * @param ruleId the id of a rule in this set, not null
     * @return the new rule set, not null
     * @throws InvalidValueException if no rule has that id
     */
    public RuleSet without(String ruleId) {
        InvalidValueException.requireNonNull(ruleId, "ruleId");
        int at = indexOf(ruleId);
        if (at < 0) {
            throw new InvalidValueException("ruleId", "the id of a rule in this set", ruleId);
        }
        List<ComplianceRule> next = new ArrayList<>(rules);
        next.remove(at);
        return new RuleSet(List.copyOf(next), figures, lookaheadDays);
    }

    /**
     * Returns a copy reading other figures (a vendor's table with next April's rates).
     *
     * @param table the figures, not null
     * @return the new rule set, not null
     * @throws InvalidValueException if {@code table} is null
     */
    public RuleSet withFigures(UkFigures table) {
        return new RuleSet(rules, InvalidValueException.requireNonNull(table, "figures"), lookaheadDays);
    }

    /**
     * Returns a copy warning of lapses a different number of days ahead.
     *
     * @param days the lookahead, 0 - 3660
     * @return the new rule set, not null
     * @throws InvalidValueException if out of range
     */
    public RuleSet withLookaheadDays(int days) {
        InvalidValueException.requireInRange(days, 0, 3660, "lookaheadDays");
        return new RuleSet(rules, figures, days);
    }

    /**
     * Evaluates every rule in force on {@code asOf} against one employment.
     *
     * @param employment the employment, not null
     * @param asOf the date, not null
     * @return the findings, not null
     * @throws InvalidValueException if an argument is null, or the figures hold no row for a date a rule needs
     */
    public EmploymentFindings evaluate(Employment employment, LocalDate asOf) {
        return evaluate(employment, activeOn(asOf).context);
    }

    /**
     * Evaluates a caseload; the report is in a canonical order whatever the order of {@code employments}.
     *
     * @param employments the employments, not null, none null
     * @param asOf the date, not null
     * @return the report, not null
     * @throws InvalidValueException if an argument is null or holds null, or the figures hold no row for a date
     *     a rule needs
     */
    public CaseloadReport evaluate(Collection<Employment> employments, LocalDate asOf) {
        return caseload(employments, activeOn(asOf).context, false);
    }

    /**
     * Returns what lapses in the next {@code days} days: the findings whose due date is on or after
     * {@code asOf} and no more than {@code days} days after it, soonest first (rule order for the same day).
     *
     * @param employment the employment, not null
     * @param asOf the date, not null
     * @param days the window, 0 - 3660
     * @return the findings due in the window, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public EmploymentFindings lapsingWithin(Employment employment, LocalDate asOf, int days) {
        RuleContext context = RuleContext.of(asOf, figures, days, index);
        return dueOnly(evaluate(employment, context), context);
    }

    /**
     * Returns what lapses in the next {@code days} days across a caseload, in canonical order.
     *
     * @param employments the employments, not null, none null
     * @param asOf the date, not null
     * @param days the window, 0 - 3660
     * @return the report of findings due in the window, not null
     * @throws InvalidValueException if an argument is null, holds null, or is out of range
     */
    public CaseloadReport lapsingWithin(Collection<Employment> employments, LocalDate asOf, int days) {
        return caseload(employments, RuleContext.of(asOf, figures, days, index), true);
    }

    private CaseloadReport caseload(Collection<Employment> employments, RuleContext context, boolean dueOnly) {
        InvalidValueException.requireNonNull(employments, "employments");
        List<EmploymentFindings> results = new ArrayList<>(employments.size());
        for (Employment employment : employments) {
            EmploymentFindings found = evaluate(InvalidValueException.requireNonNull(employment, "employments[]"), context);
            results.add(dueOnly ? dueOnly(found, context) : found);
        }
        results.sort(CASELOAD_ORDER);
        return new CaseloadReport(context.asOf(), results);
    }

    private EmploymentFindings evaluate(Employment employment, RuleContext context) {
        InvalidValueException.requireNonNull(employment, "employment");
        Collector collector = new Collector();
        LocalDate asOf = context.asOf();
        for (ComplianceRule rule : activeOn(asOf).rules) {
            rule.evaluate(employment, context, collector);
        }
        return new EmploymentFindings(employment.employer().id(), employment.personalAssistant().id(),
                employment.firstDay(), asOf, collector.findings == null ? List.of() : collector.findings);
    }

    private static EmploymentFindings dueOnly(EmploymentFindings found, RuleContext context) {
        List<Finding> due = new ArrayList<>();
        for (Finding f : found.findings()) {
            if (f.dueWithin(context.asOf(), context.horizon())) {
                due.add(f);
            }
        }
        due.sort(Comparator.comparing(Finding::dueDate));
        return new EmploymentFindings(found.employer(), found.personalAssistant(), found.firstDay(), found.asOf(), due);
    }

    private InForce activeOn(LocalDate asOf) {
        InForce last = lastInForce;
        if (last == null || !last.context.asOf().equals(asOf)) {
            RuleContext context = RuleContext.of(asOf, figures, lookaheadDays, index);
            List<ComplianceRule> active = new ArrayList<>(rules.size());
            for (ComplianceRule rule : rules) {
                if (rule.inForce().contains(asOf)) {
                    active.add(rule);
                }
            }
            last = new InForce(context, active.toArray(new ComplianceRule[0]));
            lastInForce = last;
        }
        return last;
    }

    /** The context for the last date evaluated with this set's lookahead, and the rules in force on it. */
    private static final class InForce {
        private final RuleContext context;
        private final ComplianceRule[] rules;

        InForce(RuleContext context, ComplianceRule[] rules) {
            this.context = context;
            this.rules = rules;
        }
    }

    private int indexOf(String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Gathers findings, allocating only when there is one. Not thread-safe; one per evaluation. */
    private static final class Collector implements Consumer<Finding> {

        private List<Finding> findings;

        @Override
        public void accept(Finding finding) {
            if (findings == null) {
                findings = new ArrayList<>(4);
            }
            findings.add(InvalidValueException.requireNonNull(finding, "finding"));
        }
    }
}
