package dev.tandem.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
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
import dev.tandem.match.MatchSettings;
import dev.tandem.match.ReceivingMatch;
import dev.tandem.match.ReceivingRequest;
import dev.tandem.match.ReceivingStoreMatcher;
import dev.tandem.match.TechnicianMatch;
import dev.tandem.match.TechnicianMatcher;
import dev.tandem.match.TechnicianRequest;
import dev.tandem.match.TransferAdvice;
import dev.tandem.match.TransferAdvisor;
import dev.tandem.match.TransferRequest;
import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;

/**
 * The three matching queries, the indexed implementation beside the straightforward scanning one, on generated
 * networks of 15, 200 and 2,000 stores (see {@link BenchmarkNetworks}).
 *
 * <p>Each invocation answers the next of {@value #REQUESTS} fixed pseudo-random requests, so the timings are
 * over a realistic mix rather than one request the caches learn:
 * <ul>
 *   <li>transfer: a random store needs 1-3 units of a part drawn by the generator's own popularity curve
 *       ({@code rank^-0.9}), so about a third of the requests are for the hundred most held parts and the rest
 *       reach into the long tail, where few stores hold the part, a split is needed or nobody has it; 2-hour
 *       promise, top 5;</li>
 *   <li>technician: a random store needs one of the four skills at T2 or T3, 13:00-17:00 on one of the days the
 *       generated support windows cover (tomorrow to six days on), top 5;</li>
 *   <li>receiving: a random store diverts a 2, 3 or 4-hour job needing one of the four skills today, within an
 *       hour's drive, top 5.</li>
 * </ul>
 * Nothing updates the network during the run, so the scanning transfer advisor, which reads the snapshot, and the
 * indexed one, which reads the live stock, give the same answers (the benchmark tests check that they do).
 *
 * <p>At 2,000 stores the indexes take some 75 MB, so a query after a thousand others finds little of its data in
 * the CPU caches, as a service answering now and then would: the timings include those cache misses, and one
 * request repeated in a loop runs several times faster than the mix.
 *
 * <p>Sample time, so the report has the percentiles: the targets are on the median ({@code p0.50}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed, pre-touched heap, as a service would run: a heap that grows during the run touches fresh pages inside
// the measured calls, and on this VM such page faults took more time than the queries themselves.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class MatchingBenchmark {

    /** Requests precomputed per query; a power of two so the cursor wraps with a mask. */
    public static final int REQUESTS = 1024;
    private static final long REQUEST_SEED = 42L;
    /** The exponent of the generator's part popularity, {@code rank^-0.9}. */
    private static final double POPULARITY_EXPONENT = -0.9;
    private static final List<Skill> SKILLS = List.of(Skill.GENERAL, Skill.HV_SYSTEM, Skill.BODY_PAINT, Skill.ADAS);

    @Param({"15", "200", "2000"})
    public int stores;

    TransferAdvisor indexedTransfers;
    TransferAdvisor scanningTransfers;
    TechnicianMatcher indexedTechnicians;
    TechnicianMatcher scanningTechnicians;
    ReceivingStoreMatcher indexedReceiving;
    ReceivingStoreMatcher scanningReceiving;

    final TransferRequest[] transferRequests = new TransferRequest[REQUESTS];
    final TechnicianRequest[] technicianRequests = new TechnicianRequest[REQUESTS];
    final ReceivingRequest[] receivingRequests = new ReceivingRequest[REQUESTS];

    /** The position of one benchmark thread in the request arrays. */
    @State(Scope.Thread)
    public static class Cursor {

        private int next;

        int next() {
            return next++ & (REQUESTS - 1);
        }
    }

    @Setup
    public void setUp() {
        NetworkSnapshot network = BenchmarkNetworks.generate(stores);
        LiveNetwork live = LiveNetwork.of(network);
        MatchSettings settings = MatchSettings.DEFAULT;
        indexedTransfers = TransferAdvisor.indexed(live, settings);
        scanningTransfers = TransferAdvisor.scanning(network, live.drives(), settings);
        indexedTechnicians = TechnicianMatcher.indexed(live, settings);
        scanningTechnicians = TechnicianMatcher.scanning(live, settings);
        indexedReceiving = ReceivingStoreMatcher.indexed(live, settings);
        scanningReceiving = ReceivingStoreMatcher.scanning(live, settings);
        generateRequests(network, BenchmarkNetworks.spec(stores).days());
    }

    private void generateRequests(NetworkSnapshot network, int days) {
        SplittableRandom random = new SplittableRandom(REQUEST_SEED);
        double[] popularity = cumulativePopularity(network.partCount());
        LocalDate today = network.today();
        for (int i = 0; i < REQUESTS; i++) {
            transferRequests[i] = TransferRequest.of(randomStore(network, random),
                    network.partAt(byPopularity(popularity, random)).number(), 1 + random.nextInt(3));

            // The generator opens support windows from tomorrow for `days` days; the capacity board ends a day
            // earlier, and 13:00-17:00 lies inside both its 08:00-18:00 and 13:00-18:00 windows.
            OffsetDateTime start = today.plusDays(1 + random.nextInt(days - 1)).atTime(13, 0)
                    .atOffset(network.asOf().getOffset());
            technicianRequests[i] = TechnicianRequest.of(randomStore(network, random), randomSkill(random),
                    random.nextBoolean() ? Level.T2 : Level.T3, TimeWindow.of(start, start.withHour(17)));

            receivingRequests[i] = ReceivingRequest.of(randomStore(network, random), 2 + random.nextInt(3),
                    randomSkill(random), today);
        }
    }

    private static double[] cumulativePopularity(int parts) {
        double[] cumulative = new double[parts];
        double total = 0;
        for (int rank = 0; rank < parts; rank++) {
            total += Math.pow(rank + 1, POPULARITY_EXPONENT);
            cumulative[rank] = total;
        }
        return cumulative;
    }

    /** A part index; the generator ranks parts by popularity in catalogue order. */
    private static int byPopularity(double[] cumulative, SplittableRandom random) {
        double roll = random.nextDouble(cumulative[cumulative.length - 1]);
        int at = Arrays.binarySearch(cumulative, roll);
        return at >= 0 ? at : -at - 1;
    }

    private static StoreId randomStore(NetworkSnapshot network, SplittableRandom random) {
        return network.storeAt(random.nextInt(network.storeCount())).id();
    }

    private static Skill randomSkill(SplittableRandom random) {
        return SKILLS.get(random.nextInt(SKILLS.size()));
    }

    /** Set up for {@code storeCount} stores, outside JMH: for the quality harness and the tests. */
    public static MatchingBenchmark at(int storeCount) {
        MatchingBenchmark benchmark = new MatchingBenchmark();
        benchmark.stores = storeCount;
        benchmark.setUp();
        return benchmark;
    }

    public TransferAdvice transferIndexed(int i) {
        return indexedTransfers.advise(transferRequests[i]);
    }

    public TransferAdvice transferScanning(int i) {
        return scanningTransfers.advise(transferRequests[i]);
    }

    public TechnicianMatch technicianIndexed(int i) {
        return indexedTechnicians.match(technicianRequests[i]);
    }

    public TechnicianMatch technicianScanning(int i) {
        return scanningTechnicians.match(technicianRequests[i]);
    }

    public ReceivingMatch receivingIndexed(int i) {
        return indexedReceiving.match(receivingRequests[i]);
    }

    public ReceivingMatch receivingScanning(int i) {
        return scanningReceiving.match(receivingRequests[i]);
    }

    @Benchmark
    public TransferAdvice transferIndexed(Cursor cursor) {
        return transferIndexed(cursor.next());
    }

    @Benchmark
    public TransferAdvice transferScanning(Cursor cursor) {
        return transferScanning(cursor.next());
    }

    @Benchmark
    public TechnicianMatch technicianIndexed(Cursor cursor) {
        return technicianIndexed(cursor.next());
    }

    @Benchmark
    public TechnicianMatch technicianScanning(Cursor cursor) {
        return technicianScanning(cursor.next());
    }

    @Benchmark
    public ReceivingMatch receivingIndexed(Cursor cursor) {
        return receivingIndexed(cursor.next());
    }

    @Benchmark
    public ReceivingMatch receivingScanning(Cursor cursor) {
        return receivingScanning(cursor.next());
    }
}
