package dev.tandem.benchmarks;

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
import dev.tandem.network.NetworkSnapshot;

/**
 * Building the live index, {@link LiveNetwork#of}, of the 2,000-store network: the drive index of all 4 million
 * store pairs sorted per store, the stock of every part and the capacity and technician boards. The network is
 * generated in setup, not measured.
 *
 * <p>Single shot: a build is seconds, done once when a service starts, so each iteration is one cold-ish build and
 * the first warmup iteration shows the build before the JIT has compiled it. Each fork runs with
 * {@code -Xmx1g}, so that the run completing at all shows the index fits in 1 GB of heap beside the snapshot it
 * indexes and the garbage of the previous build; keep {@code -Xmx1g} when overriding the JVM arguments
 * ({@code -jvmArgsAppend}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
public class IndexBuildBenchmark {

    @Param({"2000"})
    public int stores;

    NetworkSnapshot network;

    @Setup
    public void generate() {
        network = BenchmarkNetworks.generate(stores);
    }

    @Benchmark
    public LiveNetwork build() {
        return LiveNetwork.of(network);
    }
}
