package dev.tandem.assign;

import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;

import java.time.Duration;

/**
 * Solves capacitated assignment: minimizes {@link AssignmentScore}, overload first, then unassigned items, then
 * cost. Implementations are thread-safe, return within the time limit (plus a small grace for setup) and let an
 * exception from inside the solver reach the caller. A constructive solver is deterministic; a search is
 * deterministic for a seed when it stops on a budget of moves.
 */
public interface AssignmentSolver {

    /** A short name for plans and reports, such as {@code greedy} or {@code timefold}. */
    String name();

    /**
     * @param timeLimit the most time to spend searching; a constructive solver may take less
     * @param seed the random seed of a randomized search; ignored by a deterministic construction
     */
    default Assignment solve(AssignmentProblem problem, Duration timeLimit, long seed) {
        return solve(problem, Assignment.empty(problem), timeLimit, seed);
    }

    /**
     * Solves starting from {@code start}, an assignment of the same problem that may be partial: an incremental
     * re-solve after a small change keeps what still holds and places the rest. The answer is never worse than
     * {@code start}.
     *
     * @throws IllegalArgumentException if {@code start} is of another problem
     */
    Assignment solve(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed);

    /**
     * Solves from {@code start} within {@code limits} (time limit, move budget, seed), ending early with the best
     * assignment so far when {@code control} asks to stop, and telling {@code control} of each better assignment.
     * The default ignores the move budget and the control: right for a quick construction.
     */
    default Assignment solve(AssignmentProblem problem, Assignment start, SolveLimits limits,
            SolveControl control) {
        Assignment assignment = solve(problem, start, limits.timeLimit(), limits.seed());
        control.improved("construction", assignment.score().toString());
        return assignment;
    }
}
