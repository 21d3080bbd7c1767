package dev.tandem.rebalance;

import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;


/**
 * Plans network stock rebalancing: which surplus units to move to which shortages. Implementations are
 * deterministic (the same problem gives the same plan) and thread-safe.
 */
public interface RebalanceSolver {

    /** A short name for plans and reports, such as {@code greedy} or {@code or-tools-min-cost-flow}. */
    String name();

    RebalancePlan solve(RebalanceProblem problem);

    /**
     * Solves within {@code limits}, ending early with a valid plan when {@code control} asks to stop, and telling
     * {@code control} of each better plan. The default solves at once and ignores both: right for a quick
     * construction.
     */
    default RebalancePlan solve(RebalanceProblem problem, SolveLimits limits, SolveControl control) {
        RebalancePlan plan = solve(problem);
        control.improved("construction", "net " + plan.net());
        return plan;
    }
}
