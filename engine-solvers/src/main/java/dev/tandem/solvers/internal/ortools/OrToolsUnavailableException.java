package dev.tandem.solvers.internal.ortools;

import dev.tandem.job.SolverUnavailableException;

/** OR-Tools cannot run here: its native library is missing for this platform or failed to load. */
public final class OrToolsUnavailableException extends SolverUnavailableException {

    private static final long serialVersionUID = 1L;

    OrToolsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** OR-Tools loaded but this platform's build lacks the named solver (such as {@code SCIP}). */
    public static OrToolsUnavailableException withoutSolver(String solver) {
        return new OrToolsUnavailableException("OR-Tools on this platform has no " + solver + " solver.", null);
    }
}
