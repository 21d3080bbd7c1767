package dev.tandem.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.io.ledger.JsonLinesEventLog;
import dev.tandem.io.ledger.LedgerJson;
import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;

/**
 * Several writers on one ledger with a file log: every transfer step applied exactly once, no unit created or
 * lost, and the log on disk replays to the same state.
 */
class LedgerConcurrencyTest {

    private static final int THREADS = 8;
    private static final int TRANSFERS_PER_THREAD = 600;

    @TempDir
    Path dir;

    @Test
    void concurrentWritersLoseNothing() throws Exception {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(12, 6, 0, 5));
        long units = network.stock().stream().mapToLong(StockLevel::onHand).sum();
        Path file = dir.resolve("ledger.jsonl");
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        Ledger ledger;
        try (JsonLinesEventLog log = JsonLinesEventLog.open(file)) {
            ledger = Ledger.of(network, log);
            runTogether(THREADS, thread -> () -> {
                SplittableRandom random = new SplittableRandom(thread);
                for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                    for (LedgerEvent event : transfer(network, random, "T" + thread + "-" + i)) {
                        try {
                            // a second writer repeating the event, as a retried message would
                            applied.addAndGet((ledger.apply(event) ? 1 : 0) + (ledger.apply(event) ? 1 : 0));
                        } catch (LedgerException e) {
                            rejected.incrementAndGet();   // the sender's free stock was taken by another writer
                            break;
                        }
                    }
                }
                return null;
            });
        }

        LedgerState state = ledger.state();
        assertThat(ledger.eventCount()).isEqualTo(applied.get());
        assertThat(state.records().stream().mapToInt(entry -> entry.history().size()).sum())
                .isEqualTo(applied.get());
        assertThat(rejected.get()).as("some contention on stock").isPositive();
        assertThat(state.records()).hasSize(THREADS * TRANSFERS_PER_THREAD);
        assertThat(state.records()).filteredOn(entry -> entry.status() == Status.SETTLED).hasSizeGreaterThan(1_000);
        assertThat(state.unitsOnHand() + state.unitsInTransit() + state.unitsLost()).isEqualTo(units);
        assertThat(LedgerJson.read(file).replay(network).state()).isEqualTo(state);
    }

    @Test
    void writersRacingOnTheSameRequestApplyEachStepOnce() throws Exception {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(6, 3, 0, 9));
        RecordedLog log = new RecordedLog();
        Ledger ledger = Ledger.of(network, log);
        List<List<LedgerEvent>> transfers = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            transfers.add(transfer(network, random, "R" + i));
        }
        AtomicInteger applied = new AtomicInteger();

        runTogether(4, thread -> () -> {
            for (List<LedgerEvent> transfer : transfers) {
                for (LedgerEvent event : transfer) {
                    try {
                        applied.addAndGet(ledger.apply(event) ? 1 : 0);
                    } catch (LedgerException e) {
                        break;
                    }
                }
            }
            return null;
        });

        assertThat(applied.get()).isEqualTo(log.events().size());
        assertThat(Ledger.replay(network, log.events()).state()).isEqualTo(ledger.state());
    }

    /** A transfer's steps, requested to settled, between two stores that hold the part (or not: then it fails). */
    private static List<LedgerEvent> transfer(NetworkSnapshot network, SplittableRandom random, String name) {
        StockLevel source = network.stock().get(random.nextInt(network.stock().size()));
        StoreId to = network.storeAt((network.storeIndex(source.store()) + 1
                + random.nextInt(network.storeCount() - 1)) % network.storeCount()).id();
        PartNumber part = source.part();
        RequestId id = RequestId.of(name);
        int quantity = 1 + random.nextInt(2);
        var at = network.asOf();
        return List.of(new LedgerEvent.Requested(at, new Transfer(id, source.store(), to, part, quantity, false)),
                new LedgerEvent.Accepted(at.plusMinutes(5), id),
                new LedgerEvent.Shipped(at.plusMinutes(15), id, quantity),
                new LedgerEvent.Received(at.plusMinutes(80), id, quantity - random.nextInt(2)),
                new LedgerEvent.Settled(at.plusDays(1), id, Money.ofYuan(50)));
    }

    private interface Task {
        Callable<Void> of(int thread);
    }

    private static void runTogether(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                Callable<Void> work = task.of(thread);
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            for (Future<Void> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
