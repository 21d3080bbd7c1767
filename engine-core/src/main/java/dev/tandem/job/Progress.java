package dev.tandem.job;

import java.time.Duration;
import java.util.Objects;

/**
 * How a running solve stands: the best answer's score so far and the time spent.
 *
 * @param solver the solver's name, such as {@code timefold}
 * @param phase what the solver is doing, such as {@code construction}, {@code local search} or {@code done}
 * @param bestScore the best answer's score so far, in the engine's own terms (for a dispatch
 *     {@code 0hard/-12medium/-48250soft}, for a rebalance the net value in CNY); empty before the first answer
 * @param elapsed time since the solve started
 * @param improvements how many times the best answer improved
 */
public record Progress(String solver, String phase, String bestScore, Duration elapsed, int improvements) {

    public Progress {
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(bestScore, "bestScore");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
