package dev.tandem.rebalance;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the rebalancing solvers on the class path: the greedy baseline always, and the optimizing ones that
 * engine-solvers registers with {@link ServiceLoader}.
 */
public final class RebalanceSolvers {

    private RebalanceSolvers() {
    }

    /** Every solver found, the greedy baseline last. */
    public static List<RebalanceSolver> available() {
        List<RebalanceSolver> solvers = new ArrayList<>();
        ServiceLoader.load(RebalanceSolver.class).forEach(solvers::add);
        solvers.add(new GreedyRebalancer());
        return solvers;
    }

    /** The best solver found: an optimizing one when engine-solvers is on the class path, else the greedy one. */
    public static RebalanceSolver preferred() {
        return available().get(0);
    }
}
