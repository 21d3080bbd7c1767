package dev.tandem.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.tandem.match.LiveNetwork;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/**
 * One stock update on the live 2,000-store network, in nanoseconds per update (average time: an update is too
 * short for per-call samples to mean much beside the timer's own cost).
 *
 * <ul>
 *   <li>{@link #receiveOrConsume}: one unit arrives at a stock row, and on the next call leaves it again, over
 *       {@value #ROWS} stock rows drawn at random from the network; every consume follows its own thread's
 *       receive of the same row, so stock never goes below what it was and no update throws.</li>
 *   <li>{@link #transferThereAndBack}: one unit moves from one holder of a part to another, and on the next call
 *       back, the atomic two-store update; the source of each pair has at least {@value #MIN_SOURCE_UNITS} units
 *       free, so up to that many benchmark threads ({@code -t}) can never run it dry.</li>
 * </ul>
 * Both stay on rows that exist: joining a store to a part's holders is a one-off {@code O(holders)} insert.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// Fixed, pre-touched heap: see MatchingBenchmark.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class StockUpdateBenchmark {

    /** Rows and pairs precomputed; a power of two so the cursor wraps with a mask. */
    static final int ROWS = 1024;
    static final int MIN_SOURCE_UNITS = 8;
    private static final long ROW_SEED = 7L;

    @Param({"2000"})
    public int stores;

    LiveNetwork live;

    final StoreId[] rowStores = new StoreId[ROWS];
    final PartNumber[] rowParts = new PartNumber[ROWS];

    final StoreId[] pairSources = new StoreId[ROWS];
    final StoreId[] pairDestinations = new StoreId[ROWS];
    final PartNumber[] pairParts = new PartNumber[ROWS];

    /** The step of one benchmark thread: even steps go there, odd steps come back. */
    @State(Scope.Thread)
    public static class Cursor {

        private int step;

        int next() {
            return step++;
        }
    }

    @Setup
    public void setUp() {
        NetworkSnapshot network = BenchmarkNetworks.generate(stores);
        live = LiveNetwork.of(network);
        SplittableRandom random = new SplittableRandom(ROW_SEED);
        List<StockLevel> stock = network.stock();
        for (int i = 0; i < ROWS; i++) {
            StockLevel row = stock.get(random.nextInt(stock.size()));
            rowStores[i] = row.store();
            rowParts[i] = row.part();
        }
        for (int i = 0; i < ROWS; i++) {
            StockLevel source;
            List<StockLevel> holders;
            do {
                source = stock.get(random.nextInt(stock.size()));
                holders = network.stockOfPart(source.part());
            } while (source.available() < MIN_SOURCE_UNITS || holders.size() < 2);
            StockLevel destination;
            do {
                destination = holders.get(random.nextInt(holders.size()));
            } while (destination.store().equals(source.store()));
            pairSources[i] = source.store();
            pairDestinations[i] = destination.store();
            pairParts[i] = source.part();
        }
    }

    @Benchmark
    public void receiveOrConsume(Cursor cursor) {
        int step = cursor.next();
        int row = (step >>> 1) & (ROWS - 1);
        if ((step & 1) == 0) {
            live.receive(rowStores[row], rowParts[row], 1);
        } else {
            live.consume(rowStores[row], rowParts[row], 1);
        }
    }

    @Benchmark
    public void transferThereAndBack(Cursor cursor) {
        int step = cursor.next();
        int pair = (step >>> 1) & (ROWS - 1);
        if ((step & 1) == 0) {
            live.transfer(pairSources[pair], pairDestinations[pair], pairParts[pair], 1);
        } else {
            live.transfer(pairDestinations[pair], pairSources[pair], pairParts[pair], 1);
        }
    }
}
