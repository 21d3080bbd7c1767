package dev.tandem.simulate;

import java.util.Objects;

import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.rebalance.RebalanceSolvers;

/**
 * The planning engine the network policy calls each week; emergency transfers, support visits and diversions are
 * decided customer by customer by the collaboration advisor on the matching core.
 *
 * @param rebalancer plans the weekly rebalance
 */
public record SimulationEngines(RebalanceSolver rebalancer) {

    public SimulationEngines {
        Objects.requireNonNull(rebalancer, "rebalancer");
    }

    /** The greedy baseline of core: fast and deterministic. */
    public static SimulationEngines greedy() {
        return new SimulationEngines(new GreedyRebalancer());
    }

    /** The best rebalancer on the class path ({@link java.util.ServiceLoader}), such as OR-Tools' min-cost flow. */
    public static SimulationEngines preferred() {
        return new SimulationEngines(RebalanceSolvers.preferred());
    }

    /** "rebalance: or-tools-min-cost-flow". */
    public String describe() {
        return "rebalance: " + rebalancer.name();
    }
}
