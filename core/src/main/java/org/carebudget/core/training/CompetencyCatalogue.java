package org.carebudget.core.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The competencies and delegated clinical tasks a register knows, each with its refresh period and that period's
 * source and its basis per kind of employer, plus the employers' and funders' own periods ({@link RefreshOverride}).
 *
 * <p>{@link #standard()} holds the defaults from {@code shared/UK-RULES.md}, one entry per constant of
 * {@link CompetencyCode} ({@link #codes()} lists them; {@link #require} gives each entry). A register uses one
 * effective catalogue: {@link #effectiveFor(Collection)} applies the overrides of the given employers and funders,
 * the stricter (shorter) period winning where two apply. Immutable and thread-safe.
 */
public final class CompetencyCatalogue {

    /** The most entries a catalogue holds. */
    public static final int MAX_ENTRIES = 1_000;

    /** The most overrides a catalogue holds. */
    public static final int MAX_OVERRIDES = 100_000;

    private static final CompetencyCatalogue STANDARD = of(StandardCompetencies.all());

    private final Map<CompetencyCode, Competency> byCode;
    private final List<RefreshOverride> overrideList;

    private CompetencyCatalogue(Map<CompetencyCode, Competency> competencies, List<RefreshOverride> overrides) {
        this.byCode = competencies;
        this.overrideList = overrides;
    }

    /**
     * Returns the catalogue of defaults from UK-RULES.md, with no overrides: one entry for each constant of
     * {@link CompetencyCode}.
     *
     * @return the standard catalogue, not null
     */
    public static CompetencyCatalogue standard() {
        return STANDARD;
    }

    /**
     * Returns a catalogue of the given entries, with no overrides.
     *
     * @param entries the entries, not null, no null element, no code twice, at most {@value #MAX_ENTRIES}
     * @return the catalogue, not null
     * @throws InvalidValueException if {@code entries} or an element is null, there are too many, or a code appears
     *     twice
     */
    public static CompetencyCatalogue of(Collection<Competency> entries) {
        return of(entries, List.of());
    }

    /**
     * Returns a catalogue of the given entries and overrides.
     *
     * @param entries the entries, not null, no null element, no code twice, at most {@value #MAX_ENTRIES}
     * @param overrides the overrides, not null, no null element, at most {@value #MAX_OVERRIDES}, each for a code
     *     among {@code entries} with a period that suits its assessment
     * @return the catalogue, not null
     * @throws InvalidValueException if an argument or element is null, there are too many, a code appears twice, or
     *     an override does not fit its entry
     */
    public static CompetencyCatalogue of(Collection<Competency> entries,
            Collection<RefreshOverride> overrides) {
        List<Competency> entryList = Checks.CORE.list(entries, MAX_ENTRIES, "competencies");
        List<RefreshOverride> overrideCopy = Checks.CORE.list(overrides, MAX_OVERRIDES, "overrides");
        Map<CompetencyCode, Competency> map = new TreeMap<>();
        for (Competency entry : entryList) {
            if (map.putIfAbsent(entry.code(), entry) != null) {
                throw Checks.CORE.invalid("competencies", "each code once", entry.code());
            }
        }
        CompetencyCatalogue catalogue = new CompetencyCatalogue(map, List.of());
        for (RefreshOverride override : overrideCopy) {
            catalogue.require(override.code()).withRefresh(override.refresh(), override.source());
        }
        return new CompetencyCatalogue(map, overrideCopy);
    }

    /**
     * Returns this catalogue with one entry added, or replacing the entry with the same code.
     *
     * @param entry the entry, not null
     * @return the catalogue, not null
     * @throws InvalidValueException if {@code entry} is null, the catalogue is full, or an existing override no
     *     longer fits it
     */
    public CompetencyCatalogue with(Competency entry) {
        Checks.CORE.notNull(entry, "competency");
        Map<CompetencyCode, Competency> map = new TreeMap<>(byCode);
        map.put(entry.code(), entry);
        return of(map.values(), overrideList);
    }

    /**
     * Returns this catalogue with an employer's or funder's own period for one competency added.
     *
     * @param override the override, not null, for a code in this catalogue with a period that suits its assessment
     * @return the catalogue, not null
     * @throws InvalidValueException if {@code override} is null, its code is unknown, its period does not suit the
     *     assessment (a fixed period for a delegated clinical task, say), or the catalogue has too many overrides
     */
    public CompetencyCatalogue withOverride(RefreshOverride override) {
        Checks.CORE.notNull(override, "override");
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
        Set<OverrideScope> applying = Checks.CORE.set(scopes, MAX_OVERRIDES, "scopes");
        Map<CompetencyCode, RefreshOverride> strictest = new TreeMap<>();
        for (RefreshOverride override : overrideList) {
            if (applying.contains(override.scope())) {
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
        return Optional.ofNullable(byCode.get(Checks.CORE.notNull(code, "competency")));
    }

    /**
     * Returns the entry for a code.
     *
     * @param code the code, not null, in this catalogue
     * @return the entry, not null
     * @throws InvalidValueException if {@code code} is null or not in the catalogue
     */
    public Competency require(CompetencyCode code) {
        return find(code).orElseThrow(() -> Checks.CORE.invalid("competency",
                "a code in the catalogue " + byCode.keySet(), code));
    }

    /**
     * Returns the codes of the entries, in order.
     *
     * @return the codes, sorted, not null, unmodifiable
     */
    public List<CompetencyCode> codes() {
        return List.copyOf(byCode.keySet());
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
    public boolean equals(@Nullable Object other) {
        return other instanceof CompetencyCatalogue that && that.byCode.equals(byCode)
                && that.overrideList.equals(overrideList);
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
