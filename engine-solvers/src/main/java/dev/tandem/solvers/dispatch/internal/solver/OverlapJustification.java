package dev.tandem.solvers.dispatch.internal.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import dev.tandem.model.RequestId;
import dev.tandem.model.TechnicianId;

/**
 * Why two trips of one technician cannot both happen: the times away from home (drive there, work, drive back)
 * overlap.
 *
 * @param technician the technician
 * @param first the request of the lower id
 * @param second the other request
 * @param description the reason in plain words
 */
public record OverlapJustification(TechnicianId technician, RequestId first, RequestId second, String description)
        implements ConstraintJustification {

    public OverlapJustification {
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(description, "description");
    }
}
