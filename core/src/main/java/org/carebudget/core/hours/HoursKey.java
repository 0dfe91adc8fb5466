package org.carebudget.core.hours;

import java.util.Comparator;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.core.id.FunderId;
import org.carebudget.core.id.PersonalAssistantId;
import org.jspecify.annotations.Nullable;

/**
 * What a line of hours is about: the care package, the funder whose hours it used, the personal assistant and the
 * kind of hours. Keys sort by package, funder, PA and kind, so a summary's lines have one order whatever order the
 * hours were added in. Immutable and thread-safe.
 */
public final class HoursKey implements Comparable<HoursKey> {

    private static final Comparator<HoursKey> ORDER = Comparator
            .comparing((HoursKey k) -> k.carePackage.value())
            .thenComparing(k -> k.funder.value())
            .thenComparing(k -> k.personalAssistant.value())
            .thenComparing(k -> k.kind);

    private final CarePackageId carePackage;
    private final FunderId funder;
    private final PersonalAssistantId personalAssistant;
    private final HoursKind kind;

    private HoursKey(CarePackageId carePackage, FunderId funder, PersonalAssistantId personalAssistant,
            HoursKind kind) {
        this.carePackage = carePackage;
        this.funder = funder;
        this.personalAssistant = personalAssistant;
        this.kind = kind;
    }

    /**
     * Returns the key.
     *
     * @param carePackage the care package, not null
     * @param funder the funder whose hours were used, not null
     * @param personalAssistant the PA who worked (or was rostered), not null
     * @param kind the kind of hours, not null
     * @return the key, not null
     * @throws InvalidValueException if an argument is null
     */
    public static HoursKey of(CarePackageId carePackage, FunderId funder, PersonalAssistantId personalAssistant,
            HoursKind kind) {
        return new HoursKey(Checks.CORE.notNull(carePackage, "carePackage"), Checks.CORE.notNull(funder, "funder"),
                Checks.CORE.notNull(personalAssistant, "personalAssistant"), Checks.CORE.notNull(kind, "kind"));
    }

    /**
     * Returns the care package.
     *
     * @return the package, not null
     */
    public CarePackageId carePackage() {
        return carePackage;
    }

    /**
     * Returns the funder whose hours were used.
     *
     * @return the funder, not null
     */
    public FunderId funder() {
        return funder;
    }

    /**
     * Returns the personal assistant.
     *
     * @return the PA, not null
     */
    public PersonalAssistantId personalAssistant() {
        return personalAssistant;
    }

    /**
     * Returns the kind of hours.
     *
     * @return the kind, not null
     */
    public HoursKind kind() {
        return kind;
    }

    /**
     * Returns whether the key matches every filter given; a null filter matches anything.
     *
     * @param carePackage the package to match; null for any
     * @param funder the funder to match; null for any
     * @param personalAssistant the PA to match; null for any
     * @param kind the kind to match; null for any
     * @return true if every non-null filter equals this key's value
     */
    public boolean matches(@Nullable CarePackageId carePackage, @Nullable FunderId funder,
            @Nullable PersonalAssistantId personalAssistant, @Nullable HoursKind kind) {
        return (carePackage == null || carePackage.equals(this.carePackage))
                && (funder == null || funder.equals(this.funder))
                && (personalAssistant == null || personalAssistant.equals(this.personalAssistant))
                && (kind == null || kind == this.kind);
    }

    /**
     * Orders keys by package, funder, PA (each by its text) and kind.
     *
     * @param other the other key, not null
     * @return negative, zero or positive as this key sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(HoursKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HoursKey k && k.carePackage.equals(carePackage) && k.funder.equals(funder)
                && k.personalAssistant.equals(personalAssistant) && k.kind == kind;
    }

    @Override
    public int hashCode() {
        return ((carePackage.hashCode() * 31 + funder.hashCode()) * 31 + personalAssistant.hashCode()) * 31
                + kind.hashCode();
    }

    /**
     * Returns {@code package/funder/pa/KIND}, such as {@code pkg-1/icb/pa-7/NIGHT}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return carePackage + "/" + funder + "/" + personalAssistant + "/" + kind;
    }
}
