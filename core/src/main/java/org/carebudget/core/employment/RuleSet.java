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
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.UkFigures;
import org.jspecify.annotations.Nullable;

/**
 * An ordered set of compliance rules with the figures they use: evaluates one employment or a caseload as of a date.
 * Vendors add rules ({@link #with}), replace a rule by giving one with the same id, or switch one off
 * ({@link #without}). The standard rules are in {@code org.carebudget.core.employment.rules.StandardRules}.
 *
 * <p>{@link #evaluate} warns of lapses within the set's lookahead ({@value #DEFAULT_LOOKAHEAD_DAYS} days unless
 * changed with {@link #withLookaheadDays}): long enough to renew insurance, book a DBS check or a follow-up
 * right-to-work check, and to see each lapse in at least one quarterly review. The lookahead used is on every
 * {@link EmploymentFindings}, so a lapse beyond it is never hidden without a trace; {@link #lapsingWithin} asks for
 * any other window. Figures missing for a date a rule needs are reported as
 * {@link ComplianceSeverity#NOT_CHECKED} findings, never skipped.
 *
 * <p>Immutable and thread-safe; evaluation is deterministic.
 */
public final class RuleSet {

    /** The default lookahead for lapse warnings, in days: a quarter. */
    public static final int DEFAULT_LOOKAHEAD_DAYS = 90;

    /** The most rules a set holds. */
    public static final int MAX_RULES = 10_000;

    /** The most employments one caseload evaluation takes. */
    public static final int MAX_CASELOAD = 10_000_000;

    private static final Comparator<EmploymentFindings> CASELOAD_ORDER = Comparator
            .comparing((EmploymentFindings f) -> f.employer().value())
            .thenComparing(f -> f.personalAssistant().value())
            .thenComparing(EmploymentFindings::firstDay)
            .thenComparing(f -> f.findings().toString());

