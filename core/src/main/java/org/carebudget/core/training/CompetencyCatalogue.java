package org.carebudget.core.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carebudget.core.InvalidValueException;

/**
 * The competencies and delegated clinical tasks a register knows, each with its refresh period and that period's
 * source, plus the employers' and funders' own periods ({@link RefreshOverride}).
 *
 * <p>{@link #standard()} holds the defaults from {@code shared/UK-RULES.md} ({@link StandardCompetencies}). A
 * register uses one effective catalogue: {@link #effectiveFor(Collection)} applies the overrides of the given
 * employers and funders, the stricter (shorter) period winning where two apply. Immutable and thread-safe.
 */
public final class CompetencyCatalogue {

    private static final CompetencyCatalogue STANDARD = of(StandardCompetencies.all());

    private final Map<CompetencyCode, Competency> byCode;
    private final List<RefreshOverride> overrideList;

    private CompetencyCatalogue(Map<CompetencyCode, Competency> competencies, List<RefreshOverride> overrides) {
        this.byCode = competencies;
        this.overrideList = overrides;
    }

    /**
     * Returns the catalogue of defaults from UK-RULES.md, with no overrides.
     *
     * @return the standard catalogue, not null
     */
    public static CompetencyCatalogue standard() {
        return STANDARD;
    }

    /**
     * Returns a catalogue of the given entries, with no overrides.
     *
     * @param entries the entries, not null, no null element, no code twice
     * @return the catalogue, not null
     * @throws InvalidValueException if {@code entries} or an element is null, or a code appears twice
     */
    public static CompetencyCatalogue of(Collection<Competency> entries) {
        return of(entries, List.of());
    }

    /**
     * Returns a catalogue of the given entries and overrides.
     *
     * @param entries the entries, not null, no null element, no code twice
     * @param overrides the overrides, not null, no null element, each for a code among {@code entries} with a
     *     period that suits its assessment
     * @return the catalogue, not null
     * @throws InvalidValueException if an argument or element is null, a code appears twice, or an override does
     *     not fit its entry
     */
    public static CompetencyCatalogue of(Collection<Competency> entries, Collection<RefreshOverride> overrides) {
        InvalidValueException.requireNonNull(entries, "competencies");
        InvalidValueException.requireNonNull(overrides, "overrides");
        Map<CompetencyCode, Competency> map = new TreeMap<>();
        for (Competency entry : entries) {
            InvalidValueException.requireNonNull(entry, "competency");
            if (map.putIfAbsent(entry.code(), entry) != null) {
                throw new InvalidValueException("competency", "each code once", entry.code());
            }
        }
        CompetencyCatalogue catalogue = new CompetencyCatalogue(map, List.of());
        for (RefreshOverride override : overrides) {
            InvalidValueException.requireNonNull(override, "override");
            catalogue.require(override.code()).withRefresh(override.refresh(), override.source());
        }
        return new CompetencyCatalogue(map, List.copyOf(overrides));
    }

    /**
     * Returns this catalogue with one entry added, or replacing the entry with the same code.
     *
     * @param entry the entry, not null
     * @return the catalogue, not null
     * @throws InvalidValueException if {@code entry} is null, or an existing override no longer fits it
     */
    public CompetencyCatalogue with(Competency entry) {
        InvalidValueException.requireNonNull(entry, "competency");
        Map<CompetencyCode, Competency> map = new TreeMap<>(byCode);
        map.put(entry.code(), entry);
        return of(map.values(), overrideList);
    }

    /**
     * Returns this catalogue with an employer's or funder's own period for one competency added.
     *
     * @param override the override, not null, for a code in this catalogue with a period that suits its assessment
     * @return the catalogue, not null
     * @throws InvalidValueException if {@code override} is null, its code is unknown, or its period does not suit
     *     the assessment (a fixed period for a delegated clinical task, say)
     */
    public CompetencyCatalogue withOverride(RefreshOverride override) {
        InvalidValueException.requireNonNull(override, "override");
        List<RefreshOverride> all = new ArrayList<>(overrideList);
        all.add(override);
        return of(byCode.values(), all);
    }

    /**
     * Returns the catalogue a register uses for PAs governed by the given employers' and funders' policies: each
     * entry's period is the stricter of the overrides for those scopes, or the default when none applies. The
     * result has no overrides of its own.
     *
     * @param scopes the policies that apply, not null, no null element; empty gives the defaults
     * @return the effective catalogue, not null
     * @throws InvalidValueException if {@code scopes} or an element is null
     */
    public CompetencyCatalogue effectiveFor(Collection<OverrideScope> scopes) {
        InvalidValueException.requireNonNull(scopes, "scopes");
        scopes.forEach(scope -> InvalidValueException.requireNonNull(scope, "scope"));
        Map<CompetencyCode, RefreshOverride> strictest = new TreeMap<>();
        for (RefreshOverride override : overrideList) {
            if (scopes.contains(override.scope())) {
                strictest.merge(override.code(), override, (a, b) ->
                        a.refresh().stricter(b.refresh()) == a.refresh() ? a : b);
            }
        }
        Map<CompetencyCode, Competency> map = new TreeMap<>(byCode);
        strictest.values().forEach(o -> map.put(o.code(), map.get(o.code()).withRefresh(o.refresh(), o.source())));
        return new CompetencyCatalogue(map, List.of());
    }

    /**
     * Returns the entry for a code, if the catalogue has one.
     *
     * @param code the code, not null
     * @return the entry, or empty
     * @throws InvalidValueException if {@code code} is null
     */
    public Optional<Competency> find(CompetencyCode code) {
        return Optional.ofNullable(byCode.get(InvalidValueException.requireNonNull(code, "competency")));
    }

    /**
     * Returns the entry for a code.
     *
     * @param code the code, not null, in this catalogue
     * @return the entry, not null
     * @throws InvalidValueException if {@code code} is null or not in the catalogue
     */
    public Competency require(CompetencyCode code) {
        return find(code).orElseThrow(() -> new InvalidValueException("competency",
                "a code in the catalogue " + byCode.keySet(), code));
    }

    /**
     * Returns the entries, ordered by code.
     *
     * @return the entries, not null, unmodifiable
     */
    public List<Competency> competencies() {
        return List.copyOf(byCode.values());
    }

    /**
     * Returns the overrides, in the order they were added.
     *
     * @return the overrides, not null, unmodifiable
     */
    public List<RefreshOverride> overrides() {
        return overrideList;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompetencyCatalogue && ((CompetencyCatalogue) other).byCode.equals(byCode)
                && ((CompetencyCatalogue) other).overrideList.equals(overrideList);
    }

    @Override
    public int hashCode() {
        return byCode.hashCode() * 31 + overrideList.hashCode();
    }

    @Override
    public String toString() {
        return "CompetencyCatalogue" + byCode.keySet() + (overrideList.isEmpty() ? "" : " with " + overrideList.size()
                + " overrides");
    }
}
