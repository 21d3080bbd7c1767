package dev.tandem.solvers.assign.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.Literal;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentSolver;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.solvers.ortools.CpSat;
import dev.tandem.solvers.ortools.OrToolsNative;

/**
 * The exact capacitated assignment: a CP-SAT model of {@link Assignment#score()} solved lexicographically, the
 * reference the heuristics are measured against on small instances.
 *
 * <p>The model: a Boolean {@code x[i,b]} per allowed pair; at most one per item; per bin
 * {@code Σ load × x ≤ capacity}. Every capacity is a constraint, so the answer never overloads a bin. Stage one
 * maximizes the items placed, starting from the greedy assignment as a hint (skipped when greedy places every item:
 * nothing can place more); stage two keeps that many placed and minimizes the cost, starting from the first stage's
 * answer. Both stages share the time limit.
 *
 * <p>One Boolean per allowed pair; proves optimality in seconds on OR-Library's small {@code gap1} to {@code gap12}
 * instances (5–10 bins, 15–60 items), and may run out of time on the hard 20 × 200 class D ones.
 *
 * <p>Deterministic for a seed with one worker (the default) when it finishes within the time limit. Not registered
 * for {@link java.util.ServiceLoader}: it is a yardstick, not a production solver. Thread-safe: each solve builds its
 * own model and solvers.
 */
public final class CpSatAssigner implements AssignmentSolver {

    /** The name in plans and reports. */
    public static final String NAME = "cp-sat-exact";

    private final int workers;

    /** One search worker: reproducible. */
    public CpSatAssigner() {
        this(1);
    }

    /** @param workers CP-SAT search workers, 1 or more; more than one may find another optimum of equal score */
    public CpSatAssigner(int workers) {
        checkArgument(workers >= 1, "The number of CP-SAT workers (%s) must be 1 or more.", workers);
        this.workers = workers;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Solves exactly; {@code start} only seeds the greedy hint. */
    @Override
    public Assignment solve(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed) {
        return solveExactly(problem, start, timeLimit, seed).assignment();
    }

    public ExactAssignment solveExactly(AssignmentProblem problem, Duration timeLimit, long seed) {
        return solveExactly(problem, Assignment.empty(problem), timeLimit, seed);
    }

    /**
     * Solves and reports whether the answer is proven optimal.
     *
     * @throws dev.tandem.solvers.ortools.OrToolsUnavailableException if OR-Tools cannot load on this platform
     * @throws IllegalStateException if CP-SAT calls the model invalid or infeasible, which is a bug here
     */
    public ExactAssignment solveExactly(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(timeLimit, "timeLimit");
        checkArgument(!timeLimit.isNegative(), "The timeLimit (%s) must not be negative.", timeLimit);
        OrToolsNative.ensureLoaded();
        long started = System.nanoTime();
        long deadline = started + timeLimit.toNanos();
        Assignment greedy = new GreedyAssigner().solve(problem, start, timeLimit, seed);

        CpModel model = new CpModel();
        BoolVar[][] x = new BoolVar[problem.itemCount()][];
        List<List<BoolVar>> inBin = new ArrayList<>();
        List<List<Long>> loadsInBin = new ArrayList<>();
        for (int bin = 0; bin < problem.binCount(); bin++) {
            inBin.add(new ArrayList<>());
            loadsInBin.add(new ArrayList<>());
        }
        BoolVar[] all = new BoolVar[problem.optionCount()];
        long[] costs = new long[all.length];
        int n = 0;
        for (int item = 0; item < x.length; item++) {
            x[item] = new BoolVar[problem.optionCount(item)];
            for (int k = 0; k < x[item].length; k++) {
                int bin = problem.optionBin(item, k);
                BoolVar var = model.newBoolVar("x_" + item + "_" + bin);
                x[item][k] = var;
                inBin.get(bin).add(var);
                loadsInBin.get(bin).add(problem.optionLoad(item, k));
                all[n] = var;
                costs[n++] = problem.optionCost(item, k);
            }
            model.addAtMostOne(x[item]);
        }
        for (int bin = 0; bin < problem.binCount(); bin++) {
            model.addLessOrEqual(LinearExpr.weightedSum(inBin.get(bin).toArray(new Literal[0]),
                    loadsInBin.get(bin).stream().mapToLong(Long::longValue).toArray()), problem.capacity(bin));
        }
        LinearExpr placed = LinearExpr.sum(all);
        LinearExpr cost = LinearExpr.weightedSum(all, costs);

        boolean placementProven = greedy.unassignedCount() == 0 && greedy.overload() == 0;
        Assignment best = greedy;
        long mostPlaced = problem.itemCount() - greedy.unassignedCount();
        if (!placementProven) {
            hint(model, x, problem, greedy);
            model.maximize(placed);
            CpSolver first = solver(deadline, seed);
            CpSolverStatus status = checked(first.solve(model), model);
            if (status == CpSolverStatus.UNKNOWN) {
                return new ExactAssignment(greedy, ExactStatus.UNKNOWN, Long.MIN_VALUE, since(started));
            }
            best = assignmentOf(first, x, problem);
            mostPlaced = first.value(placed);
            placementProven = status == CpSolverStatus.OPTIMAL;
            model.clearObjective();
        }
        model.addGreaterOrEqual(placed, mostPlaced);
        model.minimize(cost);
        hint(model, x, problem, best);
        if (System.nanoTime() >= deadline) {
            return new ExactAssignment(best, ExactStatus.FEASIBLE, Long.MIN_VALUE, since(started));
        }
        CpSolver second = solver(deadline, seed);
        CpSolverStatus status = checked(second.solve(model), model);
        if (status == CpSolverStatus.UNKNOWN) {
            return new ExactAssignment(best, ExactStatus.FEASIBLE, Long.MIN_VALUE, since(started));
        }
        boolean optimal = placementProven && status == CpSolverStatus.OPTIMAL;
        return new ExactAssignment(assignmentOf(second, x, problem),
                optimal ? ExactStatus.OPTIMAL : ExactStatus.FEASIBLE,
                (long) Math.ceil(second.bestObjectiveBound() - 1e-6), since(started));
    }

    private static void hint(CpModel model, BoolVar[][] x, AssignmentProblem problem, Assignment assignment) {
        model.clearHints();
        for (int item = 0; item < x.length; item++) {
            for (int k = 0; k < x[item].length; k++) {
                model.addHint(x[item][k], assignment.binOrUnassigned(item) == problem.optionBin(item, k) ? 1 : 0);
            }
        }
    }

    private static Assignment assignmentOf(CpSolver solver, BoolVar[][] x, AssignmentProblem problem) {
        int[] bins = new int[x.length];
        for (int item = 0; item < x.length; item++) {
            bins[item] = Assignment.UNASSIGNED;
            for (int k = 0; k < x[item].length; k++) {
                if (solver.booleanValue(x[item][k])) {
                    bins[item] = problem.optionBin(item, k);
                }
            }
        }
        return new Assignment(problem, bins);
    }

    private CpSolver solver(long deadline, long seed) {
        return CpSat.solver(deadline, workers, seed);
    }

    private static CpSolverStatus checked(CpSolverStatus status, CpModel model) {
        return CpSat.checked(status, "assignment model", model::validate);
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
