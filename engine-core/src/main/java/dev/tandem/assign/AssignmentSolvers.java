package dev.tandem.assign;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the assignment solvers on the class path: the greedy baseline always, and the optimizing ones that
 * engine-solvers registers with {@link ServiceLoader} (Timefold).
 */
public final class AssignmentSolvers {

    private AssignmentSolvers() {
    }

    /** Every solver found, the greedy baseline last. */
    public static List<AssignmentSolver> available() {
        List<AssignmentSolver> solvers = new ArrayList<>();
        ServiceLoader.load(AssignmentSolver.class).forEach(solvers::add);
        solvers.add(new GreedyAssigner());
        return solvers;
    }

    /** The first solver found: an optimizing one when engine-solvers is on the class path, else the greedy one. */
    public static AssignmentSolver preferred() {
        return available().get(0);
    }
}
