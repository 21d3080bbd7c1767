package dev.tandem.solvers.rebalance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.internal.Shipment;
import dev.tandem.solvers.flow.FlowNetwork;
import dev.tandem.solvers.flow.FlowResult;

/**
 * One part's rebalancing as a min-cost flow network, balanced by construction.
 *
 * <p>Nodes: each surplus store (supply = its surplus units), each short store, and a sink (demand = all surplus).
 * Arcs: surplus to short store, for each short store's nearest candidates from the matching core (capacity = the
 * smaller of surplus and shortage; unit cost = the trip's freight spread over that capacity, rounded up, minus the
 * dead-stock revival a unit earns); short store to sink, one arc per shortage class (customers waiting, safety
 * stock, demand cover: capacity = the class's units, unit cost = minus what a unit of it is worth); surplus to
 * sink (capacity = the surplus, cost 0: units that stay). Costs are in fen.
 *
 * <p>Spreading a trip's freight over a full load is a lower bound of what a unit pays; the solver checks every
 * trip it keeps against its real freight and bans the ones that do not pay.
 */
public final class RebalanceFlowModel {

    private final FlowNetwork network;
    /** Per arc from a surplus to a short store: its shipment's sender and receiver; -1 for sink arcs. */
    private final List<int[]> moveArcs = new ArrayList<>();

    /**
     * @param banned trips not to offer, as {@code from << 32 | to} of dense store indexes
     */
    public RebalanceFlowModel(RebalanceProblem problem, PartBalance part, Set<Long> banned) {
        this(problem, part, problem.candidates(part), banned);
    }

    /**
     * @param candidates per need of {@code part}, the surpluses that may send to it, as
     *     {@link RebalanceProblem#candidates(PartBalance)} gives them
     * @param banned trips not to offer, as {@code from << 32 | to} of dense store indexes
     */
    public RebalanceFlowModel(RebalanceProblem problem, PartBalance part, List<List<PartBalance.Surplus>> candidates,
            Set<Long> banned) {
        int surplusCount = part.surpluses().size();
        int needCount = part.needs().size();
        int sink = surplusCount + needCount;
        FlowNetwork.Builder builder = FlowNetwork.builder(sink + 1);
        long totalSurplus = 0;
        int[] surplusNode = new int[problem.network().storeCount()];
        for (int i = 0; i < surplusCount; i++) {
            PartBalance.Surplus surplus = part.surpluses().get(i);
            builder.supply(i, surplus.units());
            surplusNode[surplus.store()] = i;
            totalSurplus += surplus.units();
        }
        builder.supply(sink, -totalSurplus);
        for (int j = 0; j < needCount; j++) {
            PartBalance.Need need = part.needs().get(j);
            int needNode = surplusCount + j;
            for (PartBalance.Surplus surplus : candidates.get(j)) {
                if (banned.contains(((long) surplus.store() << 32) | need.store())) {
                    continue;
                }
                int capacity = Math.min(surplus.units(), need.units());
                long freight = problem.tripFreight(surplus.store(), need.store());
                long unitFreight = (freight + capacity - 1) / capacity;
                long unitCost = unitFreight - (surplus.dead() ? part.revivalBenefit() : 0);
                int arc = builder.addArc(surplusNode[surplus.store()], needNode, capacity, unitCost);
                record(arc, surplus.store(), need.store());
            }
            addClassArc(builder, needNode, sink, need.backorderUnits(), part.backorderBenefit());
            addClassArc(builder, needNode, sink, need.safetyUnits(), part.safetyBenefit());
            addClassArc(builder, needNode, sink, need.coverUnits(), part.coverBenefit());
        }
        for (int i = 0; i < surplusCount; i++) {
            record(builder.addArc(i, sink, part.surpluses().get(i).units(), 0), -1, -1);
        }
        this.network = builder.build();
    }

    public FlowNetwork network() {
        return network;
    }

    /** The shipments an optimal flow of {@link #network()} makes. */
    public List<Shipment> shipments(FlowResult result) {
        List<Shipment> shipments = new ArrayList<>();
        for (int arc = 0; arc < moveArcs.size(); arc++) {
            int[] move = moveArcs.get(arc);
            long units = result.flow(arc);
            if (move[0] >= 0 && units > 0) {
                shipments.add(new Shipment(move[0], move[1], (int) units));
            }
        }
        return shipments;
    }

    private void addClassArc(FlowNetwork.Builder builder, int needNode, int sink, int units, long unitBenefit) {
        if (units > 0) {
            record(builder.addArc(needNode, sink, units, -unitBenefit), -1, -1);
        }
    }

    private void record(int arc, int from, int to) {
        while (moveArcs.size() <= arc) {
            moveArcs.add(null);
        }
        moveArcs.set(arc, new int[] {from, to});
    }

}
