package dev.tandem.solvers.dispatch.internal.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * The trips of one technician or one lending store, charged as trips² so that the load spreads.
 *
 * @param subject the technician's or store's id
 * @param trips its trips, 1 or more
 * @param description the load in plain words
 */
public record FairnessJustification(String subject, int trips, String description)
        implements ConstraintJustification {

    public FairnessJustification {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
    }
}
