package dev.tandem.dispatch;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Money;

/**
 * Which technician supports which request when (SOP 2), and the requests left without one.
 *
 * @param solver the name of the solver that made it
 * @param trips the trips, by request order
 * @param unassigned the requests without a technician, by request order
 * @param hardViolations broken hard rules, as the solver's score counts them; 0 in a usable plan
 * @param softCost the soft cost in fen, as the solver's score counts it: trip costs, over-qualification, fairness
 */
public record DispatchPlan(String solver, List<Trip> trips, List<UnassignedRequest> unassigned, long hardViolations,
        long softCost) {

    public DispatchPlan {
        Objects.requireNonNull(solver, "solver");
        trips = ImmutableList.copyOf(trips);
        unassigned = ImmutableList.copyOf(unassigned);
    }

    /** What HQ pays for the trips: subsidies, travel and lodging. */
    public Money tripCost() {
        return trips.stream().map(Trip::cost).reduce(Money.ZERO, Money::plus);
    }

    /** The priorities of the unassigned requests, summed: the medium level of the score. */
    public int unassignedPriority() {
        return unassigned.stream().mapToInt(UnassignedRequest::priority).sum();
    }
}
