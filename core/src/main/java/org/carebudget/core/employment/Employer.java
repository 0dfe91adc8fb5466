package org.carebudget.core.employment;

import java.util.Objects;
import org.carebudget.core.Checks;
import org.carebudget.core.InvalidValueException;
import org.carebudget.core.id.EmployerId;
import org.jspecify.annotations.Nullable;

/**
 * The employer of a personal assistant: who it is, and the employer-wide settings rules read. Whether a PA is close
 * family of the employer (employers' liability) is a property of each {@link Employment}, not of the employer.
 * Built by {@link #of}, {@link #budgetHolder}, {@link #nominatedPerson} or {@link #thirdPartyService}; immutable and
 * thread-safe.
 */
public final class Employer {

    private final EmployerId id;
    private final EmployerKind kind;
    private final DomesticService domesticService;

    private Employer(EmployerId id, EmployerKind kind, DomesticService domesticService) {
        this.id = id;
        this.kind = kind;
        this.domesticService = domesticService;
    }

    /**
     * Returns an employer whose PAs are not treated as domestic servants.
     *
     * @param id the identifier, not null
     * @param kind who the employer is, not null
     * @return the employer, not null
     * @throws InvalidValueException if an argument is null
     */
    public static Employer of(EmployerId id, EmployerKind kind) {
        return new Employer(Checks.CORE.notNull(id, "employer.id"), Checks.CORE.notNull(kind, "employer.kind"),
                DomesticService.NOT_DOMESTIC_SERVICE);
    }

    /**
     * Returns a budget holder employing for their own care.
     *
     * @param id the identifier, not null
     * @return the employer, not null
     * @throws InvalidValueException if {@code id} is null
     */
    public static Employer budgetHolder(EmployerId id) {
        return of(id, EmployerKind.BUDGET_HOLDER);
    }

    /**
     * Returns a nominated person employing for the budget holder.
     *
     * @param id the identifier, not null
     * @return the employer, not null
     * @throws InvalidValueException if {@code id} is null
     */
    public static Employer nominatedPerson(EmployerId id) {
        return of(id, EmployerKind.NOMINATED_PERSON);
    }

    /**
     * Returns an organisation employing on the budget holder's behalf.
     *
     * @param id the identifier, not null
     * @return the employer, not null
     * @throws InvalidValueException if {@code id} is null
     */
    public static Employer thirdPartyService(EmployerId id) {
        return of(id, EmployerKind.THIRD_PARTY_SERVICE);
    }

    /**
     * Returns a copy with the employer's decision on domestic service (reg. 19).
     *
     * @param value the decision, not null
     * @return the employer, {@code this} when unchanged, not null
     * @throws InvalidValueException if {@code value} is null
     */
    public Employer withDomesticService(DomesticService value) {
        Checks.CORE.notNull(value, "employer.domesticService");
        return value == domesticService ? this : new Employer(id, kind, value);
    }

    /**
     * Returns the employer's identifier.
     *
     * @return the identifier, not null
     */
    public EmployerId id() {
        return id;
    }

    /**
     * Returns who the employer is.
     *
     * @return the kind, not null
     */
    public EmployerKind kind() {
        return kind;
    }

    /**
     * Returns whether the employer treats its PAs as domestic servants in a private household (reg. 19).
     *
     * @return the decision, not null
     */
    public DomesticService domesticService() {
        return domesticService;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Employer e && e.id.equals(id) && e.kind == kind && e.domesticService == domesticService;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, domesticService);
    }

    @Override
    public String toString() {
        return "Employer[" + id + ", " + kind + "]";
    }
}
