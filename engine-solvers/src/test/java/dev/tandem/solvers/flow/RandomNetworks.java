package dev.tandem.solvers.flow;

import java.util.SplittableRandom;

/** Small random networks for cross-checks: balanced by construction, feasible or not, costs of either sign. */
final class RandomNetworks {

    private RandomNetworks() {
    }

    /**
     * 2-12 nodes, 0-40 arcs (parallel arcs likely, no loops), capacities 0-10, unit costs -5..20 (a quarter of the
     * arcs negative, so negative cycles occur), supplies -10..10 on some nodes with the last node balancing them.
     * Magnitudes stay far below 2^53, so JGraphT's double costs are exact.
     */
    static FlowNetwork next(SplittableRandom random) {
        int nodes = 2 + random.nextInt(11);
        FlowNetwork.Builder builder = FlowNetwork.builder(nodes);
        long sum = 0;
        for (int node = 0; node < nodes - 1; node++) {
            long supply = random.nextInt(3) == 0 ? 0 : random.nextInt(-10, 11);
            builder.supply(node, supply);
            sum += supply;
        }
        builder.supply(nodes - 1, -sum);
        int arcs = random.nextInt(41);
        for (int arc = 0; arc < arcs; arc++) {
            int from = random.nextInt(nodes);
            int to = (from + 1 + random.nextInt(nodes - 1)) % nodes;
            long capacity = random.nextInt(11);
            long unitCost = random.nextInt(4) == 0 ? -random.nextInt(1, 6) : random.nextInt(21);
            builder.addArc(from, to, capacity, unitCost);
        }
        return builder.build();
    }
}
