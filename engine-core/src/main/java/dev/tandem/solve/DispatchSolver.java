package dev.tandem.solve;

import java.time.Duration;

/**
 * Dispatches support requests to technicians. Implementations are thread-safe and deterministic: the same problem
 * and seed give the same dispatch. They return within the time limit (plus a small grace for setup) and let an
 * exception from inside the solver reach the caller.
 */
public interface DispatchSolver {

    /** A short name for plans and reports, such as {@code greedy} or {@code timefold}. */
    String name();

    /**
     * @param timeLimit the most time to spend searching; a constructive solver may take less
     * @param seed the random seed of a randomized search; ignored by a deterministic construction
     */
    Dispatch solve(DispatchProblem problem, Duration timeLimit, long seed);
}
