package dev.tandem.solvers.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FlowNetworkTest {

    @Test
    void keepsNodesSuppliesAndArcsInTheOrderGiven() {
        FlowNetwork.Builder builder = FlowNetwork.builder(3).supply(0, 5).supply(2, -4);
        int first = builder.addArc(0, 1, 7, 3);
        int second = builder.addArc(1, 2, 0, -2);
        int parallel = builder.addArc(1, 2, 9, 1);
        FlowNetwork network = builder.build();

        assertThat(new int[] {first, second, parallel}).containsExactly(0, 1, 2);
        assertThat(network.nodeCount()).isEqualTo(3);
        assertThat(network.arcCount()).isEqualTo(3);
        assertThat(network.arcFrom(1)).isEqualTo(1);
        assertThat(network.arcTo(1)).isEqualTo(2);
        assertThat(network.capacity(0)).isEqualTo(7);
        assertThat(network.unitCost(1)).isEqualTo(-2);
        assertThat(network.supply(0)).isEqualTo(5);
        assertThat(network.supply(1)).isZero();
        assertThat(network.totalSupply()).isEqualTo(1);
        assertThat(network.isBalanced()).isFalse();
        assertThat(network).hasToString("FlowNetwork[3 nodes, 3 arcs, supply 5, demand 4]");
    }

    @Test
    void replacesASupplySetTwiceAndCountsANetworkSummingToZeroAsBalanced() {
        FlowNetwork network = FlowNetwork.builder(2).supply(0, 5).supply(1, -3).supply(0, 3).build();

        assertThat(network.supply(0)).isEqualTo(3);
        assertThat(network.totalSupply()).isZero();
        assertThat(network.isBalanced()).isTrue();
    }

    @Test
    void buildsSnapshotsThatLaterChangesToTheBuilderLeaveAlone() {
        FlowNetwork.Builder builder = FlowNetwork.builder(2).supply(0, 1);
        builder.addArc(0, 1, 1, 1);
        FlowNetwork before = builder.build();

        builder.supply(0, 9);
        for (int arc = 0; arc < 40; arc++) {
            builder.addArc(1, 0, arc, arc);
        }
        FlowNetwork after = builder.build();

        assertThat(before.supply(0)).isEqualTo(1);
        assertThat(before.arcCount()).isEqualTo(1);
        assertThat(after.arcCount()).isEqualTo(41);
        assertThat(after.capacity(40)).isEqualTo(39);
    }

    @Test
    void rejectsANegativeNodeCount() {
        assertThatThrownBy(() -> FlowNetwork.builder(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The nodeCount (-1) must be 0 or more.");
    }

    @Test
    void rejectsNodesOutOfRangeNamingTheValue() {
        FlowNetwork.Builder builder = FlowNetwork.builder(3);

        assertThatThrownBy(() -> builder.supply(3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The node (3) must be a node of this network (0..2).");
        assertThatThrownBy(() -> builder.addArc(-1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The from node (-1) must be a node of this network (0..2).");
        assertThatThrownBy(() -> builder.addArc(0, 7, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The to node (7) must be a node of this network (0..2).");
        assertThatThrownBy(() -> FlowNetwork.builder(0).supply(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The node (0) must be a node of this network of no nodes.");
    }

    @Test
    void rejectsLoopsAndNegativeCapacities() {
        FlowNetwork.Builder builder = FlowNetwork.builder(3);

        assertThatThrownBy(() -> builder.addArc(2, 2, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The arc (2 -> 2) must join two different nodes.\nMaybe drop it");
        assertThatThrownBy(() -> builder.addArc(0, 1, -3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The capacity (-3) of arc (0 -> 1) must be 0 or more.");
        assertThat(builder.build().arcCount()).isZero();
    }

    @Test
    void rejectsSuppliesOrDemandsSummingBeyondALong() {
        FlowNetwork.Builder supplies = FlowNetwork.builder(3).supply(0, Long.MAX_VALUE).supply(1, 1);
        FlowNetwork.Builder demands = FlowNetwork.builder(3).supply(0, Long.MIN_VALUE);

        assertThatThrownBy(supplies::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The supplies (the positive ones) of the network sum to 9223372036854775808,"
                        + " beyond a long");
        assertThatThrownBy(demands::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The demands (the negative supplies) of the network sum to "
                        + "9223372036854775808");
        assertThat(FlowNetwork.builder(2).supply(0, Long.MAX_VALUE).supply(1, -Long.MAX_VALUE).build().isBalanced())
                .isTrue();
    }

    @Test
    void addsASlackNodeLastWithKeepArcsThenUnmetArcsAfterTheOriginalOnes() {
        FlowNetwork.Builder builder = FlowNetwork.builder(4).supply(0, -2).supply(1, 5).supply(2, -6)
                .supply(3, 1);
        builder.addArc(1, 0, 9, 4);
        FlowNetwork network = builder.build();

        FlowNetwork slack = network.withSlack(node -> 10 + node, node -> 100 + node);

        assertThat(slack.nodeCount()).isEqualTo(5);
        assertThat(slack.supply(4)).isEqualTo(2);
        assertThat(slack.isBalanced()).isTrue();
        assertThat(slack.arcCount()).isEqualTo(5);
        assertThat(arc(slack, 0)).isEqualTo("1->0 cap 9 cost 4");
        assertThat(arc(slack, 1)).isEqualTo("1->4 cap 5 cost 11");
        assertThat(arc(slack, 2)).isEqualTo("3->4 cap 1 cost 13");
        assertThat(arc(slack, 3)).isEqualTo("4->0 cap 2 cost 100");
        assertThat(arc(slack, 4)).isEqualTo("4->2 cap 6 cost 102");
        assertThat(network.nodeCount()).isEqualTo(4);
    }

    @Test
    void givesTheSlackNodeTheDemandWhenThereIsMoreSupply() {
        FlowNetwork slack = FlowNetwork.builder(2).supply(0, 9).supply(1, -2).build().withSlack(0, 50);

        assertThat(slack.supply(2)).isEqualTo(-7);
        assertThat(slack.isBalanced()).isTrue();
    }

    private static String arc(FlowNetwork network, int arc) {
        return network.arcFrom(arc) + "->" + network.arcTo(arc) + " cap " + network.capacity(arc) + " cost "
                + network.unitCost(arc);
    }
}
