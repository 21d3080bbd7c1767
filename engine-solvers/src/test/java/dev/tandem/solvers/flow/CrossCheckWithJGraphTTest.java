package dev.tandem.solvers.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * OR-Tools against an independent exact solver, JGraphT's capacity scaling, on thousands of random small networks
 * (see {@link RandomNetworks}): the same feasibility verdict, and where feasible the same least cost, with flows
 * that pass the model's checks. The flows themselves may differ where the optimum is not unique.
 */
class CrossCheckWithJGraphTTest {

    private static final int NETWORKS = 5_000;
    private static final long SEED = 20_240_611L;

    @Test
    void agreesWithJGraphTOnFeasibilityAndLeastCost() {
        MinCostFlowSolver orTools = new OrToolsMinCostFlow();
        MinCostFlowSolver jgrapht = new JGraphTMinCostFlow();
        SplittableRandom random = new SplittableRandom(SEED);
        int feasible = 0;
        int withNegativeCost = 0;
        for (int i = 0; i < NETWORKS; i++) {
            FlowNetwork network = RandomNetworks.next(random);

            FlowResult expected = jgrapht.solve(network);
            FlowResult actual = orTools.solve(network);

            String description = "network " + i + " of seed " + SEED + ": " + network;
            assertThat(actual.status()).as(description).isEqualTo(expected.status());
            if (actual.isOptimal()) {
                feasible++;
                assertThat(actual.cost()).as(description).isEqualTo(expected.cost());
                assertThat(FlowCheck.violation(network, actual.flows())).as(description).isEmpty();
                assertThat(FlowCheck.violation(network, expected.flows())).as(description).isEmpty();
                if (actual.optimalCost() < 0) {
                    withNegativeCost++;
                }
            }
        }
        // Both verdicts, and negative optima, are common enough to have been compared many times.
        assertThat(feasible).isBetween(NETWORKS / 10, NETWORKS - NETWORKS / 10);
        assertThat(withNegativeCost).isGreaterThan(NETWORKS / 50);
    }
}
