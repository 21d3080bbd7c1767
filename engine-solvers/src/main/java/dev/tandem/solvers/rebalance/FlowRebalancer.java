package dev.tandem.solvers.rebalance;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalancePlans;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.rebalance.Shipment;
import dev.tandem.solvers.flow.FlowResult;
import dev.tandem.solvers.flow.MinCostFlowSolver;
import dev.tandem.solvers.flow.OrToolsMinCostFlow;

/**
 * Rebalances the network part by part as a min-cost flow ({@link RebalanceFlowModel}), all parts in parallel.
 *
 * <p>Per part: solve the flow; price every trip it keeps at its real freight; ban the trips that do not pay and
 * solve again until every trip pays; then keep this plan or the greedy one for the part, whichever earns more
 * (a per-trip minimum freight makes the true problem a fixed-charge flow, so the linear flow alone cannot promise
 * to beat greedy on every part; together they never do worse). Deterministic: parts are independent and merged
 * in part order.
 */
public final class FlowRebalancer implements RebalanceSolver {

    private static final String NAME = "or-tools-min-cost-flow";

    private final MinCostFlowSolver flowSolver;

    /** With OR-Tools; the constructor {@link java.util.ServiceLoader} uses. */
    public FlowRebalancer() {
        this(new OrToolsMinCostFlow());
    }

    public FlowRebalancer(MinCostFlowSolver flowSolver) {
        this.flowSolver = Objects.requireNonNull(flowSolver, "flowSolver");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RebalancePlan solve(RebalanceProblem problem) {
        List<List<Shipment>> shipments = IntStream.range(0, problem.parts().size()).parallel()
                .mapToObj(p -> solvePart(problem, problem.parts().get(p)))
                .toList();
        return RebalancePlans.of(NAME, problem, shipments);
    }

    private List<Shipment> solvePart(RebalanceProblem problem, PartBalance part) {
        if (part.surpluses().isEmpty()) {
            return List.of();
        }
        List<List<PartBalance.Surplus>> candidates = problem.candidates(part);
        Set<Long> banned = new HashSet<>();
        List<Shipment> chosen = flow(problem, part, candidates, banned);
        for (List<Shipment> bad = RebalancePlans.unprofitable(problem, part, chosen); !bad.isEmpty();
                bad = RebalancePlans.unprofitable(problem, part, chosen)) {
            bad.forEach(shipment -> banned.add(RebalancePlans.lane(shipment.from(), shipment.to())));
            chosen = flow(problem, part, candidates, banned);
        }
        List<Shipment> greedy = GreedyRebalancer.solvePart(problem, part, candidates);
        return RebalancePlans.netPerPart(problem, part, greedy) > RebalancePlans.netPerPart(problem, part, chosen)
                ? greedy : chosen;
    }

    private List<Shipment> flow(RebalanceProblem problem, PartBalance part,
            List<List<PartBalance.Surplus>> candidates, Set<Long> banned) {
        RebalanceFlowModel model = new RebalanceFlowModel(problem, part, candidates, banned);
        FlowResult result = flowSolver.solve(model.network());
        if (!result.isOptimal()) {
            throw new IllegalStateException("The flow of part (" + part.part().number() + ") did not solve: "
                    + result.status() + ", " + result.message());
        }
        return model.shipments(result);
    }
}
