package dev.tandem.solvers.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class FlowResultTest {

    @Test
    void copiesTheFlowsInAndOut() {
        long[] flows = {1, 2};
        FlowResult result = FlowResult.optimal(flows, 3);

        flows[0] = 99;
        result.flows()[1] = 99;

        assertThat(result.flows()).containsExactly(1, 2);
        assertThat(result.flow(1)).isEqualTo(2);
    }

    @Test
    void comparesByTheContentsOfTheFlows() {
        assertThat(FlowResult.optimal(new long[] {1, 2}, 3)).isEqualTo(FlowResult.optimal(new long[] {1, 2}, 3))
                .hasSameHashCodeAs(FlowResult.optimal(new long[] {1, 2}, 3))
                .isNotEqualTo(FlowResult.optimal(new long[] {2, 1}, 3))
                .hasToString("FlowResult[OPTIMAL, cost 3, 2 arcs]");
        assertThat(FlowResult.failed(FlowStatus.INFEASIBLE, "why"))
                .isEqualTo(FlowResult.failed(FlowStatus.INFEASIBLE, "why"))
                .hasToString("FlowResult[INFEASIBLE: why]");
    }

    @Test
    void saysWhyThereIsNoFlowWhenOneIsAskedOf() {
        FlowResult result = FlowResult.failed(FlowStatus.UNBALANCED, "The supplies sum to (1).");

        assertThat(result.isOptimal()).isFalse();
        assertThat(result.flows()).isEmpty();
        assertThatThrownBy(() -> result.flow(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("A result with status (UNBALANCED) has no flows: The supplies sum to (1).");
    }

    @Test
    void keepsTheFlowsOfACostOverflowButHasNoCost() {
        FlowResult result = FlowResult.costOverflow(new long[] {4}, "The total cost ...");

        assertThat(result.flow(0)).isEqualTo(4);
        assertThat(result.isOptimal()).isFalse();
        assertThat(result.cost()).as("a cost too big for a long is no cost of 0").isEmpty();
        assertThatThrownBy(result::optimalCost).isInstanceOf(IllegalStateException.class)
                .hasMessage("A result with status (COST_OVERFLOW) has no cost: The total cost ...");
    }

    @Test
    void hasACostOnlyWhenOptimal() {
        assertThat(FlowResult.optimal(new long[] {1}, 7).cost()).hasValue(7);
        assertThat(FlowResult.optimal(new long[] {1}, 7).optimalCost()).isEqualTo(7);
        for (FlowStatus status : FlowStatus.values()) {
            if (status != FlowStatus.OPTIMAL && !status.hasFlows()) {
                assertThat(FlowResult.failed(status, "why").cost()).as("%s", status).isEmpty();
            }
        }
    }

    @Test
    void rejectsResultsThatBreakTheInvariants() {
        assertThatThrownBy(() -> new FlowResult(FlowStatus.INFEASIBLE, new long[] {1}, OptionalLong.empty(), "why"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A result with status (INFEASIBLE) has no flows, but 1 were given.");
        assertThatThrownBy(() -> new FlowResult(FlowStatus.COST_OVERFLOW, new long[] {1},
                OptionalLong.of(Long.MAX_VALUE), "why"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A result with status (COST_OVERFLOW) has no cost, but (" + Long.MAX_VALUE);
        assertThatThrownBy(() -> new FlowResult(FlowStatus.OPTIMAL, new long[] {1}, OptionalLong.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A result with status (OPTIMAL) must have a cost.");
        assertThatThrownBy(() -> FlowResult.failed(FlowStatus.BAD_RESULT, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A result with status (BAD_RESULT) must have a message.");
        assertThatThrownBy(() -> new FlowResult(FlowStatus.OPTIMAL, new long[0], OptionalLong.of(0), "fine"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A result with status (OPTIMAL) must have no message, but has (fine).");
        assertThatThrownBy(() -> FlowResult.optimal(new long[] {0, -1}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The flow (-1) on arc (1) must be 0 or more.");
    }

    @Test
    void hasFlowsOnlyForOptimalAndCostOverflow() {
        assertThat(FlowStatus.values()).filteredOn(FlowStatus::hasFlows)
                .containsExactly(FlowStatus.OPTIMAL, FlowStatus.COST_OVERFLOW);
    }
}
