package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

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

    /** One run of one policy; {@code events} hears every collaboration as it happens. */
    public PolicyOutcome run(NetworkSnapshot network, Policy policy, long seed,
            Consumer<CollaborationEvent> events) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(events, "events");
        return new NetworkSimulation(network, settings, engines, policy, seed, events).run();
    }

    /** Both policies on each seed. */
    public PolicyComparison compare(NetworkSnapshot network, List<Long> seeds) {
        checkArgument(!seeds.isEmpty(), "At least one seed is needed.");
        List<PolicyOutcome> isolated = new ArrayList<>();
        List<PolicyOutcome> collaborating = new ArrayList<>();
        for (long seed : seeds) {
            isolated.add(run(network, Policy.ISOLATED, seed, event -> { }));
            collaborating.add(run(network, Policy.NETWORK, seed, event -> { }));
        }
        return new PolicyComparison(isolated, collaborating, settings.customerLifetimeValue(), engines.describe());
    }
}
