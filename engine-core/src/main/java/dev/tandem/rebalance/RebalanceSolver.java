package dev.tandem.rebalance;

import dev.tandem.rebalance.RebalancePlan;

/**
 * Plans network stock rebalancing: which surplus units to move to which shortages. Implementations are
 * deterministic (the same problem gives the same plan) and thread-safe.
 */
public interface RebalanceSolver {

    /** A short name for plans and reports, such as {@code greedy} or {@code or-tools-min-cost-flow}. */
    String name();

    RebalancePlan solve(RebalanceProblem problem);
}
