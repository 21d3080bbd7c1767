package dev.tandem.solvers.rebalance.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.internal.RebalancePlans;
import dev.tandem.rebalance.internal.Shipment;

/**
 * What a {@link RebalanceCpModel} decides: the whole problem, or the neighbourhood of a few stores in a plan, every
 * other shipment of the plan fixed.
 *
 * <p>Around stores {@code S}: every shipment from or to a store of {@code S} is freed, the others fixed. Per part,
 * the model then sees the <em>residual</em> balance: each surplus less what its fixed shipments send, each need less
 * what its fixed shipments bring (taken from its most valuable classes, as the plans credit them), and only the
 * pairs with one store in {@code S}. No lane touching {@code S} carries a fixed shipment, so every lane the model may
 * open is unpaid, and what the model's shipments earn ({@link #valueOf}) is exactly what they add to the fixed
 * shipments' net.
 *
 * @param parts per part of the problem, in the same order: its residual balance (a part the scope does not touch
 *     has no surplus and no need)
 * @param stores the freed stores; empty for the whole problem
 * @param fixed per part, the shipments the model leaves as they are
 * @param freed per part, the plan's shipments the model may change: its hint
 */
record ModelScope(List<PartBalance> parts, Set<Integer> stores, List<List<Shipment>> fixed,
        List<List<Shipment>> freed) {

    /** The whole problem: every pair free, nothing fixed. */
    static ModelScope whole(RebalanceProblem problem) {
        List<List<Shipment>> none = new ArrayList<>();
        problem.parts().forEach(part -> none.add(List.of()));
        return new ModelScope(problem.parts(), Set.of(), none, none);
    }

    /** The neighbourhood of {@code stores} in {@code shipments} (one aggregated list per part). */
    static ModelScope around(RebalanceProblem problem, List<List<Shipment>> shipments, Set<Integer> stores) {
        List<PartBalance> parts = new ArrayList<>(problem.parts().size());
        List<List<Shipment>> fixed = new ArrayList<>(problem.parts().size());
        List<List<Shipment>> freed = new ArrayList<>(problem.parts().size());
        for (int p = 0; p < problem.parts().size(); p++) {
            PartBalance part = problem.parts().get(p);
            List<Shipment> kept = new ArrayList<>();
            List<Shipment> free = new ArrayList<>();
            for (Shipment shipment : shipments.get(p)) {
                (stores.contains(shipment.from()) || stores.contains(shipment.to()) ? free : kept).add(shipment);
            }
            fixed.add(kept);
            freed.add(free);
            parts.add(touches(part, stores) ? residual(part, kept) : empty(part));
        }
        return new ModelScope(parts, Set.copyOf(stores), fixed, freed);
    }

    /** Whether the model may ship from store {@code from} to store {@code to}. */
    boolean frees(int from, int to) {
        return stores.isEmpty() || stores.contains(from) || stores.contains(to);
    }

    /**
     * What {@code shipments} (one list per part, within the scope) earn on top of the fixed shipments: the residual
     * shortage they cover and the dead stock they revive, less the freight of the runs (per part: the trips) they
     * open, in fen.
     */
    long valueOf(RebalanceProblem problem, List<List<Shipment>> shipments) {
        boolean perRun = problem.settings().freightMode() == FreightMode.PER_RUN;
        Set<List<Long>> opened = new HashSet<>();
        long value = 0;
        for (int p = 0; p < shipments.size(); p++) {
            if (shipments.get(p).isEmpty()) {
                continue;
            }
            value = Math.addExact(value, RebalancePlans.benefit(problem, parts.get(p), shipments.get(p)));
            for (Shipment shipment : shipments.get(p)) {
                long lane = RebalancePlans.lane(shipment.from(), shipment.to());
                if (opened.add(perRun ? List.of(lane) : List.of(lane, (long) p))) {
                    value = Math.subtractExact(value, problem.tripFreight(shipment.from(), shipment.to()));
                }
            }
        }
        return value;
    }

    /** {@code chosen} (one list per part, within the scope) with the fixed shipments: a whole plan's shipments. */
    List<List<Shipment>> with(List<List<Shipment>> chosen) {
        List<List<Shipment>> all = new ArrayList<>(fixed.size());
        for (int p = 0; p < fixed.size(); p++) {
            if (chosen.get(p).isEmpty() && freed.get(p).isEmpty()) {
                all.add(fixed.get(p));
                continue;
            }
            List<Shipment> merged = new ArrayList<>(fixed.get(p));
            merged.addAll(chosen.get(p));
            all.add(RebalancePlans.aggregated(merged));
        }
        return all;
    }

    private static boolean touches(PartBalance part, Set<Integer> stores) {
        return part.surpluses().stream().anyMatch(s -> stores.contains(s.store()))
                || part.needs().stream().anyMatch(n -> stores.contains(n.store()));
    }

    private static PartBalance empty(PartBalance part) {
        return new PartBalance(part.part(), List.of(), List.of(), part.backorderBenefit(), part.safetyBenefit(),
                part.coverBenefit(), part.revivalBenefit());
    }

    /** The part less what {@code kept} sends and brings. */
    private static PartBalance residual(PartBalance part, List<Shipment> kept) {
        Map<Integer, Integer> sent = new HashMap<>();
        Map<Integer, Integer> received = new HashMap<>();
        for (Shipment shipment : kept) {
            sent.merge(shipment.from(), shipment.units(), Integer::sum);
            received.merge(shipment.to(), shipment.units(), Integer::sum);
        }
        List<PartBalance.Surplus> surpluses = new ArrayList<>();
        for (PartBalance.Surplus surplus : part.surpluses()) {
            surpluses.add(new PartBalance.Surplus(surplus.store(),
                    surplus.units() - sent.getOrDefault(surplus.store(), 0), surplus.dead()));
        }
        List<PartBalance.Need> needs = new ArrayList<>();
        for (PartBalance.Need need : part.needs()) {
            int got = received.getOrDefault(need.store(), 0);
            int backorders = Math.max(0, need.backorderUnits() - got);
            got = Math.max(0, got - need.backorderUnits());
            int safety = Math.max(0, need.safetyUnits() - got);
            got = Math.max(0, got - need.safetyUnits());
            needs.add(new PartBalance.Need(need.store(), backorders, safety, Math.max(0, need.coverUnits() - got)));
        }
        return new PartBalance(part.part(), surpluses, needs, part.backorderBenefit(), part.safetyBenefit(),
                part.coverBenefit(), part.revivalBenefit());
    }
}
