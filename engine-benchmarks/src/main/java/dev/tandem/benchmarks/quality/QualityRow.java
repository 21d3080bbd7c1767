package dev.tandem.benchmarks.quality;

import java.util.Objects;

/**
 * One line of the quality table: one solver on one instance.
 *
 * @param engine the engine measured, such as {@code rebalancing}
 * @param instance the instance, such as {@code 2,000 stores × 20,000 parts}
 * @param solver who solved it
 * @param seconds wall time
 * @param result what it achieved, in the engine's own terms
 * @param versus how that compares with the baseline, the exact optimum or the peer solver
 */
public record QualityRow(String engine, String instance, String solver, double seconds, String result,
        String versus) {

    public QualityRow {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(versus, "versus");
    }
}
