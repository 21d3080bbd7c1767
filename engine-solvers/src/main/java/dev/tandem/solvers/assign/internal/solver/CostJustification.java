package dev.tandem.solvers.assign.internal.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * What placing an item in its bin costs.
 *
 * @param item the item's index
 * @param bin the bin's index
 * @param cost the cost of the pair; negative for a profit
 * @param load the load it puts on the bin
 * @param description the same in plain words
 */
public record CostJustification(int item, int bin, long cost, long load, String description)
        implements ConstraintJustification {

    public CostJustification {
        Objects.requireNonNull(description, "description");
    }
}
