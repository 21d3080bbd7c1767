package dev.tandem.solvers.dispatch.internal.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import dev.tandem.model.RequestId;

/**
 * A request whose technician or start differs from the published plan: people were told otherwise.
 *
 * @param request the request
 * @param description the change in plain words
 */
public record MovedJustification(RequestId request, String description) implements ConstraintJustification {

    public MovedJustification {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(description, "description");
    }
}
