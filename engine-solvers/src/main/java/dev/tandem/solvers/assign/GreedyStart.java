package dev.tandem.solvers.assign;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.assign.internal.CapacityPrices;
import dev.tandem.solvers.assign.internal.domain.AssignmentSolution;

/**
 * The construction phase of {@link TimefoldAssigner}, a Timefold custom phase: the greedy baseline (MTHG with each
 * of its desirability measures, the best kept) from the working solution's placement, which it keeps where it fits.
 * Timefold's own construction heuristics place items one by one where they are cheapest and leave many unplaced on
 * tight instances; MTHG's regret order places every item on the usual instances in milliseconds.
 */
final class GreedyStart implements PhaseCommand<AssignmentSolution> {

    /** Subgradient steps for the capacity prices: a fraction of a second at 100,000 pairs. */
    private static final int PRICE_ITERATIONS = 400;

    private final AssignmentProblem problem;
    private final SearchLog log;

    GreedyStart(AssignmentProblem problem, SearchLog log) {
        this.problem = problem;
        this.log = log;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<AssignmentSolution> director, BooleanSupplier terminated) {
        AssignmentSolution solution = director.getWorkingSolution();
        Assignment start = solution.toAssignment(problem);
        GreedyAssigner greedy = new GreedyAssigner();
        Assignment best = greedy.solve(problem, start, Duration.ZERO, 0L);
        if (best.isFeasible() && !terminated.getAsBoolean()) {
            CapacityPrices prices = CapacityPrices.of(problem, best.totalCost(), PRICE_ITERATIONS);
            Assignment fresh = greedy.solve(problem, start, prices.prices());
            best = fresh.score().compareTo(best.score()) < 0 ? fresh : best;
            log.bound(prices.lowerBound());
        }
        solution.place(director, best.bins());
        log.improved("construction", best.score());
    }
}
