package dev.tandem.solvers.dispatch.internal.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import dev.tandem.model.Level;
import dev.tandem.model.RequestId;
import dev.tandem.model.TechnicianId;

/**
 * A technician sent above the level a request needs, such as a T3 where a T2 would do.
 *
 * @param request the request
 * @param technician the technician sent
 * @param sent the technician's level
 * @param needed the request's minimum level
 * @param description the reason in plain words
 */
public record OverQualificationJustification(RequestId request, TechnicianId technician, Level sent, Level needed,
        String description) implements ConstraintJustification {

    public OverQualificationJustification {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(needed, "needed");
        Objects.requireNonNull(description, "description");
    }
}
