package org.carebudget.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashSet;
import java.util.Arrays;
import java.util.Set;
import org.carebudget.core.id.CarePackageId;
import org.carebudget.money.store.AppendResult;
import org.carebudget.money.store.InMemoryJournalStore;
import org.carebudget.money.store.JournalHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What the API walk cannot reach (nested builders and results) refuses bad input with the module's exception. */
class NestedTypesTest {

    static void refused(String field, Executable call) {
        JournalStoreException e = assertThrows(JournalStoreException.class, call);
        assertEquals(field, e.field(), e::getMessage);
        assertEquals(JournalStoreException.Reason.INVALID_INPUT, e.reason());
    }

    @Test
    void givenBadFacadeSettings_thenEachIsRefusedByName() {
        DurableBudgets.Builder builder = DurableBudgets.builder(new InMemoryJournalStore());
        refused("policy", () -> builder.policy(null));
        refused("policyOfPackage", () -> builder.policies(null));
        refused("holdDays", () -> builder.holdDays(0));
        refused("holdDays", () -> builder.holdDays(366));
        refused("attempts", () -> builder.retries(0, Duration.ZERO));
        refused("attempts", () -> builder.retries(1001, Duration.ZERO));
        refused("maxBackoff", () -> builder.retries(3, null));
        refused("maxBackoff", () -> builder.retries(3, Duration.ofMillis(-1)));
        refused("maxBackoff", () -> builder.retries(3, Duration.ofSeconds(11)));
        refused("snapshotStore", () -> builder.snapshots(null, 10));
        refused("every", () -> builder.snapshots(new InMemoryJournalStore(), 0));
        refused("packages", () -> builder.maxCachedPackages(0));
        refused("packages", () -> builder.maxCachedPackages(DurableBudgets.MAX_CACHED + 1));
        refused("store", () -> DurableBudgets.builder(null));
    }

    @Test
    void givenAPolicyFunctionReturningNull_thenTheLoadIsRefusedNamingIt() {
        DurableBudgets budgets = DurableBudgets.builder(new InMemoryJournalStore()).policies(p -> null).build();
        refused("policies", () -> budgets.open(CarePackageId.of("p"), Ledgers.DAY, Ledgers::setUp));
    }

    @Test
    void givenBadStoreSettings_thenEachIsRefusedByName() throws Exception {
        try (TestDatabase db = Backend.H2.fresh()) {
            JdbcJournalStore.Builder builder = JdbcJournalStore.builder(db.pool());
            refused("kinds", () -> builder.kinds(null));
            refused("kinds", () -> builder.kinds(Set.of()));
            refused("kinds", () -> builder.kinds(Set.of("Not A Kind")));
            refused("kinds[0]", () -> builder.kinds(new HashSet<>(Arrays.asList((String) null))));
            refused("dataSource", () -> JdbcJournalStore.builder(null));
        }
    }

    @Test
    void givenBadResults_thenEachIsRefusedByName() {
        JournalHead head = JournalHead.empty(CarePackageId.of("p"));
        AppendResult.Conflict conflict = new AppendResult.Conflict(CarePackageId.of("p"), 0, 1);
        refused("head", () -> new Applied.Done<>(null, null, 1, 0));
        refused("attempts", () -> new Applied.Done<>(null, head, 0, 0));
        refused("appended", () -> new Applied.Done<>(null, head, 1, -1));
        refused("conflict", () -> new Applied.Conflicted<>(null, 1));
        refused("attempts", () -> new Applied.Conflicted<>(conflict, 0));
    }
}
