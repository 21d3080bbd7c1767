package dev.tandem.solvers.internal.ortools;

import java.util.function.Supplier;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

/** What the exact CP-SAT models share: a solver with a deadline, workers and a seed, and the check of a status. */
public final class CpSat {

    private CpSat() {
    }

    /**
     * A fresh solver that stops at {@code deadline} ({@link System#nanoTime()}), with {@code workers} search workers
     * (one is reproducible) and a seed derived from {@code seed}.
     */
    public static CpSolver solver(long deadline, int workers, long seed) {
        ensureLoaded();
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(Math.max(0, deadline - System.nanoTime()) / 1e9)
                .setNumWorkers(workers)
                .setRandomSeed(Math.floorMod(Long.hashCode(seed), Integer.MAX_VALUE));
        return solver;
    }

    /**
     * Returns {@code OPTIMAL}, {@code FEASIBLE} or {@code UNKNOWN}; any other status is a bug of the model, never of
     * the input, since every model here is satisfied by doing nothing.
     *
     * @param model what was solved, such as {@code "dispatch model of 120 trips"}
     * @param validation the model's own validation message, asked for only when CP-SAT calls it invalid
     * @throws IllegalStateException for {@code INFEASIBLE}, {@code MODEL_INVALID} and statuses unknown to Tandem
     */
    public static CpSolverStatus checked(CpSolverStatus status, String model, Supplier<String> validation) {
        switch (status) {
            case OPTIMAL:
            case FEASIBLE:
            case UNKNOWN:
                return status;
            case INFEASIBLE:
                throw new IllegalStateException("CP-SAT found the " + model + " infeasible, though doing nothing "
                        + "satisfies it.\nMaybe report a bug with the problem that caused it.");
            case MODEL_INVALID:
                throw new IllegalStateException("CP-SAT rejected the " + model + ": " + validation.get()
                        + "\nMaybe report a bug with the problem that caused it.");
            default:
                throw new IllegalStateException("CP-SAT returned the status (" + status + "), unknown to Tandem."
                        + "\nMaybe check the OR-Tools version against the one in the parent pom.");
        }
    }

    private static void ensureLoaded() {
        OrToolsNative.ensureLoaded();
    }
}
