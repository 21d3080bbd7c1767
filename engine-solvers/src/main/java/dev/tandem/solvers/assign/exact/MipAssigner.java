package dev.tandem.solvers.assign.exact;


import java.time.Duration;
import java.util.OptionalLong;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentSolver;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.solvers.assign.internal.exact.GapModel;
import dev.tandem.solvers.internal.ortools.MipOfCpModel;
import dev.tandem.solvers.internal.ortools.OrToolsUnavailableException;

/**
 * The exact capacitated assignment as a mixed-integer program, solved by SCIP through OR-Tools' {@code MPSolver}: the
 * second yardstick beside {@link CpSatAssigner}. A linear-programming branch and cut proves what CP-SAT's search
 * does not at the sizes of diversion (thousands of items with a few options each), where the LP bound is tight.
 *
 * <p>The program is {@link CpSatAssigner}'s model ({@code GapModel}) given to SCIP by {@link MipOfCpModel}: one
 * binary per allowed (item, bin) pair; per item exactly one of them, or of them and "in no bin" when the greedy
 * baseline leaves items out; per bin its capacity. Lexicographic like {@link Assignment#score()}:
 * when greedy leaves items out, stage one maximizes the items placed, stage two keeps at least that many placed and
 * minimizes the cost. Both stages share the time limit and start from the best answer at hand as SCIP's hint.
 *
 * <p>SCIP works in doubles: its answer is rounded to an assignment whose cost and loads are recomputed exactly, and
 * its bound is lowered by a relative {@code 1e-9} before rounding up, so the bound reported is a proof only up to
 * SCIP's own tolerances. "Optimal" means SCIP closed the gap and the exact cost of the rounded answer is not above
 * that bound.
 *
 * <p>Not registered for {@link java.util.ServiceLoader}: a yardstick, not a production solver. One thread;
 * deterministic when it finishes within the time limit. Thread-safe: each solve builds its own model.
 */
public final class MipAssigner implements AssignmentSolver {

    /** The name in plans and reports. */
    public static final String NAME = "scip-mip-exact";

    @Override
    public String name() {
        return NAME;
    }

    /** Solves exactly; {@code start} only seeds the greedy hint. */
    @Override
    public Assignment solve(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed) {
        return solveExactly(problem, start, timeLimit).assignment();
    }

    public ExactAssignment solveExactly(AssignmentProblem problem, Duration timeLimit) {
        return solveExactly(problem, Assignment.empty(problem), timeLimit);
    }

    /**
     * Solves and reports whether the answer is proven optimal, and else SCIP's bound on the cost.
     *
     * @throws OrToolsUnavailableException if OR-Tools cannot load on this platform or has no SCIP
     * @throws IllegalStateException if SCIP answers with an assignment that breaks a capacity, which is a bug here
     */
    public ExactAssignment solveExactly(AssignmentProblem problem, Assignment start, Duration timeLimit) {
        ExactAssignment.checkArguments(problem, start, timeLimit);
        long started = System.nanoTime();
        long deadline = started + timeLimit.toNanos();
        Assignment greedy = new GreedyAssigner().solve(problem, start, timeLimit, 0L);
        GapModel model = GapModel.ofWhole(problem, greedy.unassignedCount() > 0);

        Assignment best = greedy;
        boolean placementProven = greedy.unassignedCount() == 0;
        if (!placementProven) {
            model.hint(greedy.bins());
            MipOfCpModel.Result first = MipOfCpModel.minimize(model.cpModel(), model.unplaced(), left(deadline));
            if (first.best().isEmpty()) {
                return new ExactAssignment(greedy, ExactStatus.UNKNOWN, OptionalLong.empty(), since(started));
            }
            Assignment placed = read(first, model, problem);
            best = placed.unassignedCount() < best.unassignedCount() ? placed : best;
            placementProven = first.optimal();
            model.capUnassigned(best.unassignedCount());
        }
        if (System.nanoTime() >= deadline) {
            return new ExactAssignment(best, ExactStatus.FEASIBLE, OptionalLong.empty(), since(started));
        }
        model.hint(best.bins());
        MipOfCpModel.Result second = MipOfCpModel.minimize(model.cpModel(), model.cost(), left(deadline));
        Assignment solved = second.best().isPresent() ? read(second, model, problem) : null;
        Assignment found = solved != null && solved.unassignedCount() <= best.unassignedCount()
                && solved.totalCost() <= best.totalCost() ? solved : best;
        OptionalLong bound = placementProven && second.bound().isPresent()
                ? OptionalLong.of(Math.min(found.totalCost(), second.bound().getAsLong()))
                : OptionalLong.empty();
        boolean optimal = placementProven && second.optimal() && bound.equals(OptionalLong.of(found.totalCost()));
        return new ExactAssignment(found, optimal ? ExactStatus.OPTIMAL : ExactStatus.FEASIBLE, bound,
                since(started));
    }

    /** SCIP's answer as an assignment, its cost and loads recomputed exactly. */
    private static Assignment read(MipOfCpModel.Result solution, GapModel model, AssignmentProblem problem) {
        int[] bins = new int[problem.itemCount()];
        model.readInto(solution, bins);
        Assignment assignment = new Assignment(problem, bins);
        if (assignment.overload() > 0) {
            throw new IllegalStateException("SCIP's answer overloads a bin by " + assignment.overload()
                    + "; the program is wrong.");
        }
        return assignment;
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
