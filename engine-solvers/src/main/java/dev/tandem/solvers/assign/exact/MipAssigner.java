package dev.tandem.solvers.assign.exact;


import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalLong;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentSolver;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.solvers.internal.ortools.OrToolsNative;
import dev.tandem.solvers.internal.ortools.OrToolsUnavailableException;

/**
 * The exact capacitated assignment as a mixed-integer program, solved by SCIP through OR-Tools' {@code MPSolver}: the
 * second yardstick beside {@link CpSatAssigner}. A linear-programming branch and cut proves what CP-SAT's search
 * does not at the sizes of diversion (thousands of items with a few options each), where the LP bound is tight.
 *
 * <p>One binary per allowed (item, bin) pair; per item at most one (exactly one when the greedy baseline places
 * every item, since then nothing can place more); per bin its capacity. Lexicographic like {@link Assignment#score()}:
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

    private static final double BOUND_TOLERANCE = 1e-9;

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
        boolean placeAll = greedy.unassignedCount() == 0;

        Program program = Program.of(problem, placeAll);
        Assignment best = greedy;
        boolean placementProven = placeAll;
        if (!placeAll) {
            program.maximizePlaced();
            Outcome first = program.solve(best, deadline);
            if (first.assignment() == null) {
                return new ExactAssignment(greedy, ExactStatus.UNKNOWN, OptionalLong.empty(), since(started));
            }
            if (first.assignment().unassignedCount() < best.unassignedCount()) {
                best = first.assignment();
            }
            placementProven = first.optimal();
            program.keepPlaced(problem.itemCount() - best.unassignedCount());
        }
        if (System.nanoTime() >= deadline) {
            return new ExactAssignment(best, ExactStatus.FEASIBLE, OptionalLong.empty(), since(started));
        }
        program.minimizeCost();
        Outcome second = program.solve(best, deadline);
        Assignment found = second.assignment() != null && second.assignment().unassignedCount() <= best.unassignedCount()
                && second.assignment().totalCost() <= best.totalCost() ? second.assignment() : best;
        OptionalLong bound = placementProven && second.bound().isPresent()
                ? OptionalLong.of(Math.min(found.totalCost(), second.bound().getAsLong()))
                : OptionalLong.empty();
        boolean optimal = placementProven && second.optimal() && bound.equals(OptionalLong.of(found.totalCost()));
        return new ExactAssignment(found, optimal ? ExactStatus.OPTIMAL : ExactStatus.FEASIBLE, bound,
                since(started));
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** What one SCIP solve gave: an assignment (null when none), its bound rounded up, whether it closed the gap. */
    private record Outcome(Assignment assignment, OptionalLong bound, boolean optimal) {
    }

    /** The program: a binary per option, the constraints, and the two objectives over the same variables. */
    private static final class Program {

        private final AssignmentProblem problem;
        private final MPSolver solver;
        /** Per item, per option: its binary. */
        private final MPVariable[][] chosen;

        private Program(AssignmentProblem problem, MPSolver solver, MPVariable[][] chosen) {
            this.problem = problem;
            this.solver = solver;
            this.chosen = chosen;
        }

        static Program of(AssignmentProblem problem, boolean placeAll) {
            OrToolsNative.ensureLoaded();
            MPSolver solver = MPSolver.createSolver("SCIP");
            if (solver == null) {
                throw OrToolsUnavailableException.withoutSolver("SCIP");
            }
            MPVariable[][] chosen = new MPVariable[problem.itemCount()][];
            MPConstraint[] bins = new MPConstraint[problem.binCount()];
            for (int bin = 0; bin < bins.length; bin++) {
                bins[bin] = solver.makeConstraint(-MPSolver.infinity(), problem.capacity(bin), "bin" + bin);
            }
            for (int item = 0; item < chosen.length; item++) {
                int options = problem.optionCount(item);
                chosen[item] = new MPVariable[options];
                MPConstraint one = solver.makeConstraint(placeAll ? 1 : 0, 1, "item" + item);
                for (int k = 0; k < options; k++) {
                    MPVariable var = solver.makeBoolVar("x" + item + "_" + k);
                    chosen[item][k] = var;
                    one.setCoefficient(var, 1);
                    bins[problem.optionBin(item, k)].setCoefficient(var, problem.optionLoad(item, k));
                }
            }
            return new Program(problem, solver, chosen);
        }

        void maximizePlaced() {
            MPObjective objective = solver.objective();
            objective.clear();
            forEachOption((item, k, var) -> objective.setCoefficient(var, 1));
            objective.setMaximization();
        }

        void keepPlaced(int placed) {
            MPConstraint atLeast = solver.makeConstraint(placed, MPSolver.infinity(), "placed");
            forEachOption((item, k, var) -> atLeast.setCoefficient(var, 1));
        }

        void minimizeCost() {
            MPObjective objective = solver.objective();
            objective.clear();
            forEachOption((item, k, var) -> objective.setCoefficient(var, problem.optionCost(item, k)));
            objective.setMinimization();
        }

        Outcome solve(Assignment hint, long deadline) {
            hint(hint);
            solver.setTimeLimit(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            solver.setNumThreads(1);
            MPSolverParameters parameters = new MPSolverParameters();
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
            MPSolver.ResultStatus status = solver.solve(parameters);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return new Outcome(null, OptionalLong.empty(), false);
            }
            double bound = solver.objective().bestBound();
            OptionalLong rounded = Double.isFinite(bound) && Math.abs(bound) < 1e15
                    ? OptionalLong.of((long) Math.ceil(bound - BOUND_TOLERANCE * Math.max(1, Math.abs(bound))))
                    : OptionalLong.empty();
            return new Outcome(read(), rounded, status == MPSolver.ResultStatus.OPTIMAL);
        }

        private void hint(Assignment start) {
            int count = Arrays.stream(chosen).mapToInt(options -> options.length).sum();
            MPVariable[] vars = new MPVariable[count];
            double[] values = new double[count];
            int next = 0;
            for (int item = 0; item < chosen.length; item++) {
                int bin = start.bins()[item];
                for (int k = 0; k < chosen[item].length; k++) {
                    vars[next] = chosen[item][k];
                    values[next++] = problem.optionBin(item, k) == bin ? 1 : 0;
                }
            }
            solver.setHint(vars, values);
        }

        private Assignment read() {
            int[] bins = new int[chosen.length];
            Arrays.fill(bins, Assignment.UNASSIGNED);
            for (int item = 0; item < chosen.length; item++) {
                for (int k = 0; k < chosen[item].length; k++) {
                    if (chosen[item][k].solutionValue() > 0.5) {
                        bins[item] = problem.optionBin(item, k);
                        break;
                    }
                }
            }
            Assignment assignment = new Assignment(problem, bins);
            if (assignment.overload() > 0) {
                throw new IllegalStateException("SCIP's answer overloads a bin by " + assignment.overload()
                        + "; the program is wrong.");
            }
            return assignment;
        }

        private void forEachOption(OptionVisitor visitor) {
            for (int item = 0; item < chosen.length; item++) {
                for (int k = 0; k < chosen[item].length; k++) {
                    visitor.visit(item, k, chosen[item][k]);
                }
            }
        }

        @FunctionalInterface
        private interface OptionVisitor {
            void visit(int item, int k, MPVariable var);
        }
    }
}
