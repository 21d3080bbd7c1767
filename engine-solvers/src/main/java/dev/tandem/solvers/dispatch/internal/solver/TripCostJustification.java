package dev.tandem.solvers.dispatch.internal.solver;

import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import dev.tandem.model.RequestId;
import dev.tandem.model.TechnicianId;

/**
 * What HQ pays for one trip: subsidy, and in the far bands travel and lodging.
 *
 * @param request the request
 * @param technician the technician sent
 * @param driveMinutes the drive each way, rounded to whole minutes
 * @param driveKm the road distance each way
 * @param cost the cost in fen
 * @param rank 0 if the technician is the request's nearest candidate, 1 for the next, and so on
 * @param description the trip in plain words
 */
public record TripCostJustification(RequestId request, TechnicianId technician, long driveMinutes, double driveKm,
        long cost, int rank, String description) implements ConstraintJustification {

    public TripCostJustification {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(description, "description");
    }
}
