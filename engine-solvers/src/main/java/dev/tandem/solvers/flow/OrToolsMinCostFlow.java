package dev.tandem.solvers.flow;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import dev.tandem.solvers.internal.ortools.OrToolsNative;

/**
 * Minimum-cost flow by OR-Tools' {@code SimpleMinCostFlow}: Goldberg's cost-scaling push-relabel algorithm, after
 * a max-flow pass that checks feasibility.
 *
 * <p>Model: as {@link FlowNetwork}; integer capacities, supplies and unit costs (negative costs allowed).
 * Complexity: O(n² m log(n C)) in the worst case for n nodes, m arcs and largest unit cost C, and much faster in
 * practice; plus O(n + m) here to copy the network in and verify the flows out. Sources: A. V. Goldberg, "An
 * Efficient Implementation of a Scaling Minimum-Cost Flow Algorithm", J. Algorithms 22(1), 1997; OR-Tools
 * {@code ortools/graph/min_cost_flow.h}.
 *
 * <p>Each call loads the native library if needed ({@link OrToolsNative#ensureLoaded()}), builds a fresh native
 * solver and deletes it before returning, so instances hold no state and are thread-safe. Around OR-Tools 9.15:
 * <ul>
 *   <li>the balance is checked here first: an unbalanced network is {@link FlowStatus#UNBALANCED} without a
 *       native call;</li>
 *   <li>the Java status enum has no value for the native {@code BAD_CAPACITY_RANGE} (7) and throws
 *       {@code IllegalArgumentException} instead; that is mapped to {@link FlowStatus#BAD_CAPACITY_RANGE}. OR-Tools
 *       returns it when the supplies sum to {@code Long.MAX_VALUE} or more, or a node's supply plus the summed
 *       capacities of its arcs overflows a long, as two arcs of capacity {@code Long.MAX_VALUE} into one node
 *       do;</li>
 *   <li>a unit cost beyond about {@code Long.MAX_VALUE / (2.45 (n + 3))} in magnitude is
 *       {@link FlowStatus#BAD_COST_RANGE} (measured on 9.15; the factor comes from its cost scaling);</li>
 *   <li>OR-Tools saturates the total cost at {@code Long.MAX_VALUE}, for a cost too large or too small alike, and
 *       also when only a partial sum overflows and the total fits. The cost here is recomputed exactly from the
 *       flows: the true total, or {@link FlowStatus#COST_OVERFLOW} with the exact value in the message;</li>
 *   <li>reading a flow after a status other than optimal crashes the JVM (the native flow array is empty), so
 *       flows are read only after {@code OPTIMAL};</li>
 *   <li>the flows it returns are verified (capacity and conservation) and a wrong one is
 *       {@link FlowStatus#BAD_RESULT}, as is a native cost that disagrees with the flows.</li>
 * </ul>
 * OR-Tools logs the reason for a refused input to standard error, through its own logging.
 */
public final class OrToolsMinCostFlow implements MinCostFlowSolver {

    /** The native {@code SimpleMinCostFlow::BAD_CAPACITY_RANGE}, which the 9.15 Java enum lacks. */
    static final int NATIVE_BAD_CAPACITY_RANGE = 7;
    private static final Pattern NATIVE_VALUE = Pattern.compile("with value (-?\\d+)");

    @Override
    public FlowResult solve(FlowNetwork network) {
        Objects.requireNonNull(network, "network");
        if (!network.isBalanced()) {
            return FlowResult.failed(FlowStatus.UNBALANCED, FlowCheck.unbalanced(network));
        }
        OrToolsNative.ensureLoaded();
        MinCostFlow solver = new MinCostFlow(network.nodeCount(), network.arcCount());
        try {
            for (int arc = 0; arc < network.arcCount(); arc++) {
                int added = solver.addArcWithCapacityAndUnitCost(network.arcFrom(arc), network.arcTo(arc),
                        network.capacity(arc), network.unitCost(arc));
                if (added != arc) {
                    return FlowResult.failed(FlowStatus.BAD_RESULT, "OR-Tools numbered arc " + arc + " as ("
                            + added + ").");
                }
            }
            for (int node = 0; node < network.nodeCount(); node++) {
                if (network.supply(node) != 0) {
                    solver.setNodeSupply(node, network.supply(node));
                }
            }
            MinCostFlowBase.Status status;
            try {
                status = solver.solve();
            } catch (IllegalArgumentException e) {
                return unknownStatus(network, e);
            }
            return switch (status) {
                case OPTIMAL -> optimal(network, solver);
                case INFEASIBLE -> FlowResult.failed(FlowStatus.INFEASIBLE, infeasible(network,
                        solver.getMaximumFlow()));
                case UNBALANCED -> FlowResult.failed(FlowStatus.UNBALANCED, FlowCheck.unbalanced(network));
                case BAD_COST_RANGE -> FlowResult.failed(FlowStatus.BAD_COST_RANGE, badCostRange(network));
                case NOT_SOLVED, FEASIBLE, BAD_RESULT -> FlowResult.failed(FlowStatus.BAD_RESULT,
                        "OR-Tools ended with status (" + status + ") on " + network + ".");
            };
        } finally {
            solver.delete();
        }
    }

