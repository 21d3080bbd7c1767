package dev.tandem.solvers.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The OR-Tools solver on hand-checked networks, and on the inputs that trip OR-Tools 9.15: each status is reached
 * for real through the native solver, and the status mapping is also tested on its own.
 */
class OrToolsMinCostFlowTest {

    private static final long MAX = Long.MAX_VALUE;

    private final MinCostFlowSolver solver = new OrToolsMinCostFlow();

    @Nested
    class Optimal {

        /**
         * The example of the OR-Tools guide "Minimum Cost Flows" (ortools/graph/samples/simple_min_cost_flow_program):
         * 20 units from node 0 to nodes 3 (5) and 4 (15), optimum 150.
         */
        @Test
        void solvesTheOrToolsGuideExampleAtItsKnownOptimum() {
            int[] from = {0, 0, 1, 1, 1, 2, 2, 3, 4};
            int[] to = {1, 2, 2, 3, 4, 3, 4, 4, 2};
            long[] capacities = {15, 8, 20, 4, 10, 15, 4, 20, 5};
            long[] unitCosts = {4, 4, 2, 2, 6, 1, 3, 2, 3};
            FlowNetwork.Builder builder = FlowNetwork.builder(5).supply(0, 20).supply(3, -5).supply(4, -15);
            for (int arc = 0; arc < from.length; arc++) {
                builder.addArc(from[arc], to[arc], capacities[arc], unitCosts[arc]);
            }
            FlowNetwork network = builder.build();

            FlowResult result = solver.solve(network);

            assertThat(result.status()).isEqualTo(FlowStatus.OPTIMAL);
            assertThat(result.cost()).hasValue(150);
            assertThat(result.message()).isEmpty();
            assertThat(FlowCheck.violation(network, result.flows())).isEmpty();
        }

        /**
         * Four units from 0 to 3: the two over 0-1-3 (cost 2 each) fill arc 0-1, the other two go 0-2-3 (cost 4
         * each); the detour 0-1-2-3 would cost 3 for a unit that could go 0-1-3 for 2. Unique optimum, cost 12.
         */
        @Test
        void findsTheUniqueOptimalFlowOfAHandCheckedNetwork() {
            FlowNetwork.Builder builder = FlowNetwork.builder(4).supply(0, 4).supply(3, -4);
            int zeroOne = builder.addArc(0, 1, 2, 1);
            int zeroTwo = builder.addArc(0, 2, 3, 3);
            int oneThree = builder.addArc(1, 3, 3, 1);
            int twoThree = builder.addArc(2, 3, 3, 1);
            int oneTwo = builder.addArc(1, 2, 1, 1);

            FlowResult result = solver.solve(builder.build());

            assertThat(result).isEqualTo(FlowResult.optimal(new long[] {2, 2, 2, 2, 0}, 12));
            assertThat(result.flow(zeroOne)).isEqualTo(2);
            assertThat(result.flow(zeroTwo)).isEqualTo(2);
            assertThat(result.flow(oneThree)).isEqualTo(2);
            assertThat(result.flow(twoThree)).isEqualTo(2);
            assertThat(result.flow(oneTwo)).isZero();
        }

        @Test
        void solvesANetworkWithoutNodes() {
            assertThat(solver.solve(FlowNetwork.builder(0).build())).isEqualTo(FlowResult.optimal(new long[0], 0));
        }

        @Test
        void solvesANetworkWithoutArcsOrSupplyAsTheEmptyFlow() {
            assertThat(solver.solve(FlowNetwork.builder(6).build())).isEqualTo(FlowResult.optimal(new long[0], 0));
        }

        @Test
        void leavesEveryArcEmptyWhenNothingIsSuppliedAndNothingPaysToMove() {
            FlowNetwork.Builder builder = FlowNetwork.builder(3);
            builder.addArc(0, 1, 5, 3);
            builder.addArc(1, 2, 5, 0);
            builder.addArc(2, 0, 0, -4);

            assertThat(solver.solve(builder.build())).isEqualTo(FlowResult.optimal(new long[] {0, 0, 0}, 0));
        }