    private static final Comparator<ComplianceFinding> SOONEST_FIRST = Comparator.comparing(
            (ComplianceFinding f) -> f.actBefore(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<ComplianceRule> rules;
    private final UkFigures figures;
    private final int lookaheadDays;
    private volatile @Nullable InForce lastInForce;

    private RuleSet(List<ComplianceRule> rules, UkFigures figures, int lookaheadDays) {
        this.rules = rules;
        this.figures = figures;
        this.lookaheadDays = lookaheadDays;
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
        Checks.CORE.notNull(figures, "figures");
        List<ComplianceRule> copy = Checks.CORE.list(rules, MAX_RULES, "rules");
        Set<String> ids = new HashSet<>();
        for (ComplianceRule rule : copy) {
            if (!ids.add(rule.id())) {
                throw new InvalidValueException("rules", "rules with distinct ids", rule.id());
            }
        }
        return new RuleSet(List.copyOf(copy), figures, DEFAULT_LOOKAHEAD_DAYS);
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
     * @throws InvalidValueException if {@code id} is null
     */
    public Optional<ComplianceRule> rule(String id) {
        int at = indexOf(Checks.CORE.notNull(id, "id"));
        return at < 0 ? Optional.empty() : Optional.of(rules.get(at));
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
     * @throws InvalidValueException if {@code rule} is null or the set is full
     */
    public RuleSet with(ComplianceRule rule) {
        Checks.CORE.notNull(rule, "rule");
        List<ComplianceRule> next = new ArrayList<>(rules);
        int at = indexOf(rule.id());
        if (at >= 0) {
            next.set(at, rule);
        } else if (rules.size() == MAX_RULES) {
            throw new InvalidValueException("rules", "at most " + MAX_RULES + " rules", rules.size() + 1);
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
        int at = indexOf(Checks.CORE.notNull(ruleId, "ruleId"));
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
        return new RuleSet(rules, Checks.CORE.notNull(table, "figures"), lookaheadDays);
    }

    /**
     * Returns a copy warning of lapses a different number of days ahead.
     *
     * @param days the lookahead, 0 - 3660
     * @return the new rule set, {@code this} when unchanged, not null
     * @throws InvalidValueException if out of range
     */
    public RuleSet withLookaheadDays(int days) {
        Checks.CORE.inRange(days, 0, RuleContext.MAX_LOOKAHEAD_DAYS, "lookaheadDays");
        return days == lookaheadDays ? this : new RuleSet(rules, figures, days);
    }

    /**
     * Evaluates every rule in force on {@code asOf} against one employment.
     *
     * @param employment the employment, not null
     * @param asOf the date, a supported date, not null
     * @return the findings, not null
     * @throws InvalidValueException if an argument is null or the date unsupported
     */
    public EmploymentFindings evaluate(Employment employment, LocalDate asOf) {
        Checks.CORE.notNull(employment, "employment");
        return evaluate(employment, activeOn(asOf));
    }

    /**
     * Evaluates a caseload; the report is in a canonical order whatever the order of {@code employments}.
     *
     * @param employments the employments, not null, none null, at most {@value #MAX_CASELOAD}
     * @param asOf the date, a supported date, not null
     * @return the report, not null
     * @throws InvalidValueException if an argument is null or holds null, or the date unsupported
     */
    public CaseloadReport evaluate(Collection<Employment> employments, LocalDate asOf) {
        return caseload(employments, activeOn(asOf), -1);
    }

    /**
     * Returns what lapses in the next {@code days} days: the findings not yet late whose last day to act falls in
     * {@code [asOf, asOf + days)}, soonest first (rule order for the same day).
     *
     * @param employment the employment, not null
     * @param asOf the date, a supported date, not null
     * @param days the window, 0 - 3660
     * @return the findings due in the window, not null
     * @throws InvalidValueException if an argument is null or out of range
     */
    public EmploymentFindings lapsingWithin(Employment employment, LocalDate asOf, int days) {
        Checks.CORE.notNull(employment, "employment");
        InForce window = window(asOf, days);
        return dueOnly(evaluate(employment, window), window.context);
    }

    /**
     * Returns what lapses in the next {@code days} days across a caseload, in canonical order.
     *
     * @param employments the employments, not null, none null, at most {@value #MAX_CASELOAD}
     * @param asOf the date, a supported date, not null
     * @param days the window, 0 - 3660
     * @return the report of findings due in the window, not null
     * @throws InvalidValueException if an argument is null, holds null, or is out of range
     */
    public CaseloadReport lapsingWithin(Collection<Employment> employments, LocalDate asOf, int days) {
        return caseload(employments, window(asOf, days), days);
    }

    private InForce window(LocalDate asOf, int days) {
        Checks.CORE.inRange(days, 0, RuleContext.MAX_LOOKAHEAD_DAYS, "days");
        Checks.CORE.date(asOf, "asOf");
        return new InForce(RuleContext.of(asOf, figures, days), rulesInForce(asOf));
    }

    private CaseloadReport caseload(Collection<Employment> employments, InForce active, int dueWindow) {
        List<Employment> all = Checks.CORE.list(employments, MAX_CASELOAD, "employments");
        List<EmploymentFindings> results = new ArrayList<>(all.size());
        for (Employment employment : all) {
            EmploymentFindings found = evaluate(employment, active);
            results.add(dueWindow >= 0 ? dueOnly(found, active.context) : found);
        }
        results.sort(CASELOAD_ORDER);
        return new CaseloadReport(active.context.asOf(), results);
    }

    private EmploymentFindings evaluate(Employment employment, InForce active) {
        Collector collector = new Collector();
        for (ComplianceRule rule : active.rules) {
            rule.evaluate(employment, active.context, collector);
        }
        return new EmploymentFindings(employment.employer().id(), employment.personalAssistant().id(),
                employment.firstDay(), active.context.asOf(), active.context.lookaheadDays(),
                collector.findings == null ? List.of() : collector.findings);
    }

    private static EmploymentFindings dueOnly(EmploymentFindings found, RuleContext context) {
        List<ComplianceFinding> due = new ArrayList<>();
        for (ComplianceFinding f : found.findings()) {
            LocalDate actBefore = f.actBefore();
            if (actBefore != null && context.dueWithinLookahead(actBefore)) {
                due.add(f);
            }
        }
        due.sort(SOONEST_FIRST);
        return new EmploymentFindings(found.employer(), found.personalAssistant(), found.firstDay(), found.asOf(),
                found.lookaheadDays(), due);
    }

    private InForce activeOn(LocalDate asOf) {
        InForce last = lastInForce;
        if (last == null || !last.context.asOf().equals(asOf)) {
            Checks.CORE.date(asOf, "asOf");
            last = new InForce(RuleContext.of(asOf, figures, lookaheadDays), rulesInForce(asOf));
            lastInForce = last;
        }
        return last;
    }

    private List<ComplianceRule> rulesInForce(LocalDate asOf) {
        List<ComplianceRule> active = new ArrayList<>(rules.size());
        for (ComplianceRule rule : rules) {
            if (rule.inForceOn(asOf)) {
                active.add(rule);
            }
        }
        return active;
    }

    /** A context for one date with this set's lookahead, and the rules in force on it. */
    private static final class InForce {
        private final RuleContext context;
        private final ComplianceRule[] rules;

        InForce(RuleContext context, List<ComplianceRule> rules) {
            this.context = context;
            this.rules = rules.toArray(new ComplianceRule[0]);
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
    private static final class Collector implements Consumer<ComplianceFinding> {

        private @Nullable List<ComplianceFinding> findings;

        @Override
        public void accept(ComplianceFinding finding) {
            if (findings == null) {
                findings = new ArrayList<>(4);
            }
            findings.add(Checks.CORE.notNull(finding, "finding"));
        }
    }
}
