package dev.tandem.solvers.rebalance.exact;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.internal.Shipment;

final class CpSatRebalancerProbe {
    static List<List<Shipment>> shipments(RebalanceProblem problem, RebalancePlan plan) {
        List<List<Shipment>> out = new ArrayList<>();
        problem.parts().forEach(p -> out.add(new ArrayList<>()));
        for (Move m : plan.moves()) {
            for (int p = 0; p < problem.parts().size(); p++) {
                if (problem.parts().get(p).part().number().equals(m.part())) {
                    out.get(p).add(new Shipment(problem.network().storeIndex(m.from()), problem.network().storeIndex(m.to()), m.quantity()));
                }
            }
        }
        return out;
    }
}
