package dev.tandem.solvers.assign.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;

/**
 * What an exact assigner ({@link CpSatAssigner}, {@link MipAssigner}) found and how sure it is.
 *
 * @param assignment the best assignment found; it never exceeds a capacity
 * @param status whether it is proven optimal
 * @param costBound a proven lower bound on the cost of any assignment placing as many items, when the solver proved
 *     that no assignment places more and gave a bound; the assignment's own cost when {@link ExactStatus#OPTIMAL}
 * @param wallTime the time spent building and solving
 */
public record ExactAssignment(Assignment assignment, ExactStatus status, OptionalLong costBound, Duration wallTime) {

    public ExactAssignment {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(costBound, "costBound");
        Objects.requireNonNull(wallTime, "wallTime");
        checkArgument(status != ExactStatus.OPTIMAL || costBound.equals(OptionalLong.of(assignment.totalCost())),
                "An optimal assignment's bound (%s) must be its cost (%s).", costBound, assignment.totalCost());
        checkArgument(costBound.orElse(Long.MIN_VALUE) <= assignment.totalCost(),
                "The bound (%s) must not be above the cost found (%s).", costBound, assignment.totalCost());
    }

    /**
     * The relative gap between the cost found and the bound, {@code (cost − bound) / |cost|} (over 1 when the cost
     * is 0), 0 when optimal; empty when there is no bound.
     */
    public OptionalDouble gap() {
        if (costBound.isEmpty()) {
            return OptionalDouble.empty();
        }
        long cost = assignment.totalCost();
        double difference = (double) cost - (double) costBound.getAsLong();
        return OptionalDouble.of(difference / Math.max(1, Math.abs((double) cost)));
    }

    /** Such as {@code proven optimal}, {@code best found, bound 12150} or {@code best found, no bound}. */
    public String describe() {
        if (status == ExactStatus.OPTIMAL) {
            return "proven optimal";
        }
        if (status == ExactStatus.UNKNOWN) {
            return "nothing found beyond the greedy start, no bound";
        }
        return costBound.isPresent()
                ? String.format(Locale.ROOT, "best found, bound %d (gap %.2f %%)", costBound.getAsLong(),
                        100 * gap().orElseThrow())
                : "best found, no bound";
    }

    /** The checks every exact assigner makes of its arguments. */
    static void checkArguments(AssignmentProblem problem, Assignment start, Duration timeLimit) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timeLimit, "timeLimit");
        checkArgument(start.problem() == problem, "The start assignment is of another problem.");
        checkArgument(!timeLimit.isNegative(), "The timeLimit (%s) must not be negative.", timeLimit);
    }
}
