package dev.tandem.solvers.flow;

/**
 * Solves minimum-cost flow problems: finds the cheapest flow that meets every node's supply within the arc
 * capacities (see {@link FlowNetwork} for the model).
 *
 * <p>Implementations are thread-safe and keep no state between calls, so one instance serves any number of
 * threads. They report every outcome as a {@link FlowResult} status rather than an exception; they throw only for
 * a {@code null} network or when the solver itself cannot run (such as
 * {@link dev.tandem.solvers.internal.ortools.OrToolsUnavailableException}).
 */
public interface MinCostFlowSolver {

    /**
     * Solves the network.
     *
     * @return the result: {@link FlowStatus#OPTIMAL} with the flows and their exact cost, or another status with
     *         a message saying why
     */
    FlowResult solve(FlowNetwork network);
}