    private static FlowResult optimal(FlowNetwork network, MinCostFlow solver) {
        long[] flows = new long[network.arcCount()];
        for (int arc = 0; arc < flows.length; arc++) {
            flows[arc] = solver.getFlow(arc);
        }
        Optional<String> violation = FlowCheck.violation(network, flows);
        if (violation.isPresent()) {
            return FlowResult.failed(FlowStatus.BAD_RESULT, "OR-Tools returned OPTIMAL with flows that break the "
                    + "model: " + violation.get());
        }
        FlowResult result = FlowCheck.costed(network, flows);
        long nativeCost = solver.getOptimalCost();
        // Long.MAX_VALUE is OR-Tools' saturated cost, which says only that some sum overflowed on its way.
        if (nativeCost != Long.MAX_VALUE && (!result.isOptimal() || nativeCost != result.optimalCost())) {
            return FlowResult.failed(FlowStatus.BAD_RESULT, "OR-Tools reported the cost (" + nativeCost
                    + ") for flows that cost " + (result.isOptimal() ? "(" + result.optimalCost() + ")." : "more: "
                    + result.message()));
        }
        return result;
    }

    /** OR-Tools 9.15 throws for a native status its Java enum lacks; the message carries the number. */
    static FlowResult unknownStatus(FlowNetwork network, IllegalArgumentException e) {
        OptionalInt value = nativeStatusIn(e);
        if (value.isPresent() && value.getAsInt() == NATIVE_BAD_CAPACITY_RANGE) {
            return FlowResult.failed(FlowStatus.BAD_CAPACITY_RANGE, badCapacityRange(network));
        }
        return FlowResult.failed(FlowStatus.BAD_RESULT, "OR-Tools ended with a status its Java API does not know: "
                + e.getMessage());
    }

    static OptionalInt nativeStatusIn(IllegalArgumentException e) {
        if (e.getMessage() == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = NATIVE_VALUE.matcher(e.getMessage());
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    private static String infeasible(FlowNetwork network, long maximumFlow) {
        return "Only " + maximumFlow + " of the " + network.supplied() + " units of supply can reach a demand within the arc "
                + "capacities.\nMaybe add arcs or capacity, or let demand go unmet: "
                + "FlowNetwork.withSlack(keepCost, unmetCost).";
    }

    private static String badCostRange(FlowNetwork network) {
        int widest = 0;
        for (int arc = 1; arc < network.arcCount(); arc++) {
            if (magnitude(network.unitCost(arc)) > magnitude(network.unitCost(widest))) {
                widest = arc;
            }
        }
        String largest = network.arcCount() == 0 ? "none"
                : "(" + network.unitCost(widest) + ") on arc " + FlowCheck.describe(network, widest);
        return "OR-Tools refused the unit costs as too large for its cost scaling on " + network.nodeCount()
                + " nodes (about " + (long) (Long.MAX_VALUE / (2.45 * (network.nodeCount() + 3.0)))
                + " at most); the largest in magnitude is " + largest + ".\nMaybe count costs in a larger unit.";
    }

    private static String badCapacityRange(FlowNetwork network) {
        int widest = -1;
        for (int arc = 0; arc < network.arcCount(); arc++) {
            if (widest < 0 || network.capacity(arc) > network.capacity(widest)) {
                widest = arc;
            }
        }
        long supply = network.supplied();
        String largest = widest < 0 ? "" : "; the largest capacity is (" + network.capacity(widest) + ") on arc "
                + FlowCheck.describe(network, widest);
        return "OR-Tools refused the capacities: the supply (" + supply + ") or a node's supply plus the capacities "
                + "of its arcs overflows its 64-bit flow arithmetic" + largest + ".\nMaybe cap each arc at the "
                + "total supply (" + supply + ") instead of Long.MAX_VALUE, or count in larger units.";
    }

    /** |cost|, with Long.MIN_VALUE as the largest. */
    private static long magnitude(long cost) {
        return cost == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(cost);
    }
}
