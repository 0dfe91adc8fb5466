package org.carebudget.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carebudget.core.id.PersonalAssistantId;
import org.junit.jupiter.api.Test;

/** The built register is immutable: many threads asking at once get the answers one thread gets. */
class TrainingRegisterConcurrencyTest {

    @Test
    void givenBuiltRegister_whenQueriedFromManyThreads_thenEveryThreadSeesTheSameAnswers() throws Exception {
        TrainingRegister.Builder builder = Fixtures.builder();
        for (int p = 0; p < 200; p++) {
            LocalDate done = LocalDate.of(2025, 1, 1).plusDays(p * 3L);
            builder.record(Fixtures.moving(PersonalAssistantId.of("pa-" + p), done), done);
        }
        TrainingRegister register = builder.build();
        LocalDate asOf = LocalDate.of(2026, 3, 1);
        List<Expiry> expected = register.expiringWithin(asOf, 200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Expiry>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> register.expiringWithin(asOf, 200)));
            }
            for (Future<List<Expiry>> answer : answers) {
                assertEquals(expected, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(67, expected.size());
    }
}
