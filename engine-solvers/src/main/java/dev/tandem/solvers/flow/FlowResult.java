package dev.tandem.solvers.flow;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of a {@link MinCostFlowSolver} on a {@link FlowNetwork}.
 *
 * <p>Invariants: when the status {@linkplain FlowStatus#hasFlows() has flows}, {@code flows} holds one value per
 * arc of the network, by arc index, each within the arc's capacity, and at every node flow out minus flow in is
 * the node's supply; otherwise {@code flows} is empty. {@code cost} is the exact total cost
 * {@code sum of flows[a] * unitCost(a)} when {@link FlowStatus#OPTIMAL} and 0 otherwise. {@code message} is empty
 * when {@link FlowStatus#OPTIMAL} and says what went wrong, with the values, otherwise.
 *
 * <p>Immutable: the flows are copied in and out.
 *
 * @param status how the solve ended
 * @param flows the units on each arc, by arc index; empty unless the status has flows
 * @param cost the exact total cost of the flows when optimal, 0 otherwise
 * @param message why the status is not optimal; empty when it is
 */
public record FlowResult(FlowStatus status, long[] flows, long cost, String message) {

    private static final long[] NO_FLOWS = {};

    /** Checks the invariants that do not need the network, and copies the flows. */
    public FlowResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(flows, "flows");
        Objects.requireNonNull(message, "message");
        if (!status.hasFlows() && flows.length > 0) {
            throw new IllegalArgumentException("A result with status (" + status + ") has no flows, but "
                    + flows.length + " were given.");
        }
        if (status != FlowStatus.OPTIMAL && cost != 0) {
            throw new IllegalArgumentException("A result with status (" + status + ") has no cost, but (" + cost
                    + ") was given.\nMaybe put the value in the message.");
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
        return new FlowResult(FlowStatus.OPTIMAL, flows, cost, "");
    }

    /**
     * A result without flows.
     *
     * @param status a status that {@linkplain FlowStatus#hasFlows() has no flows}
     * @param message why, with the values involved
     */
    public static FlowResult failed(FlowStatus status, String message) {
        return new FlowResult(status, NO_FLOWS, 0, message);
    }

    public boolean isOptimal() {
        return status == FlowStatus.OPTIMAL;
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
        return other instanceof FlowResult that && status == that.status && cost == that.cost
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
            case OPTIMAL -> "FlowResult[OPTIMAL, cost " + cost + ", " + flows.length + " arcs]";
            case COST_OVERFLOW -> "FlowResult[COST_OVERFLOW, " + flows.length + " arcs: " + message + "]";
            default -> "FlowResult[" + status + ": " + message + "]";
        };
    }
}
