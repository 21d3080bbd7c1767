package dev.tandem.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the dispatch solvers on the class path: the greedy baseline always, and the optimizing ones that
 * engine-solvers registers with {@link ServiceLoader} (Timefold; an exact CP-SAT model for small instances).
 */
public final class DispatchSolvers {

    private DispatchSolvers() {
    }

    /** Every solver found, the greedy baseline last. */
    public static List<DispatchSolver> available() {
        List<DispatchSolver> solvers = new ArrayList<>();
        ServiceLoader.load(DispatchSolver.class).forEach(solvers::add);
        solvers.add(new GreedyDispatcher());
        return solvers;
    }

    /** The first solver found: an optimizing one when engine-solvers is on the class path, else the greedy one. */
    public static DispatchSolver preferred() {
        return available().get(0);
    }
}
