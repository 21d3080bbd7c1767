package dev.tandem.examples.cli;

import java.util.List;
import java.util.function.Supplier;

import dev.tandem.assign.AssignmentSolver;
import dev.tandem.assign.AssignmentSolvers;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.dispatch.DispatchSolvers;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.rebalance.RebalanceSolvers;

/**
 * Where the commands find their solvers, each list best first and the core's baseline last: the class path in
 * use, other lists in tests.
 */
record SolverLists(Supplier<List<RebalanceSolver>> rebalancers, Supplier<List<DispatchSolver>> dispatchers,
        Supplier<List<AssignmentSolver>> assigners) {

    /** The solvers found on the class path. */
    static final SolverLists ON_CLASS_PATH = new SolverLists(RebalanceSolvers::available,
            DispatchSolvers::available, AssignmentSolvers::available);
}
