package org.carebudget.core.training;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.figures.Source;
import org.jspecify.annotations.Nullable;

/**
 * An employer's or funder's own refresh period for one competency, replacing the catalogue default for the PAs it
 * applies to (for example an employer requiring infection prevention every 12 months where the default is 36). An
 * override may tighten a clinician's cap but never lift it ({@link Competency#withRefresh}). Immutable and
 * thread-safe.
 */
public final class RefreshOverride {

    private final OverrideScope scope;
    private final CompetencyCode code;
    private final RefreshPeriod refresh;
    private final Source source;

    private RefreshOverride(OverrideScope scope, CompetencyCode code, RefreshPeriod refresh, Source source) {
        this.scope = scope;
        this.code = code;
        this.refresh = refresh;
        this.source = source;
    }

    /**
     * Returns an override.
     *
     * @param scope whose policy it is, not null
     * @param code the competency, not null
     * @param refresh the period, not null
     * @param source the policy that sets it, not null
     * @return the override, not null
     * @throws InvalidValueException if an argument is null
     */
    public static RefreshOverride of(OverrideScope scope, CompetencyCode code,
            RefreshPeriod refresh, Source source) {
        return new RefreshOverride(Checks.CORE.notNull(scope, "scope"), Checks.CORE.notNull(code, "code"),
                Checks.CORE.notNull(refresh, "refresh"), Checks.CORE.notNull(source, "source"));
    }

    /**
     * Returns whose policy it is.
     *
     * @return the scope, not null
     */
    public OverrideScope scope() {
        return scope;
    }

    /**
     * Returns the competency.
     *
     * @return the code, not null
     */
    public CompetencyCode code() {
        return code;
    }

    /**
     * Returns the period.
     *
     * @return the period, not null
     */
    public RefreshPeriod refresh() {
        return refresh;
    }

    /**
     * Returns the policy that sets the period.
     *
     * @return the source, not null
     */
    public Source source() {
        return source;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RefreshOverride that && that.scope.equals(scope) && that.code.equals(code)
                && that.refresh.equals(refresh) && that.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, code, refresh, source);
    }

    @Override
    public String toString() {
        return "RefreshOverride[" + scope + ", " + code + ", " + refresh + "]";
    }
}
