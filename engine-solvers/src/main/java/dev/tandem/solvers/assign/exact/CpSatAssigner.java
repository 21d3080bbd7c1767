package dev.tandem.solvers.assign.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.OptionalLong;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentSolver;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.solvers.assign.internal.exact.GapModel;
import dev.tandem.solvers.internal.ortools.CpSat;

/**
 * The exact capacitated assignment: a CP-SAT model of {@link Assignment#score()} solved lexicographically, the
 * reference the heuristics are measured against.
 *
 * <p>The model is {@link GapModel}: per item exactly one of its allowed bins, per bin its capacity; every capacity is
 * a constraint, so the answer never overloads a bin. When the greedy baseline places every item, every item must be
 * placed (nothing can place more) and the model minimizes the cost from greedy's assignment as a hint. Otherwise each
 * item also gets an explicit "in no bin" choice: stage one minimizes the items left out from greedy's hint, stage two
 * keeps at most that many out and minimizes the cost from stage one's answer. Both stages share the time limit.
 *
 * <p>The answer says how sure it is ({@link ExactAssignment#status()}, {@link ExactAssignment#costBound()}): proven
 * optimal, or the best found with CP-SAT's lower bound on the cost.
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
     * Solves and reports whether the answer is proven optimal, and else CP-SAT's bound on the cost.
     *
     * @throws dev.tandem.solvers.internal.ortools.OrToolsUnavailableException if OR-Tools cannot load on this platform
     * @throws IllegalStateException if CP-SAT calls the model invalid or infeasible, which is a bug here
     */
    public ExactAssignment solveExactly(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed) {
        ExactAssignment.checkArguments(problem, start, timeLimit);
        long started = System.nanoTime();
        long deadline = started + timeLimit.toNanos();
        Assignment greedy = new GreedyAssigner().solve(problem, start, timeLimit, seed);

        GapModel model = GapModel.ofWhole(problem, greedy.unassignedCount() > 0);

        Assignment best = greedy;
        boolean placementProven = greedy.unassignedCount() == 0;
        if (!placementProven) {
            model.hint(greedy.bins());
            model.minimizeUnassigned();
            CpSolver first = solver(deadline, seed);
            CpSolverStatus status = checked(first.solve(model.cpModel()), model);
            if (status == CpSolverStatus.UNKNOWN) {
                return new ExactAssignment(greedy, ExactStatus.UNKNOWN, OptionalLong.empty(), since(started));
            }
            best = read(first, model, problem);
            placementProven = status == CpSolverStatus.OPTIMAL;
            model.capUnassigned(best.unassignedCount());
        }
        model.minimizeCost();
        model.hint(best.bins());
        if (System.nanoTime() >= deadline) {
            return new ExactAssignment(best, ExactStatus.FEASIBLE, OptionalLong.empty(), since(started));
        }
        CpSolver second = solver(deadline, seed);
        CpSolverStatus status = checked(second.solve(model.cpModel()), model);
        if (status == CpSolverStatus.UNKNOWN) {
            return new ExactAssignment(best, ExactStatus.FEASIBLE, OptionalLong.empty(), since(started));
        }
        Assignment found = read(second, model, problem);
        boolean optimal = placementProven && status == CpSolverStatus.OPTIMAL;
        OptionalLong bound = placementProven
                ? OptionalLong.of(Math.min(found.totalCost(), (long) Math.ceil(second.bestObjectiveBound() - 1e-6)))
                : OptionalLong.empty();
        return new ExactAssignment(found, optimal ? ExactStatus.OPTIMAL : ExactStatus.FEASIBLE,
                optimal ? OptionalLong.of(found.totalCost()) : bound, since(started));
    }

    private static Assignment read(CpSolver solver, GapModel model, AssignmentProblem problem) {
        int[] bins = new int[problem.itemCount()];
        model.readInto(solver, bins);
        return new Assignment(problem, bins);
    }

    private CpSolver solver(long deadline, long seed) {
        return CpSat.solver(deadline, workers, seed);
    }

    private static CpSolverStatus checked(CpSolverStatus status, GapModel model) {
        return CpSat.checked(status, "assignment model (" + model + ")", model.cpModel()::validate);
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
