package dev.tandem.solvers.rebalance.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.internal.RebalancePlans;
import dev.tandem.rebalance.internal.Shipment;

/**
 * Drops the runs (per part: the trips) whose removal would raise a plan's net, costliest loss first, until none is
 * left: what makes a plan CP-SAT found without a proof pass the validator's "no run loses money". An optimal plan
 * has none. A run's worth to the plan is the sum of its moves' marginal worth ({@link RebalancePlans#marginalWorth}).
 */
final class LosingRuns {

    private LosingRuns() {
    }

    /** {@code shipments} (one list per part) without losing runs; every removal raises the net. */
    static List<List<Shipment>> dropped(RebalanceProblem problem, List<List<Shipment>> shipments) {
        List<List<Shipment>> kept = new ArrayList<>();
        shipments.forEach(part -> kept.add(RebalancePlans.aggregated(part)));
        boolean perRun = problem.settings().freightMode() == FreightMode.PER_RUN;
        while (true) {
            Map<List<Long>, Long> worth = new HashMap<>();
            for (int p = 0; p < kept.size(); p++) {
                PartBalance part = problem.parts().get(p);
                List<Shipment> merged = kept.get(p);
                long[] marginal = RebalancePlans.marginalWorth(problem, part, merged);
                for (int k = 0; k < merged.size(); k++) {
                    worth.merge(key(merged.get(k), p, perRun), marginal[k], Math::addExact);
                }
            }
            List<Long> worst = null;
            long worstLoss = 0;
            for (Map.Entry<List<Long>, Long> entry : worth.entrySet()) {
                long lane = entry.getKey().get(0);
                long loss = problem.tripFreight((int) (lane >>> 32), (int) lane) - entry.getValue();
                if (loss > worstLoss || loss > 0 && loss == worstLoss && compare(entry.getKey(), worst) < 0) {
                    worst = entry.getKey();
                    worstLoss = loss;
                }
            }
            if (worst == null) {
                return kept;
            }
            for (int p = 0; p < kept.size(); p++) {
                final int part = p;
                final List<Long> drop = worst;
                kept.set(p, kept.get(p).stream().filter(s -> !key(s, part, perRun).equals(drop)).toList());
            }
        }
    }

    private static List<Long> key(Shipment shipment, int part, boolean perRun) {
        long lane = RebalancePlans.lane(shipment.from(), shipment.to());
        return perRun ? List.of(lane) : List.of(lane, (long) part);
    }

    private static int compare(List<Long> a, List<Long> b) {
        for (int k = 0; k < a.size(); k++) {
            int c = Long.compare(a.get(k), b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
