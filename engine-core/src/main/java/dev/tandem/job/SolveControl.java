package dev.tandem.job;

/**
 * What a solver and the one who started it share while it runs: the solver polls {@link #stopRequested()} (or
 * registers a callback with {@link #onStop(Runnable)}) and ends early with its best answer so far, and it reports
 * every better answer with {@link #improved(String, String)}. Implementations are thread-safe: a solver may report
 * from its own threads while a host asks to stop from another.
 */
public interface SolveControl {

    /** A control that never asks to stop and ignores progress: for a plain blocking solve. */
    static SolveControl none() {
        return NoControl.INSTANCE;
    }

    /** Whether the solve should end now, returning its best answer so far. */
    boolean stopRequested();

    /**
     * Registers {@code action} to run once when a stop is requested, at once if it already was; for a solver that
     * cannot poll, such as one waiting inside a library call.
     */
    void onStop(Runnable action);

    /**
     * Tells of a better answer.
     *
     * @param phase what the solver is doing, such as {@code construction} or {@code local search}
     * @param bestScore the new best answer's score, in the engine's own terms
     */
    void improved(String phase, String bestScore);

    /** The control of {@link #none()}. */
    enum NoControl implements SolveControl {
        INSTANCE;

        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public void onStop(Runnable action) {
            // never stops
        }

        @Override
        public void improved(String phase, String bestScore) {
            // nobody listens
        }
    }
}
