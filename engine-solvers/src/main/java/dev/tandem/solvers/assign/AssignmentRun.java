package dev.tandem.solvers.assign;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentScore;

/**
 * One Timefold search of a capacitated assignment and how it went.
 *
 * @param assignment the best assignment found
 * @param score its score, that of {@link Assignment#score()}
 * @param spent the time from the start of solving to the end, setup of the solver included
 * @param steps the steps of the improvement phase: each a kick and a descent, or an exact neighbourhood
 * @param neighbourhoods of those steps, the neighbourhoods ruined and solved exactly by CP-SAT
 * @param provenOptimal whether a neighbourhood holding the whole problem was solved to optimality, which proves the
 *     assignment optimal
 * @param lowerBound a proven lower bound on the cost of any assignment that places every item within the
 *     capacities (the Lagrangian bound of {@link dev.tandem.assign.internal.CapacityPrices}), when the construction found
 *     one
 * @param trace each better score in the order found, with the time since the start: the time to quality
 */
public record AssignmentRun(Assignment assignment, AssignmentScore score, Duration spent, long steps,
        long neighbourhoods, boolean provenOptimal, OptionalLong lowerBound, List<Improvement> trace) {

    public AssignmentRun {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(lowerBound, "lowerBound");
        trace = List.copyOf(trace);
    }

    /** The best score found by {@code at} since the start; empty before the first. */
    public Optional<AssignmentScore> scoreAt(Duration at) {
        AssignmentScore best = null;
        for (Improvement improvement : trace) {
            if (improvement.at().compareTo(at) <= 0) {
                best = improvement.score();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A better score found during the search.
     *
     * @param at the time since the start of solving
     * @param score the score of the whole assignment then
     */
    public record Improvement(Duration at, AssignmentScore score) {

        public Improvement {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(score, "score");
        }
    }
}
