package dev.tandem.solvers.internal.ortools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.google.ortools.graph.MinCostFlow;

class OrToolsNativeTest {

    @Test
    void loadsOnceAndSolvesATinyFlow() {
        OrToolsNative.ensureLoaded();
        OrToolsNative.ensureLoaded();

        MinCostFlow flow = new MinCostFlow();
        try {
            flow.addArcWithCapacityAndUnitCost(0, 1, 5, 3);
            flow.setNodeSupply(0, 4);
            flow.setNodeSupply(1, -4);

            assertThat(flow.solve()).isEqualTo(MinCostFlow.Status.OPTIMAL);
            assertThat(flow.getOptimalCost()).isEqualTo(12);
        } finally {
            flow.delete();
        }
    }
}
