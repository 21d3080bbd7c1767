package dev.tandem.rebalance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tandem.rebalance.RebalancePlan;

/**
 * The greedy baseline, the way commercial balancers work: per part, the largest need (customers waiting first)
 * takes from the largest surpluses among its nearest candidates, a move made only when what it covers and
 * revives is worth more than its trip's freight. {@code O(needs × candidates)} per part; no solver library.
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
            shipments.add(solvePart(problem, part));
        }
        return RebalancePlans.of(name(), problem, shipments);
    }

    /**
     * The greedy shipments of one part, every trip paying for itself: a trip that turns out not to pay once its
     * units are credited is banned and the part solved again.
     */
    public static List<Shipment> solvePart(RebalanceProblem problem, PartBalance part) {
        Set<Long> banned = new HashSet<>();
        List<Shipment> chosen = solvePart(problem, part, banned);
        for (List<Shipment> bad = RebalancePlans.unprofitable(problem, part, chosen); !bad.isEmpty();
                bad = RebalancePlans.unprofitable(problem, part, chosen)) {
            bad.forEach(shipment -> banned.add(pair(shipment.from(), shipment.to())));
            chosen = solvePart(problem, part, banned);
        }
        return chosen;
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | to;
    }

    private static List<Shipment> solvePart(RebalanceProblem problem, PartBalance part, Set<Long> banned) {
        Map<Integer, Integer> left = new HashMap<>();
        part.surpluses().forEach(surplus -> left.put(surplus.store(), surplus.units()));
        List<PartBalance.Need> needs = new ArrayList<>(part.needs());
        needs.sort(Comparator.comparingInt(PartBalance.Need::backorderUnits).reversed()
                .thenComparing(Comparator.comparingInt(PartBalance.Need::units).reversed())
                .thenComparingInt(PartBalance.Need::store));
        List<Shipment> shipments = new ArrayList<>();
        for (PartBalance.Need need : needs) {
            List<PartBalance.Surplus> candidates = new ArrayList<>(problem.candidates(part, need));
            candidates.sort(Comparator.comparingInt((PartBalance.Surplus s) -> left.get(s.store())).reversed()
                    .thenComparingInt(PartBalance.Surplus::store));
            int covered = 0;
            for (PartBalance.Surplus surplus : candidates) {
                int units = Math.min(left.get(surplus.store()), need.units() - covered);
                if (units <= 0 || banned.contains(pair(surplus.store(), need.store()))) {
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
