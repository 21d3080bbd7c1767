package dev.tandem.solvers.dispatch.internal.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import dev.tandem.model.RequestId;

/**
 * A request left without a technician, which costs its priority.
 *
 * @param request the request
 * @param priority its priority, 1 to 5
 * @param description the reason in plain words
 */
public record UnassignedJustification(RequestId request, int priority, String description)
        implements ConstraintJustification {

    public UnassignedJustification {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(description, "description");
    }
}
