package dev.tandem.solvers.flow;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The outcome of a {@link MinCostFlowSolver} on a {@link FlowNetwork}.
 *
 * <p>Invariants: when the status {@linkplain FlowStatus#hasFlows() has flows}, {@code flows} holds one value per
 * arc of the network, by arc index, each within the arc's capacity, and at every node flow out minus flow in is
 * the node's supply; otherwise {@code flows} is empty. {@code cost} is the exact total cost
 * {@code sum of flows[a] * unitCost(a)} when {@link FlowStatus#OPTIMAL} and absent otherwise, so that no status
 * without a cost (a cost overflow above all) can be read as a cost of 0. {@code message} is empty when
 * {@link FlowStatus#OPTIMAL} and says what went wrong, with the values, otherwise.
 *
 * <p>Immutable: the flows are copied in and out.
 *
 * @param status how the solve ended
 * @param flows the units on each arc, by arc index; empty unless the status has flows
 * @param cost the exact total cost of the flows when optimal, absent otherwise
 * @param message why the status is not optimal; empty when it is
 */
public record FlowResult(FlowStatus status, long[] flows, OptionalLong cost, String message) {

    private static final long[] NO_FLOWS = {};

    /** Checks the invariants that do not need the network, and copies the flows. */
    public FlowResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(flows, "flows");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cost, "cost");
        if (!status.hasFlows() && flows.length > 0) {
            throw new IllegalArgumentException("A result with status (" + status + ") has no flows, but "
                    + flows.length + " were given.");
        }
        if (status != FlowStatus.OPTIMAL && cost.isPresent()) {
            throw new IllegalArgumentException("A result with status (" + status + ") has no cost, but ("
                    + cost.getAsLong() + ") was given.\nMaybe put the value in the message.");
        }
        if (status == FlowStatus.OPTIMAL && cost.isEmpty()) {
            throw new IllegalArgumentException("A result with status (OPTIMAL) must have a cost.");
        }
        if ((status == FlowStatus.OPTIMAL) != message.isEmpty()) {
            throw new IllegalArgumentException("A result with status (" + status + ") must have "
                    + (status == FlowStatus.OPTIMAL ? "no message, but has (" + message + ")." : "a message."));
        }
        flows = flows.length == 0 ? NO_FLOWS : flows.clone();
        for (int arc = 0; arc < flows.length; arc++) {
            if (flows[arc] < 0) {
                throw new IllegalArgumentException("The flow (" + flows[arc] + ") on arc (" + arc
                        + ") must be 0 or more.");
            }
        }
    }

    /**
     * An optimal result.
     *
     * @param flows the units on each arc, by arc index
     * @param cost their exact total cost
     */
    public static FlowResult optimal(long[] flows, long cost) {
        return new FlowResult(FlowStatus.OPTIMAL, flows, OptionalLong.of(cost), "");
    }

    /**
     * Flows that are feasible and optimal but whose total cost does not fit in a {@code long}: there is no cost.
     *
     * @param flows the units on each arc, by arc index
     * @param message the cost as far as it is known, and advice
     */
    public static FlowResult costOverflow(long[] flows, String message) {
        return new FlowResult(FlowStatus.COST_OVERFLOW, flows, OptionalLong.empty(), message);
    }

    /**
     * A result without flows.
     *
     * @param status a status that {@linkplain FlowStatus#hasFlows() has no flows}
     * @param message why, with the values involved
     */
    public static FlowResult failed(FlowStatus status, String message) {
        return new FlowResult(status, NO_FLOWS, OptionalLong.empty(), message);
    }

    public boolean isOptimal() {
        return status == FlowStatus.OPTIMAL;
    }

    /**
     * The exact total cost of an optimal result.
     *
     * @throws IllegalStateException if the result is not optimal, and so has no cost
     */
    public long optimalCost() {
        if (cost.isEmpty()) {
            throw new IllegalStateException("A result with status (" + status + ") has no cost: " + message);
        }
        return cost.getAsLong();
    }

    /** A copy of the flows, by arc index; empty unless the status has flows. */
    @Override
    public long[] flows() {
        return flows.clone();
    }

    /**
     * The units on one arc.
     *
     * @throws IllegalStateException if the status has no flows
     * @throws IndexOutOfBoundsException if the network had no such arc
     */
    public long flow(int arc) {
        if (!status.hasFlows()) {
            throw new IllegalStateException("A result with status (" + status + ") has no flows: " + message);
        }
        return flows[arc];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlowResult that && status == that.status && cost.equals(that.cost)
                && Arrays.equals(flows, that.flows) && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, Arrays.hashCode(flows), cost, message);
    }

    /** Such as {@code FlowResult[OPTIMAL, cost 150, 9 arcs]} or {@code FlowResult[INFEASIBLE: Only 2 of ...]}. */
    @Override
    public String toString() {
        return switch (status) {
            case OPTIMAL -> "FlowResult[OPTIMAL, cost " + cost.getAsLong() + ", " + flows.length + " arcs]";
            case COST_OVERFLOW -> "FlowResult[COST_OVERFLOW, " + flows.length + " arcs: " + message + "]";
            default -> "FlowResult[" + status + ": " + message + "]";
        };
    }
}
