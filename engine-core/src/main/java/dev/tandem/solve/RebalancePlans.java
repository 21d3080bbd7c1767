package dev.tandem.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.tandem.model.Money;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.plan.Move;
import dev.tandem.plan.RebalancePlan;
import dev.tandem.plan.Shortfall;

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
        for (int p = 0; p < problem.parts().size(); p++) {
            PartBalance part = problem.parts().get(p);
            List<Shipment> sorted = aggregated(shipments.get(p));
            Map<Integer, PartBalance.Surplus> surplusOf = new HashMap<>();
            part.surpluses().forEach(surplus -> surplusOf.put(surplus.store(), surplus));
            Map<Integer, PartBalance.Need> needOf = new HashMap<>();
            part.needs().forEach(need -> needOf.put(need.store(), need));
            Map<Integer, Integer> received = new HashMap<>();
            // Benefit attribution: nearer shipments into a store cover its most valuable units first.
            List<Shipment> byArrival = new ArrayList<>(sorted);
            byArrival.sort(Comparator.comparingDouble((Shipment s) -> problem.drives().minutes(s.from(), s.to()))
                    .thenComparingInt(Shipment::from).thenComparingInt(Shipment::to));
            Map<Shipment, Long> coverBenefit = new HashMap<>();
            for (Shipment shipment : byArrival) {
                PartBalance.Need need = needOf.get(shipment.to());
                int before = received.getOrDefault(shipment.to(), 0);
                long worth = part.benefitOf(need, before + shipment.units()) - part.benefitOf(need, before);
                coverBenefit.merge(shipment, worth, Math::addExact);
                received.put(shipment.to(), before + shipment.units());
            }
            for (Shipment shipment : sorted) {
                PartBalance.Surplus surplus = surplusOf.get(shipment.from());
                long revival = surplus.dead() ? Math.multiplyExact(shipment.units(), part.revivalBenefit()) : 0;
                long benefit = Math.addExact(coverBenefit.get(shipment), revival);
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

    /** One shipment per (from, to), by sender then receiver. */
    private static List<Shipment> aggregated(List<Shipment> shipments) {
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
