package dev.tandem.benchmarks;

import java.util.Arrays;
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

import dev.tandem.solvers.flow.FlowNetwork;
import dev.tandem.solvers.flow.FlowResult;
import dev.tandem.solvers.flow.JGraphTMinCostFlow;
import dev.tandem.solvers.flow.MinCostFlowSolver;
import dev.tandem.solvers.flow.OrToolsMinCostFlow;

/**
 * One minimum-cost flow solve, OR-Tools ({@link OrToolsMinCostFlow}) beside JGraphT's capacity scaling
 * ({@link JGraphTMinCostFlow}), on the same generated rebalancing networks of 50, 500 and 2,000 stores.
 *
 * <p>The networks resemble stock rebalancing (see {@link #rebalancing(int, long)}): half the stores have a surplus
 * of one part and half a shortage, each surplus store may send to its {@value #NEAREST} nearest shortage stores
 * at a cost of its road kilometres a unit, and a slack node lets surplus stay for free and shortage go unmet at
 * {@value #UNMET_COST} a unit, so only moves shorter than that are worth making. About 10 arcs a store. Each
 * invocation is a whole solve from a {@link FlowNetwork} to a {@link dev.tandem.solvers.flow.FlowResult}: copying
 * the network in, solving, and reading (for OR-Tools also verifying) the flows out.
 *
 * <p>Average time in ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FlowBenchmark {

    static final int NEAREST = 20;
    static final long UNMET_COST = 150;
    private static final long SEED = 42L;
    /** The side of the square the stores are spread over, in km: a province. */
    private static final double SIDE_KM = 400;
    private static final double ROAD_FACTOR = 1.3;

    @Param({"50", "500", "2000"})
    public int stores;

    FlowNetwork network;
    final MinCostFlowSolver orTools = new OrToolsMinCostFlow();
    final MinCostFlowSolver jgrapht = new JGraphTMinCostFlow();

    @Setup
    public void setUp() {
        network = rebalancing(stores, SEED);
    }

    @Benchmark
    public FlowResult orTools() {
        return orTools.solve(network);
    }

    @Benchmark
    public FlowResult jgrapht() {
        return jgrapht.solve(network);
    }

    /**
     * A rebalancing network of {@code stores} stores plus a slack node: stores at uniform random places, even ones
     * with a surplus of 1-20 units, odd ones short of 1-20; an arc from each surplus store to each of its
     * {@value #NEAREST} nearest shortage stores, capacity the surplus, unit cost the road km (straight line times
     * {@value #ROAD_FACTOR}, rounded); keeping surplus costs 0, a unit unmet {@value #UNMET_COST}.
     */
    static FlowNetwork rebalancing(int stores, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[stores];
        double[] y = new double[stores];
        FlowNetwork.Builder builder = FlowNetwork.builder(stores);
        for (int store = 0; store < stores; store++) {
            x[store] = random.nextDouble(SIDE_KM);
            y[store] = random.nextDouble(SIDE_KM);
            int units = 1 + random.nextInt(20);
            builder.supply(store, store % 2 == 0 ? units : -units);
        }
        FlowNetwork supplies = builder.build();
        int shortages = stores / 2;
        long[] byDistance = new long[shortages];
        for (int source = 0; source < stores; source += 2) {
            // Pack (distance in metres, store) into one long to sort without boxing.
            int count = 0;
            for (int sink = 1; sink < stores; sink += 2) {
                long metres = Math.round(1000 * Math.hypot(x[source] - x[sink], y[source] - y[sink]));
                byDistance[count++] = metres << 20 | sink;
            }
            Arrays.sort(byDistance, 0, count);
            for (int k = 0; k < Math.min(NEAREST, count); k++) {
                int sink = (int) (byDistance[k] & 0xFFFFF);
                long roadKm = Math.round(ROAD_FACTOR * (byDistance[k] >>> 20) / 1000.0);
                builder.addArc(source, sink, supplies.supply(source), roadKm);
            }
        }
        return builder.build().withSlack(0, UNMET_COST);
    }
}
