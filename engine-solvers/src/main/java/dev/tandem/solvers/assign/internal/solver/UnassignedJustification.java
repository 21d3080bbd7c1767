package dev.tandem.solvers.assign.internal.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * An item placed in no bin.
 *
 * @param item the item's index
 * @param options how many bins it may go to
 * @param description the same in plain words
 */
public record UnassignedJustification(int item, int options, String description)
        implements ConstraintJustification {

    public UnassignedJustification {
        Objects.requireNonNull(description, "description");
    }
}