        @Test
        void fillsACycleOfNegativeCostToItsCapacityEvenWithoutSupply() {
            FlowNetwork.Builder builder = FlowNetwork.builder(2);
            builder.addArc(0, 1, 5, -1);
            builder.addArc(1, 0, 3, -1);

            assertThat(solver.solve(builder.build())).isEqualTo(FlowResult.optimal(new long[] {3, 3}, -6));
        }

        @Test
        void routesOverZeroCapacityArcsNothingAndOverParallelArcsTheCheaperFirst() {
            FlowNetwork.Builder parallel = FlowNetwork.builder(2).supply(0, 7).supply(1, -7);
            int closed = parallel.addArc(0, 1, 0, -10);
            int dear = parallel.addArc(0, 1, 10, 5);
            int cheap = parallel.addArc(0, 1, 4, 2);

            FlowResult result = solver.solve(parallel.build());

            assertThat(result.flow(closed)).isZero();
            assertThat(result.flow(cheap)).isEqualTo(4);
            assertThat(result.flow(dear)).isEqualTo(3);
            assertThat(result.cost()).hasValue(4 * 2 + 3 * 5);
        }
    }

    /** The rebalancing recipe: surplus stores, shortage stores, and a slack node for what is not worth moving. */
    @Nested
    class WithSlack {

        /**
         * Stores A (0) and B (1) have 5 and 2 spare; C (2) and D (3) lack 4 and 6. Staying is free; a unit short
         * costs 5. A to C (3 a unit) is worth it, A to D (8) is not, B to D (2) is: 4 + 2 units move, A keeps 1,
         * D stays 4 short. Cost 4 * 3 + 2 * 2 + 4 * 5 = 36.
         */
        @Test
        void movesOnlyWhatIsCheaperThanLeavingTheShortageUnmet() {
            FlowNetwork.Builder builder = FlowNetwork.builder(4)
                    .supply(0, 5).supply(1, 2).supply(2, -4).supply(3, -6);
            int aToC = builder.addArc(0, 2, 10, 3);
            int aToD = builder.addArc(0, 3, 10, 8);
            int bToD = builder.addArc(1, 3, 10, 2);
            FlowNetwork stores = builder.build();
            FlowNetwork network = stores.withSlack(0, 5);

            FlowResult result = solver.solve(network);

            assertThat(solver.solve(stores).status()).isEqualTo(FlowStatus.UNBALANCED);
            assertThat(result.status()).isEqualTo(FlowStatus.OPTIMAL);
            assertThat(result.cost()).hasValue(36);
            assertThat(result.flow(aToC)).isEqualTo(4);
            assertThat(result.flow(aToD)).isZero();
            assertThat(result.flow(bToD)).isEqualTo(2);
            // The slack arcs follow: A keeps, B keeps, C unmet, D unmet.
            assertThat(result.flows()).endsWith(1, 0, 0, 4);
        }

        @Test
        void meetsEveryDemandWhenSupplyIsPlentifulAndMovingIsCheap() {
            FlowNetwork.Builder builder = FlowNetwork.builder(3).supply(0, 10).supply(1, -3).supply(2, -2);
            builder.addArc(0, 1, 10, 1);
            builder.addArc(0, 2, 10, 1);

            FlowResult result = solver.solve(builder.build().withSlack(0, 100));

            assertThat(result).isEqualTo(FlowResult.optimal(new long[] {3, 2, 5, 0, 0}, 5));
        }
    }

    @Nested
    class Statuses {

        @Test
        void reportsAnUnbalancedNetworkWithTheSumOfItsSupplies() {
            FlowNetwork.Builder builder = FlowNetwork.builder(2).supply(0, 4).supply(1, -3);
            builder.addArc(0, 1, 5, 3);

            FlowResult result = solver.solve(builder.build());

            assertThat(result.status()).isEqualTo(FlowStatus.UNBALANCED);
            assertThat(result.flows()).isEmpty();
            assertThat(result.cost()).isEmpty();
            assertThat(result.message()).startsWith("The supplies of the network sum to (1) but must sum to 0")
                    .contains("1 units more to send than are wanted", "withSlack");
        }

