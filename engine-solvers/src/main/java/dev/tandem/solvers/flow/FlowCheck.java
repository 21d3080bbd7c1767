package dev.tandem.solvers.flow;

import java.math.BigInteger;
import java.util.Optional;

/**
 * What every solver checks of a network before solving and of the flows it gets back: balance, capacity,
 * conservation, and the exact cost. Solvers run native or third-party code, so their answers are verified here
 * rather than trusted.
 */
final class FlowCheck {

    private FlowCheck() {
    }

    /** The UNBALANCED message for a network whose supplies do not sum to zero. */
    static String unbalanced(FlowNetwork network) {
        long total = network.totalSupply();
        return "The supplies of the network sum to (" + total + ") but must sum to 0: it has " + Math.abs(total)
                + " units " + (total > 0 ? "more to send than are wanted" : "fewer to send than are wanted")
                + ".\nMaybe balance it with a slack node: FlowNetwork.withSlack(keepCost, unmetCost).";
    }

    /**
     * Why the flows break the model, if they do: one per arc, each within {@code 0..capacity}, and at every node
     * flow out minus flow in equal to the supply.
     */
    static Optional<String> violation(FlowNetwork network, long[] flows) {
        if (flows.length != network.arcCount()) {
            return Optional.of("There are " + flows.length + " flows for " + network.arcCount() + " arcs.");
        }
        long[] out = new long[network.nodeCount()];
        long[] in = new long[network.nodeCount()];
        for (int arc = 0; arc < flows.length; arc++) {
            long flow = flows[arc];
            if (flow < 0 || flow > network.capacity(arc)) {
                return Optional.of("The flow (" + flow + ") on arc " + describe(network, arc) + " is outside 0.."
                        + network.capacity(arc) + ".");
            }
            try {
                out[network.arcFrom(arc)] = Math.addExact(out[network.arcFrom(arc)], flow);
                in[network.arcTo(arc)] = Math.addExact(in[network.arcTo(arc)], flow);
            } catch (ArithmeticException e) {
                return Optional.of("The flows through a node of arc " + describe(network, arc)
                        + " sum beyond a long.");
            }
        }
        for (int node = 0; node < out.length; node++) {
            // out and in are both in 0..Long.MAX_VALUE, so their difference cannot overflow.
            if (out[node] - in[node] != network.supply(node)) {
                return Optional.of("At node (" + node + ") the flow out (" + out[node] + ") minus the flow in ("
                        + in[node] + ") is not its supply (" + network.supply(node) + ").");
            }
        }
        return Optional.empty();
    }

    /**
     * An OPTIMAL result with the exact cost of the flows, or COST_OVERFLOW when that cost does not fit in a long.
     * The flows must be valid; a partial sum may overflow where the total fits, so an overflow is recounted in
     * BigInteger before it is reported.
     */
    static FlowResult costed(FlowNetwork network, long[] flows) {
        try {
            long cost = 0;
            for (int arc = 0; arc < flows.length; arc++) {
                cost = Math.addExact(cost, Math.multiplyExact(flows[arc], network.unitCost(arc)));
            }
            return FlowResult.optimal(flows, cost);
        } catch (ArithmeticException e) {
            BigInteger cost = BigInteger.ZERO;
            for (int arc = 0; arc < flows.length; arc++) {
                cost = cost.add(BigInteger.valueOf(flows[arc]).multiply(BigInteger.valueOf(network.unitCost(arc))));
            }
            if (cost.bitLength() < Long.SIZE) {
                return FlowResult.optimal(flows, cost.longValue());
            }
            return FlowResult.costOverflow(flows, "The total cost (" + cost
                    + ") of the optimal flow is beyond a long (" + Long.MIN_VALUE + ".." + Long.MAX_VALUE
                    + ").\nMaybe count costs in a larger unit.");
        }
    }

    /** Such as {@code (4: 2 -> 3)}. */
    static String describe(FlowNetwork network, int arc) {
        return "(" + arc + ": " + network.arcFrom(arc) + " -> " + network.arcTo(arc) + ")";
    }
}
