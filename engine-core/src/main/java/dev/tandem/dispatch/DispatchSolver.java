package dev.tandem.dispatch;

import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;

import java.time.Duration;

/**
 * Dispatches support requests to technicians. Implementations are thread-safe, return within the time limit (plus
 * a small grace for setup) and let an exception from inside the solver reach the caller. A constructive solver is
 * deterministic; a search is deterministic for a seed when it stops on a budget of moves, while a search stopped
 * by the clock may end at a different plan from run to run, since the clock decides how far it gets.
 */
public interface DispatchSolver {

    /** A short name for plans and reports, such as {@code greedy} or {@code timefold}. */
    String name();

    /**
     * @param timeLimit the most time to spend searching; a constructive solver may take less
     * @param seed the random seed of a randomized search; ignored by a deterministic construction
     */
    Dispatch solve(DispatchProblem problem, Duration timeLimit, long seed);

    /**
     * Solves within {@code limits} (time limit, move budget, seed), ending early with the best dispatch so far
     * when {@code control} asks to stop, and telling {@code control} of each better dispatch. The default ignores
     * the move budget and the control: right for a quick construction.
     */
    default Dispatch solve(DispatchProblem problem, SolveLimits limits, SolveControl control) {
        Dispatch dispatch = solve(problem, limits.timeLimit(), limits.seed());
        control.improved("construction", dispatch.score().toString());
        return dispatch;
    }
}