        @Test
        void reportsADemandNoSupplyCanReachAsInfeasible() {
            FlowNetwork.Builder builder = FlowNetwork.builder(3).supply(0, 4).supply(2, -4);
            builder.addArc(0, 1, 5, 1);
            builder.addArc(2, 1, 5, 1);

            FlowResult result = solver.solve(builder.build());

            assertThat(result.status()).isEqualTo(FlowStatus.INFEASIBLE);
            assertThat(result.message()).startsWith("Only 0 of the 4 units of supply can reach a demand");
        }

        @Test
        void reportsTooLittleCapacityAsInfeasibleWithTheUnitsThatFit() {
            FlowNetwork.Builder builder = FlowNetwork.builder(2).supply(0, 4).supply(1, -4);
            builder.addArc(0, 1, 2, 3);

            FlowResult result = solver.solve(builder.build());

            assertThat(result.status()).isEqualTo(FlowStatus.INFEASIBLE);
            assertThat(result.message()).startsWith("Only 2 of the 4 units");
            assertThatThrownBy(() -> result.flow(0)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("INFEASIBLE");
        }

        @Test
        void reportsSuppliesWithoutArcsAsInfeasible() {
            FlowNetwork network = FlowNetwork.builder(2).supply(0, 1).supply(1, -1).build();

            assertThat(solver.solve(network).status()).isEqualTo(FlowStatus.INFEASIBLE);
        }

        @Test
        void reportsAHugeUnitCostAsABadCostRangeNamingTheArc() {
            for (long unitCost : new long[] {MAX, Long.MIN_VALUE, 1L << 60}) {
                FlowNetwork.Builder builder = FlowNetwork.builder(2).supply(0, 4).supply(1, -4);
                builder.addArc(0, 1, 5, 1);
                builder.addArc(0, 1, 5, unitCost);

                FlowResult result = solver.solve(builder.build());

                assertThat(result.status()).as("unit cost %s", unitCost).isEqualTo(FlowStatus.BAD_COST_RANGE);
                assertThat(result.message()).contains("(" + unitCost + ") on arc (1: 0 -> 1)");
            }
        }

        /** OR-Tools 9.15's Java enum throws for this native status; the native solver really returns it here. */
        @Test
        void reportsSuppliesSummingToLongMaxValueAsABadCapacityRange() {
            FlowNetwork.Builder builder = FlowNetwork.builder(3).supply(0, MAX / 2 + 1).supply(1, MAX / 2)
                    .supply(2, -MAX);
            builder.addArc(0, 2, MAX, 1);
            builder.addArc(1, 2, MAX, 1);

            FlowResult result = solver.solve(builder.build());

            assertThat(result.status()).isEqualTo(FlowStatus.BAD_CAPACITY_RANGE);
            assertThat(result.message()).contains("the supply (" + MAX + ")", "cap each arc at the total supply");
        }

        /** The likelier way in: Long.MAX_VALUE as "no limit" on two arcs into one node, for two units. */
        @Test
        void reportsUnlimitedCapacitiesIntoOneNodeAsABadCapacityRange() {
            FlowNetwork.Builder builder = FlowNetwork.builder(4).supply(0, 1).supply(1, 1).supply(3, -2);
            builder.addArc(0, 2, MAX, 0);
            builder.addArc(1, 2, MAX, 0);
            builder.addArc(2, 3, MAX, 0);

            FlowResult result = solver.solve(builder.build());

            assertThat(result.status()).isEqualTo(FlowStatus.BAD_CAPACITY_RANGE);
            assertThat(result.message()).contains("the largest capacity is (" + MAX + ") on arc (0: 0 -> 2)",
                    "total supply (2) instead of Long.MAX_VALUE");
        }

        @Test
        void solvesTheSameNetworkOnceItsCapacitiesAreCappedAtTheTotalSupply() {
            FlowNetwork.Builder builder = FlowNetwork.builder(4).supply(0, 1).supply(1, 1).supply(3, -2);
            builder.addArc(0, 2, 2, 0);
            builder.addArc(1, 2, 2, 0);
            builder.addArc(2, 3, 2, 0);

            assertThat(solver.solve(builder.build())).isEqualTo(FlowResult.optimal(new long[] {1, 1, 2}, 0));
        }

        /** OR-Tools answers OPTIMAL with a cost of Long.MAX_VALUE; the true cost is 2^34 * 2^30 = 2^64. */
        @Test
        void reportsAnOptimalFlowWhoseCostOverflowsALongAsCostOverflowWithTheExactCost() {
            long units = 1L << 34;
            FlowNetwork.Builder builder = FlowNetwork.builder(2).supply(0, units).supply(1, -units);
            builder.addArc(0, 1, units, 1L << 30);

            FlowResult result = solver.solve(builder.build());

            assertThat(result.status()).isEqualTo(FlowStatus.COST_OVERFLOW);
            assertThat(result.flows()).containsExactly(units);
            assertThat(result.cost()).isEmpty();
            assertThat(result.message()).contains("(" + BigInteger.TWO.pow(64) + ")");
        }

        /** OR-Tools answers a cost of -2^64 with +Long.MAX_VALUE. */
        @Test
        void reportsANegativeCostOverflowAsCostOverflowToo() {
            long units = 1L << 34;
            FlowNetwork.Builder builder = FlowNetwork.builder(2).supply(0, units).supply(1, -units);
            builder.addArc(0, 1, units, -(1L << 30));

            FlowResult result = solver.solve(builder.build());

            assertThat(result.status()).isEqualTo(FlowStatus.COST_OVERFLOW);
            assertThat(result.message()).contains("(" + BigInteger.TWO.pow(64).negate() + ")");
        }

        /** Here OR-Tools saturates a partial sum and answers Long.MAX_VALUE for a total of 2^64 - 2^64 = 0. */
        @Test
        void givesTheExactCostWhereOnlyAPartialSumOverflows() {
            long units = 1L << 34;
            FlowNetwork.Builder builder = FlowNetwork.builder(3).supply(0, units).supply(2, -units);
            builder.addArc(0, 1, units, 1L << 30);
            builder.addArc(1, 2, units, -(1L << 30));

            assertThat(solver.solve(builder.build())).isEqualTo(FlowResult.optimal(new long[] {units, units}, 0));
        }
    }

