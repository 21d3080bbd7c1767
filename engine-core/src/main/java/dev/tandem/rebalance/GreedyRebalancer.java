package dev.tandem.rebalance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tandem.rebalance.internal.RebalancePlans;

/**
 * The greedy baseline, the way commercial balancers work: per part, the largest need (customers waiting first)
 * takes from the largest surpluses among its candidates, a move made only when what it covers and revives is worth
 * more than its trip's freight. Each part is planned on its own, as if every trip paid its own freight; under
 * per-run freight the plan then pays each run once. {@code O(needs × candidates)} per part; no solver library.
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
            shipments.add(part.surpluses().isEmpty() ? List.of() : solvePart(problem, part));
        }
        return RebalancePlans.of(name(), problem, shipments);
    }

    /**
     * The greedy shipments of one part, every trip paying for itself: a trip whose removal would not lower the part's
     * net is banned and the part solved again.
     */
    public static List<Shipment> solvePart(RebalanceProblem problem, PartBalance part) {
        return solvePart(problem, part, problem.candidates(part));
    }

    /** As {@link #solvePart(RebalanceProblem, PartBalance)} with the candidates already computed. */
    public static List<Shipment> solvePart(RebalanceProblem problem, PartBalance part,
            List<List<PartBalance.Surplus>> candidates) {
        Set<Long> banned = new HashSet<>();
        List<Shipment> chosen = solvePart(problem, part, candidates, banned);
        for (List<Shipment> bad = RebalancePlans.unprofitable(problem, part, chosen); !bad.isEmpty();
                bad = RebalancePlans.unprofitable(problem, part, chosen)) {
            bad.forEach(shipment -> banned.add(RebalancePlans.lane(shipment.from(), shipment.to())));
            chosen = solvePart(problem, part, candidates, banned);
        }
        return chosen;
    }

    private static List<Shipment> solvePart(RebalanceProblem problem, PartBalance part,
            List<List<PartBalance.Surplus>> candidatesByNeed, Set<Long> banned) {
        Map<Integer, Integer> left = new HashMap<>();
        part.surpluses().forEach(surplus -> left.put(surplus.store(), surplus.units()));
        List<Integer> needOrder = new ArrayList<>();
        for (int j = 0; j < part.needs().size(); j++) {
            needOrder.add(j);
        }
        needOrder.sort(Comparator.comparing((Integer j) -> part.needs().get(j),
                Comparator.comparingInt(PartBalance.Need::backorderUnits).reversed()
                        .thenComparing(Comparator.comparingInt(PartBalance.Need::units).reversed())
                        .thenComparingInt(PartBalance.Need::store)));
        List<Shipment> shipments = new ArrayList<>();
        for (int j : needOrder) {
            PartBalance.Need need = part.needs().get(j);
            List<PartBalance.Surplus> candidates = new ArrayList<>(candidatesByNeed.get(j));
            candidates.sort(Comparator.comparingInt((PartBalance.Surplus s) -> left.get(s.store())).reversed()
                    .thenComparingInt(PartBalance.Surplus::store));
            int covered = 0;
            for (PartBalance.Surplus surplus : candidates) {
                int units = Math.min(left.get(surplus.store()), need.units() - covered);
                if (units <= 0 || banned.contains(RebalancePlans.lane(surplus.store(), need.store()))) {
                    continue;
                }
                long worth = part.benefitOf(need, covered + units) - part.benefitOf(need, covered)
                        + (surplus.dead() ? Math.multiplyExact(units, part.revivalBenefit()) : 0);
                if (worth > problem.tripFreight(surplus.store(), need.store())) {
                    shipments.add(new Shipment(surplus.store(), need.store(), units));
                    left.merge(surplus.store(), -units, Integer::sum);
                    covered += units;
                }
            }
        }
        return shipments;
    }
}
