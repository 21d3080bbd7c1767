package dev.tandem.rebalance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.tandem.model.Money;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.Shortfall;

/**
 * Turns the shipments a solver chose, part by part, into a priced and explained {@link RebalancePlan}: the one
 * place every rebalancing solver prices freight and benefit, so that plans compare like with like.
 */
public final class RebalancePlans {

    private RebalancePlans() {
    }

    /**
     * The plan of {@code shipments}: one list per part of {@code problem.parts()}, in the same order.
     *
     * @param solver the solver's name
     */
    public static RebalancePlan of(String solver, RebalanceProblem problem, List<List<Shipment>> shipments) {
        NetworkSnapshot network = problem.network();
        List<Move> moves = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        // Parts are independent: shipments of part p are only compared with the surpluses and needs of part p.
        for (int p = 0; p < problem.parts().size(); p++) {
            PartBalance part = problem.parts().get(p);
            List<Shipment> sorted = aggregated(shipments.get(p));
            Map<Integer, PartBalance.Surplus> surplusOf = new HashMap<>();
            part.surpluses().forEach(surplus -> surplusOf.put(surplus.store(), surplus));
            Map<Integer, PartBalance.Need> needOf = new HashMap<>();
            part.needs().forEach(need -> needOf.put(need.store(), need));
            Map<Shipment, Long> worth = worth(problem, part, sorted);
            Map<Integer, Integer> received = new HashMap<>();
            sorted.forEach(shipment -> received.merge(shipment.to(), shipment.units(), Integer::sum));
            for (Shipment shipment : sorted) {
                PartBalance.Surplus surplus = surplusOf.get(shipment.from());
                long benefit = worth.get(shipment);
                long freight = problem.tripFreight(shipment.from(), shipment.to());
                Store from = network.storeAt(shipment.from());
                Store to = network.storeAt(shipment.to());
                moves.add(new Move(from.id(), to.id(), part.part().number(), shipment.units(),
                        part.part().unitCost().times(shipment.units()), Money.ofCents(freight), Money.ofCents(benefit),
                        surplus.dead(), reason(part, needOf.get(shipment.to()), shipment, from, to, surplus.dead(),
                                freight, benefit)));
            }
            for (PartBalance.Need need : part.needs()) {
                int short_ = need.units() - received.getOrDefault(need.store(), 0);
                if (short_ > 0) {
                    int waiting = Math.max(0, need.backorderUnits() - received.getOrDefault(need.store(), 0));
                    shortfalls.add(new Shortfall(network.storeAt(need.store()).id(), part.part().number(), short_,
                            waiting, whyShort(problem, part, need)));
                }
            }
        }
        return new RebalancePlan(solver, moves, shortfalls);
    }

    /**
     * What each shipment of one part is worth: the shortage units it covers at the receiver plus the dead stock it
     * revives at the sender. Where several shipments reach one store, the most valuable units (customers waiting,
     * then safety stock, then demand cover) are credited to the costliest trips per unit first, so that every
     * trip a solver keeps can show that it pays for itself.
     *
     * @param shipments one per (from, to), as {@link #aggregated} gives them
     */
    public static Map<Shipment, Long> worth(RebalanceProblem problem, PartBalance part, List<Shipment> shipments) {
        Map<Integer, PartBalance.Need> needOf = new HashMap<>();
        part.needs().forEach(need -> needOf.put(need.store(), need));
        Map<Integer, Boolean> deadAt = new HashMap<>();
        part.surpluses().forEach(surplus -> deadAt.put(surplus.store(), surplus.dead()));
        List<Shipment> byUnitFreight = new ArrayList<>(shipments);
        Map<Shipment, Long> freight = new HashMap<>();
        shipments.forEach(s -> freight.put(s, problem.tripFreight(s.from(), s.to())));
        byUnitFreight.sort(Comparator.comparingDouble((Shipment s) -> -(double) freight.get(s) / s.units())
                .thenComparingInt(Shipment::from).thenComparingInt(Shipment::to));
        Map<Integer, Integer> received = new HashMap<>();
        Map<Shipment, Long> worth = new HashMap<>();
        for (Shipment shipment : byUnitFreight) {
            PartBalance.Need need = needOf.get(shipment.to());
            int before = received.getOrDefault(shipment.to(), 0);
            long covered = part.benefitOf(need, before + shipment.units()) - part.benefitOf(need, before);
            long revival = deadAt.get(shipment.from())
                    ? Math.multiplyExact(shipment.units(), part.revivalBenefit()) : 0;
            worth.put(shipment, Math.addExact(covered, revival));
            received.put(shipment.to(), before + shipment.units());
        }
        return worth;
    }

    /** The shipments of one part that are not worth more than their trip's freight. */
    public static List<Shipment> unprofitable(RebalanceProblem problem, PartBalance part, List<Shipment> shipments) {
        List<Shipment> merged = aggregated(shipments);
        Map<Shipment, Long> worth = worth(problem, part, merged);
        return merged.stream()
                .filter(s -> worth.get(s) <= problem.tripFreight(s.from(), s.to()))
                .toList();
    }

    /** One shipment per (from, to), by sender then receiver. */
    public static List<Shipment> aggregated(List<Shipment> shipments) {
        Map<Long, Integer> units = new TreeMap<>();
        for (Shipment shipment : shipments) {
            units.merge(((long) shipment.from() << 32) | shipment.to(), shipment.units(), Math::addExact);
        }
        List<Shipment> merged = new ArrayList<>(units.size());
        units.forEach((key, count) -> merged.add(new Shipment((int) (key >>> 32), (int) (long) key, count)));
        return merged;
    }

    private static String reason(PartBalance part, PartBalance.Need need, Shipment shipment, Store from, Store to,
            boolean dead, long freight, long benefit) {
        StringBuilder reason = new StringBuilder()
                .append(from.name()).append(" -> ").append(to.name()).append(": ")
                .append(shipment.units()).append(" x ").append(part.part().name());
        if (need.backorderUnits() > 0) {
            reason.append(", ").append(Math.min(need.backorderUnits(), shipment.units()))
                    .append(" for waiting customers");
        } else if (need.safetyUnits() > 0) {
            reason.append(", restores safety stock");
        } else {
            reason.append(", covers demand");
        }
        if (dead) {
            reason.append(", revives dead stock");
        }
        reason.append("; worth ").append(Money.ofCents(benefit)).append(" for ").append(Money.ofCents(freight))
                .append(" freight");
        return reason.toString();
    }

    private static String whyShort(RebalanceProblem problem, PartBalance part, PartBalance.Need need) {
        List<PartBalance.Surplus> candidates = problem.candidates(part, need);
        if (candidates.isEmpty()) {
            return "no store has surplus of this part";
        }
        long bestFreight = candidates.stream().mapToLong(s -> problem.tripFreight(s.store(), need.store()))
                .min().orElseThrow();
        long bestUnitWorth = need.backorderUnits() > 0 ? part.backorderBenefit()
                : need.safetyUnits() > 0 ? part.safetyBenefit() : part.coverBenefit();
        long revival = candidates.stream().anyMatch(PartBalance.Surplus::dead) ? part.revivalBenefit() : 0;
        if ((bestUnitWorth + revival) * need.units() <= bestFreight) {
            return "freight (from " + Money.ofCents(bestFreight) + ") exceeds what the units are worth";
        }
        return "the surplus within reach went to more valuable shortages";
    }
}
