package dev.tandem.solvers.assign;

import java.util.function.BooleanSupplier;
import java.util.function.Function;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import dev.tandem.assign.AssignmentProblem;
import dev.tandem.solvers.assign.internal.domain.AssignmentSolution;

/**
 * What one solve of {@link TimefoldAssigner} tells its custom phases: carried by the working solution, so that the
 * solver factory, and the phase commands in its configuration, serve every solve.
 *
 * @param problem the problem being solved
 * @param seed the seed of the search's own random choices
 * @param stepLimit the steps the improvement phase may take
 * @param log where the phases report
 */
record AssignmentSearch(AssignmentProblem problem, long seed, long stepLimit, SearchLog log) {

    /** A custom phase that builds the phase of each solve from that solve's search. */
    static PhaseCommand<AssignmentSolution> perSolve(Function<AssignmentSearch, PhaseCommand<AssignmentSolution>> phase) {
        return new PerSolve(phase);
    }

    private record PerSolve(Function<AssignmentSearch, PhaseCommand<AssignmentSolution>> phase)
            implements PhaseCommand<AssignmentSolution> {

        @Override
        public void changeWorkingSolution(ScoreDirector<AssignmentSolution> director, BooleanSupplier terminated) {
            AssignmentSearch search = (AssignmentSearch) director.getWorkingSolution().getSearchContext();
            phase.apply(search).changeWorkingSolution(director, terminated);
        }
    }
}
