package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;

import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.dispatch.DispatchSolvers;
import dev.tandem.dispatch.GreedyDispatcher;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.rebalance.RebalanceSolvers;

/**
 * The planning engines the network policy calls each week; emergency transfers and diversion offers come from
 * the matching core itself.
 *
 * @param dispatcher plans the week's support trips
 * @param dispatchLimit the time it gets a week
 * @param rebalancer plans the weekly rebalance
 */
public record SimulationEngines(DispatchSolver dispatcher, Duration dispatchLimit, RebalanceSolver rebalancer) {

    public SimulationEngines {
        Objects.requireNonNull(dispatcher, "dispatcher");
        Objects.requireNonNull(dispatchLimit, "dispatchLimit");
        Objects.requireNonNull(rebalancer, "rebalancer");
        checkArgument(dispatchLimit.compareTo(Duration.ZERO) > 0, "The dispatchLimit (%s) must be positive.",
                dispatchLimit);
    }

    /** The greedy baselines of core: fast and deterministic. */
    public static SimulationEngines greedy() {
        return new SimulationEngines(new GreedyDispatcher(), Duration.ofSeconds(1), new GreedyRebalancer());
    }

    /**
     * The best engines on the class path ({@link java.util.ServiceLoader}); a dispatcher cut by the clock is only
     * reproducible with a move budget, so prefer passing a configured one where runs must repeat exactly.
     */
    public static SimulationEngines preferred(Duration dispatchLimit) {
        return new SimulationEngines(DispatchSolvers.preferred(), dispatchLimit, RebalanceSolvers.preferred());
    }

    /** "dispatch: timefold, rebalance: or-tools-flow". */
    public String describe() {
        return "dispatch: " + dispatcher.name() + ", rebalance: " + rebalancer.name();
    }
}