    @Nested
    class StatusMapping {

        @Test
        void readsTheNativeStatusFromTheJavaEnumsComplaint() {
            IllegalArgumentException complaint = new IllegalArgumentException(
                    "No enum class com.google.ortools.graph.MinCostFlowBase$Status with value 7");

            assertThat(OrToolsMinCostFlow.nativeStatusIn(complaint)).hasValue(7);
            assertThat(OrToolsMinCostFlow.nativeStatusIn(new IllegalArgumentException())).isEmpty();
            assertThat(OrToolsMinCostFlow.nativeStatusIn(new IllegalArgumentException("other"))).isEmpty();
        }

        @Test
        void mapsNativeSevenToBadCapacityRangeAndAnyOtherUnknownStatusToBadResult() {
            FlowNetwork network = FlowNetwork.builder(1).build();

            assertThat(OrToolsMinCostFlow.unknownStatus(network, new IllegalArgumentException(
                    "No enum class com.google.ortools.graph.MinCostFlowBase$Status with value 7")).status())
                    .isEqualTo(FlowStatus.BAD_CAPACITY_RANGE);
            FlowResult other = OrToolsMinCostFlow.unknownStatus(network, new IllegalArgumentException(
                    "No enum class com.google.ortools.graph.MinCostFlowBase$Status with value 9"));
            assertThat(other.status()).isEqualTo(FlowStatus.BAD_RESULT);
            assertThat(other.message()).endsWith("with value 9");
        }
    }

    @Test
    void givesTheSameResultsFromFourThreadsAsFromOne() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<FlowNetwork> networks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            networks.add(RandomNetworks.next(random));
        }
        List<FlowResult> sequential = networks.stream().map(solver::solve).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FlowResult>> parallel = new ArrayList<>();
            for (FlowNetwork network : networks) {
                parallel.add(pool.submit(() -> solver.solve(network)));
            }
            for (int i = 0; i < networks.size(); i++) {
                assertThat(parallel.get(i).get(10, TimeUnit.SECONDS)).as("network %s", i)
                        .isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
