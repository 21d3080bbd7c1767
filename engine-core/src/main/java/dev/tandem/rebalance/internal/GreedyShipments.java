package dev.tandem.rebalance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalanceProblem;

/**
 * The greedy rebalancer's step for one part, shared with the flow rebalancer of engine-solvers, which starts from
 * it: the largest need (customers waiting first) takes from the largest surpluses among its candidates, a shipment
 * made only when what it covers and revives is worth more than its trip's freight.
 */
public final class GreedyShipments {

    private GreedyShipments() {
    }

    /**
     * The greedy shipments of one part, every trip paying for itself: a trip whose removal would not lower the part's
     * net is banned and the part solved again.
     */
    public static List<Shipment> of(RebalanceProblem problem, PartBalance part) {
        return of(problem, part, problem.candidates(part));
    }

    /** As {@link #of(RebalanceProblem, PartBalance)} with the candidates already computed. */
    public static List<Shipment> of(RebalanceProblem problem, PartBalance part,
            List<List<PartBalance.Surplus>> candidates) {
        Set<Long> banned = new HashSet<>();
        List<Shipment> chosen = solve(problem, part, candidates, banned);
        for (List<Shipment> bad = RebalancePlans.unprofitable(problem, part, chosen); !bad.isEmpty();
                bad = RebalancePlans.unprofitable(problem, part, chosen)) {
            bad.forEach(shipment -> banned.add(RebalancePlans.lane(shipment.from(), shipment.to())));
            chosen = solve(problem, part, candidates, banned);
        }
        return chosen;
    }

    private static List<Shipment> solve(RebalanceProblem problem, PartBalance part,
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
