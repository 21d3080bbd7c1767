package dev.tandem.match;

import static dev.tandem.match.MatchFixtures.A;
import static dev.tandem.match.MatchFixtures.B;
import static dev.tandem.match.MatchFixtures.C;
import static dev.tandem.match.MatchFixtures.D;
import static dev.tandem.match.MatchFixtures.E;
import static dev.tandem.match.MatchFixtures.LAMP;
import static dev.tandem.match.MatchFixtures.R;
import static dev.tandem.match.MatchFixtures.TODAY;
import static dev.tandem.match.MatchFixtures.stock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;

/** Many threads query and update one live network; no reader ever sees a half-applied or negative state. */
class LiveNetworkConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int READERS = 4;
    private static final int UPDATES_PER_WRITER = 20_000;

    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);

    @AfterEach
    void shutDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void transfersConserveUnitsAndQueriesNeverSeeThemHalfWay() throws Exception {
        LiveNetwork live = LiveNetwork.of(MatchFixtures.line()
                .addStock(stock(A, 5, 0, 0, 0.1)).addStock(stock(B, 0, 0, 0, 0.1))
                .addStock(stock(C, 4, 0, 0, 0.1)).addStock(stock(D, 4, 0, 0, 0.1))
                .addStock(stock(E, 4, 0, 0, 0.1))
                .build());
        IndexedTransferAdvisor advisor = new IndexedTransferAdvisor(live, MatchSettings.DEFAULT);
        List<StoreId> shuffled = List.of(C, D, E);
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        // One writer moves the 5 units of A and B back and forth as a whole: a reader must see them at one store.
        futures.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < UPDATES_PER_WRITER; i++) {
                live.transfer(i % 2 == 0 ? A : B, i % 2 == 0 ? B : A, LAMP, 5);
            }
            return null;
        }));
        for (int w = 1; w < WRITERS; w++) {
            int seed = w;
            futures.add(pool.submit(() -> {
                start.await();
                SplittableRandom random = new SplittableRandom(seed);
                for (int i = 0; i < UPDATES_PER_WRITER; i++) {
                    StoreId from = shuffled.get(random.nextInt(3));
                    StoreId to = shuffled.get(random.nextInt(3));
                    try {
                        if (!from.equals(to)) {
                            live.transfer(from, to, LAMP, 1);
                        }
                    } catch (IllegalStateException empty) {
                        // the source ran dry meanwhile; nothing changed
                    }
                }
                return null;
            }));
        }
        AtomicInteger reads = new AtomicInteger();
        for (int r = 0; r < READERS; r++) {
            futures.add(pool.submit((Callable<Void>) () -> {
                start.await();
                while (writing.get()) {
                    assertThat(live.totalOnHand(LAMP)).isEqualTo(17);
                    TransferAdvice advice = advisor.advise(TransferRequest.of(R, LAMP, 5).withLimit(5));
                    long holdingTheFive = advice.options().stream()
                            .filter(option -> option.source().id().equals(A) || option.source().id().equals(B))
                            .peek(option -> assertThat(option.spare()).isEqualTo(5))
                            .count();
                    assertThat(holdingTheFive).as("A and B together hold the 5 units at one of them").isOne();
                    assertThat(advice.options()).allSatisfy(option -> assertThat(option.quantity()).isPositive());
                    reads.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (int i = 0; i < WRITERS; i++) {
            futures.get(i).get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }

        assertThat(reads.get()).isPositive();
        assertThat(live.totalOnHand(LAMP)).isEqualTo(17);
        assertThat(live.snapshot().stock()).allSatisfy(level -> assertThat(level.onHand()).isNotNegative());
    }

    @Test
    void concurrentBookingsAddUpAndNeverGoNegative() throws Exception {
        LiveNetwork live = LiveNetwork.of(MatchFixtures.line().addCapacity(MatchFixtures.day(A, 20, 10)).build());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < UPDATES_PER_WRITER; i++) {
                    live.book(A, TODAY, 1);
                    live.book(A, TODAY, -1);
                }
                live.book(A, TODAY, 2);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }

        assertThat(live.capacity(A, TODAY).orElseThrow().booked()).isEqualTo(10 + 2 * WRITERS);
    }

    /**
     * A writer spreads each part, unit by unit, from the one store that holds it to stores that never held it, so
     * every move inserts a holder row (shifting the rows after it, and now and then growing the arrays), while
     * readers query the same parts on the optimistic path: each sees every unit exactly once.
     */
    @Test
    void addingHolderRowsWhileOptimisticReadersRunNeverShowsAHalfMove() throws Exception {
        int stores = 120;
        int parts = 6;
        int units = 3 * stores;
        NetworkSnapshot.Builder builder = MatchFixtures.line();
        List<StoreId> holders = new ArrayList<>();
        for (int s = 0; s < stores; s++) {
            holders.add(StoreId.of(String.format("S%03d", s)));
            builder.addStore(MatchFixtures.store(holders.get(s).value(), 5 + 2.0 * s));
        }
        List<PartNumber> partNumbers = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            partNumbers.add(PartNumber.of("P" + p));
            builder.addPart(Part.of("P" + p, "Part " + p, Money.ofYuan(100)));
            // The last store holds them all: each new holder is inserted before it, shifting its row.
            builder.addStock(new StockLevel(holders.get(stores - 1), partNumbers.get(p), units, 0, 0, 0.1,
                    Optional.empty()));
        }
        LiveNetwork live = LiveNetwork.of(builder.build());
        IndexedTransferAdvisor advisor = new IndexedTransferAdvisor(live, MatchSettings.DEFAULT);
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        futures.add(pool.submit(() -> {
            start.await();
            while (reads.get() == 0) {
                Thread.onSpinWait();   // the readers must be running before the rows move
            }
            for (PartNumber part : partNumbers) {
                for (int s = stores - 2; s >= 0; s--) {
                    live.transfer(holders.get(stores - 1), holders.get(s), part, 1);
                }
            }
            return null;
        }));
        for (int r = 0; r < READERS; r++) {
            int seed = r;
            futures.add(pool.submit((Callable<Void>) () -> {
                start.await();
                SplittableRandom random = new SplittableRandom(seed);
                while (writing.get()) {
                    PartNumber part = partNumbers.get(random.nextInt(parts));
                    assertThat(live.totalOnHand(part)).isEqualTo(units);
                    TransferAdvice advice = advisor.advise(TransferRequest.of(R, part, 1).withLimit(stores + 10));
                    assertThat(advice.options().stream().mapToInt(TransferOption::spare).sum())
                            .as("every unit of %s at exactly one holder", part).isEqualTo(units);
                    reads.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        futures.get(0).get(60, TimeUnit.SECONDS);
        writing.set(false);
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }

        assertThat(reads.get()).isPositive();
        for (PartNumber part : partNumbers) {
            assertThat(live.snapshot().stockOfPart(part)).hasSize(stores);
        }
    }

    /**
     * A writer raises a day's capacity, then books one more job, again and again: capacity minus bookings is 1 or
     * 2 at every moment, and a reader must never see a capacity of one moment with the bookings of another.
     */
    @Test
    void aDaysCapacityAndBookingsAreReadTogether() throws Exception {
        LiveNetwork live = LiveNetwork.of(MatchFixtures.line().addCapacity(MatchFixtures.day(A, 1, 0)).build());
        int steps = 300_000;
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        futures.add(pool.submit(() -> {
            start.await();
            for (int booked = 0; booked < steps; booked++) {
                live.setCapacity(A, TODAY, booked + 2);
                live.book(A, TODAY, 1);
            }
            return null;
        }));
        AtomicInteger torn = new AtomicInteger();
        for (int r = 0; r < READERS; r++) {
            futures.add(pool.submit((Callable<Void>) () -> {
                start.await();
                while (writing.get()) {
                    CapacityDay day = live.capacity(A, TODAY).orElseThrow();
                    int free = day.capacity() - day.booked();
                    if (free < 1 || free > 2) {
                        torn.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        futures.get(0).get(60, TimeUnit.SECONDS);
        writing.set(false);
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }

        assertThat(torn.get()).as("reads of a capacity and bookings that never stood together").isZero();
        assertThat(live.capacity(A, TODAY).orElseThrow()).isEqualTo(new CapacityDay(A, TODAY, steps + 1, steps));
    }

    @Test
    void exactlyOneOfManyOverlappingTripsIsBooked() throws Exception {
        TimeWindow friday = MatchFixtures.window("2026-11-27T08:00:00+08:00", "2026-11-27T18:00:00+08:00");
        LiveNetwork live = LiveNetwork.of(MatchFixtures.line()
                .addTechnician(MatchFixtures.technician("a", A, Level.T3, Skill.HV_SYSTEM, TechnicianStatus.ON_DUTY,
                        friday))
                .build());
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger booked = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < WRITERS + READERS; w++) {
            int hour = 10 + w % 4;
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    live.bookTrip(TechnicianId.of("a"), MatchFixtures.window(
                            "2026-11-27T" + hour + ":00:00+08:00", "2026-11-27T" + (hour + 5) + ":00:00+08:00"));
                    booked.incrementAndGet();
                } catch (IllegalStateException overlapping) {
                    // refused: it overlaps the trip another thread booked
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }

        assertThat(booked.get()).isOne();
    }
}
