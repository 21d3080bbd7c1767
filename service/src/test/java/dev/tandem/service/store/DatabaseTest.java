package dev.tandem.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import dev.tandem.service.TestDatabases;

/**
 * On H2 the transactions run one at a time: H2 writes the whole store after each commit, other connections'
 * open or committing transactions included, and a kill at the wrong moment can leave half of one of them after
 * recovery.
 */
class DatabaseTest {

    @Test
    void onH2ASecondTransactionStartsOnlyAfterTheFirstEnds() throws Exception {
        Path folder = Files.createTempDirectory("tandem-db");
        try (Database database = Database.open(TestDatabases.h2(folder), 4)) {
            CountDownLatch firstInside = new CountDownLatch(1);
            CountDownLatch releaseFirst = new CountDownLatch(1);
            AtomicBoolean secondRan = new AtomicBoolean();
            Thread first = new Thread(() -> database.inTransaction(tx -> {
                tx.update("UPDATE stock SET reserved = reserved WHERE 1 = 0");
                firstInside.countDown();
                await(releaseFirst);
                return null;
            }));
            first.start();
            firstInside.await();
            Thread second = new Thread(() -> database.inTransaction(tx -> {
                secondRan.set(true);
                return null;
            }));
            second.start();
            while (!secondRan.get() && second.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            assertThat(secondRan).as("the second transaction ran while the first was open").isFalse();
            releaseFirst.countDown();
            first.join();
            second.join();
            assertThat(secondRan).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
