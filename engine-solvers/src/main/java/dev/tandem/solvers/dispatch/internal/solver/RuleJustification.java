package dev.tandem.solvers.dispatch.internal.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import dev.tandem.model.RequestId;
import dev.tandem.model.TechnicianId;

/**
 * Why one assigned request breaks a hard rule of its own: skill and level, support window, lead time, or an
 * overloaded home store.
 *
 * @param request the request
 * @param technician the technician sent
 * @param description the reason in plain words
 */
public record RuleJustification(RequestId request, TechnicianId technician, String description)
        implements ConstraintJustification {

    public RuleJustification {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(description, "description");
    }
}
