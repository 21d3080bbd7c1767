package dev.tandem.benchmarks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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

import dev.tandem.advise.AdviceSettings;
import dev.tandem.advise.CapacityQueues;
import dev.tandem.advise.Choice;
import dev.tandem.advise.CustomerAdvisor;
import dev.tandem.advise.Queues;
import dev.tandem.advise.StuckCustomer;
import dev.tandem.match.LiveNetwork;
import dev.tandem.match.MatchSettings;
import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.simulate.CustomerBehaviour;

/**
 * One decision for one stuck customer ({@link CustomerAdvisor#advise}) on generated networks of 15, 200 and 2,000
 * stores (see {@link BenchmarkNetworks}): every remedy weighed, each through the matching core.
 *
 * <p>Each invocation answers the next of {@value #CUSTOMERS} fixed pseudo-random customers, a third of each kind:
 * a missing part (a stock row of the store, so transfers are searched), a skill the store may lack (HV_SYSTEM or
 * ADAS at T3, so visits are searched day by day and escalation priced), and a long queue (diversion weighed against
 * waiting). Queues come from the capacity board ({@link CapacityQueues}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class AdvisorBenchmark {

    /** Customers precomputed; a power of two so the cursor wraps with a mask. */
    public static final int CUSTOMERS = 1024;
    private static final long SEED = 42L;
    private static final List<Skill> SKILLS = List.of(Skill.GENERAL, Skill.BODY_PAINT);

    @Param({"15", "200", "2000"})
    public int stores;

    CustomerAdvisor advisor;
    Queues queues;
    final StuckCustomer[] customers = new StuckCustomer[CUSTOMERS];

    /** The position of one benchmark thread in the customers. */
    @State(Scope.Thread)
    public static class Cursor {

        private int next;

        int next() {
            return next++ & (CUSTOMERS - 1);
        }
    }

    @Setup
    public void setUp() {
        NetworkSnapshot network = BenchmarkNetworks.generate(stores);
        LiveNetwork live = LiveNetwork.of(network);
        advisor = new CustomerAdvisor(live, AdviceSettings.of(CustomerBehaviour.DEFAULT));
        queues = new CapacityQueues(live, MatchSettings.DEFAULT.hoursPerJob());
        SplittableRandom random = new SplittableRandom(SEED);
        OffsetDateTime at = network.asOf();
        for (int i = 0; i < CUSTOMERS; i++) {
            var store = network.storeAt(random.nextInt(network.storeCount())).id();
            double hours = 1 + random.nextInt(4);
            customers[i] = switch (i % 3) {
                case 0 -> {
                    List<StockLevel> rows = network.stockOfStore(store);
                    StuckCustomer plain = StuckCustomer.of(store, at, hours, Skill.GENERAL, Level.T1);
                    yield rows.isEmpty() ? plain : plain.withPart(rows.get(random.nextInt(rows.size())).part());
                }
                case 1 -> StuckCustomer.of(store, at, hours, random.nextBoolean() ? Skill.HV_SYSTEM : Skill.ADAS,
                        Level.T3);
                default -> new StuckCustomer(store, at, hours, SKILLS.get(random.nextInt(SKILLS.size())), Level.T1,
                        Optional.empty());
            };
        }
    }

    @Benchmark
    public Choice advise(Cursor cursor) {
        return advisor.advise(customers[cursor.next()], queues);
    }
}
