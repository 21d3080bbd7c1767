package dev.tandem.rebalance;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.rebalance.internal.GreedyShipments;
import dev.tandem.rebalance.internal.RebalancePlans;
import dev.tandem.rebalance.internal.Shipment;

/**
 * The greedy baseline, the way commercial balancers work: per part, the largest need (customers waiting first)
 * takes from the largest surpluses among its candidates, a move made only when what it covers and revives is worth
 * more than its trip's freight. Each part is planned on its own, as if every trip paid its own freight; under
 * per-run freight the plan then pays each run once. {@code O(needs × candidates)} per part; no solver library.
 * The per-part step ({@link GreedyShipments}) also seeds the flow rebalancer of engine-solvers.
 */
public final class GreedyRebalancer implements RebalanceSolver {

    @Override
    public String name() {
        return "greedy";
    }

    @Override
    public RebalancePlan solve(RebalanceProblem problem) {
        List<List<Shipment>> shipments = new ArrayList<>(problem.parts().size());
        for (PartBalance part : problem.parts()) {
            shipments.add(part.surpluses().isEmpty() ? List.of() : GreedyShipments.of(problem, part));
        }
        return RebalancePlans.of(name(), problem, shipments);
    }
}
