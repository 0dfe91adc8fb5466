package org.carebudget.money.budget;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.LedgerException;
import org.carebudget.money.policy.SpendPolicy;

/**
 * Routes care packages to their {@link BudgetLedger}s. Each ledger serialises its own operations, and ledgers
 * share nothing, so posting to different care packages scales across cores while posting to one is serialised.
 * Thread-safe: opening and looking up ledgers may happen from any thread.
 */
public final class LedgerRegistry {

    private final ConcurrentHashMap<CarePackageId, BudgetLedger> ledgers = new ConcurrentHashMap<>();

    /** Creates an empty registry. */
    public LedgerRegistry() {
    }

    /**
     * Opens the budget ledger of a care package and registers it.
     *
     * @param carePackage the care package, not null, not already registered
     * @param openedOn the date the account opens, not null
     * @param policy the spend policy, not null
     * @param holdFor how long a held spend can still be approved, whole days 1 - 365, not null
     * @return the new ledger, not null
     * @throws LedgerException if a value is invalid or the care package already has a ledger
     */
    public BudgetLedger open(CarePackageId carePackage, LocalDate openedOn,
            SpendPolicy policy, Period holdFor) {
        BudgetLedger ledger = BudgetLedger.open(carePackage, openedOn, policy, holdFor);
        if (ledgers.putIfAbsent(carePackage, ledger) != null) {
            throw new LedgerException("carePackage", "a care package without a ledger", carePackage);
        }
        return ledger;
    }

    /**
     * Returns the ledger of a care package.
     *
     * @param carePackage a registered care package, not null
     * @return the ledger, not null
     * @throws LedgerException if the care package is null or has no ledger
     */
    public BudgetLedger ledger(CarePackageId carePackage) {
        BudgetLedger ledger = ledgers.get(LedgerException.notNull(carePackage, "carePackage"));
        if (ledger == null) {
            throw new LedgerException("carePackage", "a care package with a ledger", carePackage);
        }
        return ledger;
    }

    /**
     * Returns the registered care packages.
     *
     * @return a snapshot, not null, unmodifiable
     */
    public Set<CarePackageId> carePackages() {
        return Set.copyOf(ledgers.keySet());
    }
}
