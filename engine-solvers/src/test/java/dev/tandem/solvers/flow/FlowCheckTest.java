package dev.tandem.solvers.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checks every solver's flows go through, on flows no solver would return. */
class FlowCheckTest {

    /** 3 units from 0 to 2, through 1 or directly. */
    private static FlowNetwork network() {
        FlowNetwork.Builder builder = FlowNetwork.builder(3).supply(0, 3).supply(2, -3);
        builder.addArc(0, 1, 2, 1);
        builder.addArc(1, 2, 2, 1);
        builder.addArc(0, 2, 5, 4);
        return builder.build();
    }

    @Test
    void acceptsAFlowWithinCapacityThatMeetsEverySupply() {
        assertThat(FlowCheck.violation(network(), new long[] {2, 2, 1})).isEmpty();
    }

    @Test
    void findsAFlowAboveCapacityOrBelowZero() {
        assertThat(FlowCheck.violation(network(), new long[] {3, 3, 0}))
                .hasValue("The flow (3) on arc (0: 0 -> 1) is outside 0..2.");
        assertThat(FlowCheck.violation(network(), new long[] {-1, -1, 4}))
                .hasValue("The flow (-1) on arc (0: 0 -> 1) is outside 0..2.");
    }

    @Test
    void findsANodeWhoseFlowsDoNotMeetItsSupply() {
        assertThat(FlowCheck.violation(network(), new long[] {2, 1, 1}))
                .hasValue("At node (1) the flow out (1) minus the flow in (2) is not its supply (0).");
    }

    @Test
    void findsTheWrongNumberOfFlows() {
        assertThat(FlowCheck.violation(network(), new long[] {3}))
                .hasValue("There are 1 flows for 3 arcs.");
    }

    @Test
    void findsFlowsThroughANodeSummingBeyondALong() {
        FlowNetwork.Builder builder = FlowNetwork.builder(2);
        builder.addArc(0, 1, Long.MAX_VALUE, 0);
        builder.addArc(0, 1, Long.MAX_VALUE, 0);

        assertThat(FlowCheck.violation(builder.build(), new long[] {Long.MAX_VALUE, 1}))
                .hasValue("The flows through a node of arc (1: 0 -> 1) sum beyond a long.");
    }

    @Test
    void costsTheFlowsExactlyEvenWhereAPartialSumOverflows() {
        FlowNetwork.Builder builder = FlowNetwork.builder(2);
        builder.addArc(0, 1, 4, Long.MAX_VALUE / 2);
        builder.addArc(1, 0, 4, -(Long.MAX_VALUE / 2));
        builder.addArc(0, 1, 4, 5);

        assertThat(FlowCheck.costed(builder.build(), new long[] {3, 3, 1})).isEqualTo(FlowResult.optimal(
                new long[] {3, 3, 1}, 5));
    }

    @Test
    void reportsACostBeyondALongAsCostOverflowWithTheExactValue() {
        FlowNetwork.Builder builder = FlowNetwork.builder(2);
        builder.addArc(0, 1, 4, Long.MAX_VALUE);

        FlowResult result = FlowCheck.costed(builder.build(), new long[] {2});

        assertThat(result.status()).isEqualTo(FlowStatus.COST_OVERFLOW);
        assertThat(result.message()).startsWith("The total cost (18446744073709551614) of the optimal flow is beyond"
                + " a long");
    }
}
