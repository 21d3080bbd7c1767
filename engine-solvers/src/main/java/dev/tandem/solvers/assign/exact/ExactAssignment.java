package dev.tandem.solvers.assign.exact;

import java.time.Duration;
import java.util.Objects;

import dev.tandem.assign.Assignment;

/**
 * What {@link CpSatAssigner} found and how sure it is.
 *
 * @param assignment the best assignment found; it never exceeds a capacity
 * @param status whether it is proven optimal
 * @param costBound the best lower bound on the cost proven at the number of items placed; equal to the
 *     assignment's total cost when {@link ExactStatus#OPTIMAL}
 * @param wallTime the time spent building and solving
 */
public record ExactAssignment(Assignment assignment, ExactStatus status, long costBound, Duration wallTime) {

    public ExactAssignment {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(wallTime, "wallTime");
    }

    /** The relative gap between the cost found and the bound, 0 when optimal. */
    public double gap() {
        long cost = assignment.totalCost();
        return cost == costBound ? 0 : (double) (cost - costBound) / Math.max(1, Math.abs(cost));
    }
}
