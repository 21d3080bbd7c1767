package dev.tandem;

import java.util.Objects;
import java.util.Optional;

/**
 * Which solver an engine uses: the best one on the class path, or one by name.
 *
 * <ul>
 *   <li>{@link #bestAvailable()}: the optimizing solver of engine-solvers when it is on the class path and can run,
 *       else the greedy baseline of the core. When the optimizing solver cannot run (OR-Tools' native library does
 *       not load on this platform, say), the engine falls back to the baseline, logs one warning, and the plan's
 *       {@code solver} says so.
 *   <li>{@link #named(String)}: that solver or fail: a missing or unusable solver is an error, never a silent
 *       substitute.
 * </ul>
 *
 * @param name the solver's name when one is required, such as {@code timefold}, {@code greedy} or
 *     {@code or-tools-min-cost-flow}
 */
public record SolverChoice(Optional<String> name) {

    private static final SolverChoice BEST_AVAILABLE = new SolverChoice(Optional.empty());

    public SolverChoice {
        Objects.requireNonNull(name, "name");
    }

    public static SolverChoice bestAvailable() {
        return BEST_AVAILABLE;
    }

    /** That solver or fail. */
    public static SolverChoice named(String name) {
        return new SolverChoice(Optional.of(Objects.requireNonNull(name, "name")));
    }

    @Override
    public String toString() {
        return name.orElse("best available");
    }
}
