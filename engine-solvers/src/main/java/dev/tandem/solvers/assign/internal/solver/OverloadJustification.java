package dev.tandem.solvers.assign.internal.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * A bin loaded above its capacity.
 *
 * @param bin the bin's index
 * @param load the load placed on it
 * @param capacity its capacity
 * @param description the same in plain words
 */
public record OverloadJustification(int bin, long load, long capacity, String description)
        implements ConstraintJustification {

    public OverloadJustification {
        Objects.requireNonNull(description, "description");
    }
}
