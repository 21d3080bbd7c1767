package dev.tandem.solvers.flow;

/**
 * How a {@link MinCostFlowSolver} ended. Only {@link #OPTIMAL} has a cost; {@link #OPTIMAL} and
 * {@link #COST_OVERFLOW} have flows; every status but {@link #OPTIMAL} comes with a message saying why.
 */
public enum FlowStatus {

    /** A flow of least cost was found; the result's cost is exact. */
    OPTIMAL,

    /**
     * The supplies and demands can be balanced but not met: some demand cannot be reached from enough supply
     * within the arc capacities. No flow.
     */
    INFEASIBLE,

    /**
     * The supplies do not sum to zero, so no flow can meet them all. No flow; the message gives the sum.
     * {@link FlowNetwork#withSlack(long, long)} balances a network with a slack node.
     */
    UNBALANCED,

    /** A unit cost is too large in magnitude for the solver's cost scaling. No flow. */
    BAD_COST_RANGE,

    /**
     * The supplies, or the capacities into or out of a node, sum beyond what the solver's 64-bit flow arithmetic
     * holds. No flow.
     */
    BAD_CAPACITY_RANGE,

    /**
     * An optimal flow was found but its total cost does not fit in a {@code long}. The flows are there; the
     * message gives the exact cost.
     */
    COST_OVERFLOW,

    /**
     * The solver failed or returned a flow that breaks the model (capacity or conservation), which is a bug in
     * the solver; nothing it returned is used. No flow.
     */
    BAD_RESULT;

    /** Whether a result with this status has a flow on every arc. */
    public boolean hasFlows() {
        return this == OPTIMAL || this == COST_OVERFLOW;
    }
}
