package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import dev.tandem.network.NetworkSnapshot;

/**
 * Simulates a service network under both policies on the same customers and compares them.
 *
 * <pre>{@code
 * PolicyComparison comparison = new NetworkSimulator(SimulationSettings.DEFAULT, SimulationEngines.greedy())
 *         .compare(SampleNetworks.southChina(), List.of(1L, 2L, 3L));
 * System.out.print(comparison.table());
 * }</pre>
 *
 * <p>Deterministic: the same network, settings, engines and seeds give the same outcomes, provided the engines
 * are (the greedy ones are; a Timefold dispatcher needs a move budget). Thread-safe: each run has its own state.
 */
public final class NetworkSimulator {

    private final SimulationSettings settings;
    private final SimulationEngines engines;

    public NetworkSimulator(SimulationSettings settings, SimulationEngines engines) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.engines = Objects.requireNonNull(engines, "engines");
    }

    public SimulationSettings settings() {
        return settings;
    }

    public SimulationEngines engines() {
        return engines;
    }

    /** One run of one policy; {@code listener} hears each week's start and every collaboration as it happens. */
    public PolicyOutcome run(NetworkSnapshot network, Policy policy, long seed,
            SimulationListener listener) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(listener, "listener");
        return new NetworkSimulation(network, settings, engines, policy, seed, listener).run();
    }

    /**
     * Both policies on each seed. The runs are independent and go in parallel on the common fork-join pool; the
     * outcomes are the same as run one by one.
     */
    public PolicyComparison compare(NetworkSnapshot network, List<Long> seeds) {
        return compare(network, seeds, SimulationListener.NONE);
    }

    /**
     * Both policies on each seed, as {@link #compare(NetworkSnapshot, List)}; {@code firstNetworkRun} hears the
     * network policy on the first seed.
     */
    public PolicyComparison compare(NetworkSnapshot network, List<Long> seeds, SimulationListener firstNetworkRun) {
        checkArgument(!seeds.isEmpty(), "At least one seed is needed.");
        Objects.requireNonNull(firstNetworkRun, "firstNetworkRun");
        List<Long> order = List.copyOf(seeds);
        List<PolicyOutcome> outcomes = IntStream.range(0, 2 * order.size()).parallel()
                .mapToObj(i -> run(network, i % 2 == 0 ? Policy.NETWORK : Policy.ISOLATED, order.get(i / 2),
                        i == 0 ? firstNetworkRun : SimulationListener.NONE))
                .toList();
        List<PolicyOutcome> isolated = new ArrayList<>();
        List<PolicyOutcome> collaborating = new ArrayList<>();
        for (PolicyOutcome outcome : outcomes) {
            (outcome.policy() == Policy.ISOLATED ? isolated : collaborating).add(outcome);
        }
        return new PolicyComparison(isolated, collaborating, settings.customerLifetimeValue(), engines.describe());
    }

    /**
     * The ablation over the settings' levers: the isolated stores once per seed, and the network with each lever
     * alone, all but each, and all ({@link Ablation#variantsOf}), all runs in parallel.
     */
    public Ablation ablate(NetworkSnapshot network, List<Long> seeds) {
        checkArgument(!seeds.isEmpty(), "At least one seed is needed.");
        checkArgument(!settings.levers().isEmpty(), "An ablation needs at least one lever in the settings.");
        List<Long> order = List.copyOf(seeds);
        List<Set<Lever>> variants = Ablation.variantsOf(settings.levers());
        List<PolicyOutcome> isolated = order.parallelStream()
                .map(seed -> run(network, Policy.ISOLATED, seed, SimulationListener.NONE)).toList();
        List<List<PolicyOutcome>> runs = variants.parallelStream()
                .map(levers -> {
                    NetworkSimulator variant = new NetworkSimulator(settings.withLevers(levers), engines);
                    return order.parallelStream()
                            .map(seed -> variant.run(network, Policy.NETWORK, seed, SimulationListener.NONE)).toList();
                }).toList();
        Map<Set<Lever>, PolicyComparison> comparisons = new LinkedHashMap<>();
        for (int v = 0; v < variants.size(); v++) {
            comparisons.put(variants.get(v), new PolicyComparison(isolated, runs.get(v),
                    settings.customerLifetimeValue(), engines.describe()));
        }
        return new Ablation(comparisons);
    }
}
