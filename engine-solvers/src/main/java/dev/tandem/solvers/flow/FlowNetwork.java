package dev.tandem.solvers.flow;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntToLongFunction;

/**
 * A minimum-cost flow problem: nodes with supplies, and directed arcs with a capacity and a unit cost.
 *
 * <p>Model: find a flow {@code f[a]} on every arc with {@code 0 <= f[a] <= capacity(a)} such that at every node
 * the flow out minus the flow in equals the node's {@link #supply(int) supply}, at the least total cost
 * {@code sum over arcs of f[a] * unitCost(a)}. Everything is a whole number of units; the caller chooses what a
 * unit is (one part, one pallet) and what a cost unit is (fen, metres of road).
 *
 * <p>Invariants, checked when the network is built: nodes are {@code 0 .. nodeCount() - 1}, arcs are numbered
 * {@code 0 .. arcCount() - 1} in the order they were added, an arc joins two different nodes (parallel arcs are
 * allowed), every capacity is zero or more, unit costs may be negative, and the positive supplies and the
 * demands each sum to a {@code long}. A network need not be {@linkplain #isBalanced() balanced}: a solver reports
 * an unbalanced one as {@link FlowStatus#UNBALANCED}, and {@link #withSlack(long, long)} balances it with a slack
 * node.
 *
 * <p>Immutable and thread-safe; the accessors are O(1).
 *
 * <pre>{@code
 * FlowNetwork.Builder builder = FlowNetwork.builder(3)
 *         .supply(0, 5)         // five units to send from node 0
 *         .supply(2, -5);       // five units wanted at node 2
 * int direct = builder.addArc(0, 2, 3, 10);
 * builder.addArc(0, 1, 5, 2);
 * builder.addArc(1, 2, 5, 2);
 * FlowResult result = new OrToolsMinCostFlow().solve(builder.build());   // OPTIMAL, cost 20, flow(direct) == 0
 * }</pre>
 */
public final class FlowNetwork {

    private final long[] supplies;
    private final int[] from;
    private final int[] to;
    private final long[] capacities;
    private final long[] unitCosts;
    /** The sum of the positive supplies. */
    private final long supplied;
    /** The sum of the demands, as a positive number. */
    private final long demanded;

    private FlowNetwork(long[] supplies, int[] from, int[] to, long[] capacities, long[] unitCosts) {
        this.supplies = supplies;
        this.from = from;
        this.to = to;
        this.capacities = capacities;
        this.unitCosts = unitCosts;
        BigInteger positive = BigInteger.ZERO;
        BigInteger negative = BigInteger.ZERO;
        for (long supply : supplies) {
            if (supply > 0) {
                positive = positive.add(BigInteger.valueOf(supply));
            } else if (supply < 0) {
                negative = negative.subtract(BigInteger.valueOf(supply));
            }
        }
        this.supplied = fitting(positive, "supplies (the positive ones)");
        this.demanded = fitting(negative, "demands (the negative supplies)");
    }

    private static long fitting(BigInteger sum, String what) {
        if (sum.bitLength() >= Long.SIZE) {
            throw new IllegalArgumentException("The " + what + " of the network sum to " + sum
                    + ", beyond a long (" + Long.MAX_VALUE + ").\nMaybe count in larger units.");
        }
        return sum.longValue();
    }

    /**
     * Starts a network of {@code nodeCount} nodes, every supply 0 and no arcs.
     *
     * @param nodeCount the number of nodes, zero or more
     * @throws IllegalArgumentException if {@code nodeCount} is negative
     */
    public static Builder builder(int nodeCount) {
        return new Builder(nodeCount);
    }

    public int nodeCount() {
        return supplies.length;
    }

    public int arcCount() {
        return from.length;
    }

    /** The node the arc leaves. */
    public int arcFrom(int arc) {
        return from[arc];
    }

    /** The node the arc enters. */
    public int arcTo(int arc) {
        return to[arc];
    }

    /** The most units the arc can carry, zero or more. */
    public long capacity(int arc) {
        return capacities[arc];
    }

    /** The cost of one unit on the arc; may be negative. */
    public long unitCost(int arc) {
        return unitCosts[arc];
    }

    /** The node's supply: positive for units to send, negative for units wanted, zero for a transit node. */
    public long supply(int node) {
        return supplies[node];
    }

    /**
     * The sum of all supplies: the positive supplies minus the demands, zero when the network is
     * {@linkplain #isBalanced() balanced}, positive when it has more to send than is wanted.
     */
    public long totalSupply() {
        return supplied - demanded;
    }

    /** The sum of the positive supplies: the units there are to send. */
    long supplied() {
        return supplied;
    }

    /** Whether the supplies sum to zero, as a solver needs them to. */
    public boolean isBalanced() {
        return supplied == demanded;
    }

    /**
     * This network with one more node, a slack node, that lets every supply stay where it is and every demand go
     * unmet, each at the same cost per unit; see {@link #withSlack(IntToLongFunction, IntToLongFunction)}.
     *
     * @param keepCost the cost of a unit of supply that stays at its node; 0 when staying is free
     * @param unmetCost the cost of a unit of demand left unmet: the penalty a solver weighs each move against
     */
    public FlowNetwork withSlack(long keepCost, long unmetCost) {
        return withSlack(node -> keepCost, node -> unmetCost);
    }

    /**
     * This network with one more node, a slack node, that lets supply stay where it is and demand go unmet: the
     * recipe for a network whose supplies and demands differ, such as surplus stores and shortage stores, where
     * a solver should move only what is worth moving.
     *
     * <p>The slack node is the last node, {@code nodeCount()} of this network. The arcs of this network keep
     * their indexes; after them come, in node order, an arc from each node with a positive supply {@code s} to
     * the slack node (capacity {@code s}, unit cost {@code keepCost(node)}: the units that stay), then, in node
     * order, an arc from the slack node to each node with a demand {@code d} (capacity {@code d}, unit cost
     * {@code unmetCost(node)}: the units that go unmet). The slack node's supply is the total demand minus the
     * total supply, so the result is always balanced, and always feasible: every unit can stay and every demand
     * go unmet.
     *
     * <p>In an optimal flow a unit moves from a supply node to a demand node only when its path costs less than
     * {@code keepCost(source) + unmetCost(sink)}; at equal cost a solver may do either. With a keep cost of 0
     * the unmet cost is the most a unit of demand is worth moving for.
     *
     * @param keepCost the cost per unit of supply that stays, by node
     * @param unmetCost the cost per unit of demand left unmet, by node
     * @throws IllegalArgumentException if this network already has {@code Integer.MAX_VALUE} nodes
     */
    public FlowNetwork withSlack(IntToLongFunction keepCost, IntToLongFunction unmetCost) {
        Objects.requireNonNull(keepCost, "keepCost");
        Objects.requireNonNull(unmetCost, "unmetCost");
        if (nodeCount() == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The network has " + nodeCount()
                    + " nodes already, the most there can be, so there is no room for a slack node.");
        }
        int slack = nodeCount();
        Builder builder = new Builder(slack + 1);
        for (int node = 0; node < slack; node++) {
            builder.supply(node, supplies[node]);
        }
        for (int arc = 0; arc < arcCount(); arc++) {
            builder.addArc(from[arc], to[arc], capacities[arc], unitCosts[arc]);
        }
        for (int node = 0; node < slack; node++) {
            if (supplies[node] > 0) {
                builder.addArc(node, slack, supplies[node], keepCost.applyAsLong(node));
            }
        }
        for (int node = 0; node < slack; node++) {
            if (supplies[node] < 0) {
                builder.addArc(slack, node, -supplies[node], unmetCost.applyAsLong(node));
            }
        }
        // Both sums fit in a long and are non-negative, so their difference does too.
        builder.supply(slack, demanded - supplied);
        return builder.build();
    }

    /** Such as {@code FlowNetwork[3 nodes, 4 arcs, supply 5, demand 5]}. */
    @Override
    public String toString() {
        return "FlowNetwork[" + nodeCount() + " nodes, " + arcCount() + " arcs, supply " + supplied + ", demand "
                + demanded + "]";
    }

    /**
     * Collects the supplies and arcs of a {@link FlowNetwork} and checks each as it comes. Not thread-safe; each
     * {@link #build()} takes a snapshot, so one builder can build a series of growing networks.
     */
    public static final class Builder {

        private final long[] supplies;
        private int arcCount;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private long[] capacities = new long[16];
        private long[] unitCosts = new long[16];

        private Builder(int nodeCount) {
            if (nodeCount < 0) {
                throw new IllegalArgumentException("The nodeCount (" + nodeCount + ") must be 0 or more.");
            }
            this.supplies = new long[nodeCount];
        }

        /**
         * Sets the supply of a node, replacing any earlier one.
         *
         * @param node the node, {@code 0 .. nodeCount - 1}
         * @param units positive for units the node sends, negative for units it wants, 0 for neither
         * @throws IllegalArgumentException if the node is out of range
         */
        public Builder supply(int node, long units) {
            checkNode(node, "node");
            supplies[node] = units;
            return this;
        }

        /**
         * Adds a directed arc.
         *
         * @param from the node the arc leaves
         * @param to the node the arc enters, not {@code from}
         * @param capacity the most units the arc carries, 0 or more. For an arc without a limit of its own, give
         *        the total supply rather than {@code Long.MAX_VALUE}: OR-Tools refuses a node whose arcs' summed
         *        capacities overflow a long ({@link FlowStatus#BAD_CAPACITY_RANGE})
         * @param unitCost the cost of each unit the arc carries; may be negative
         * @return the index of the new arc, the number of arcs added before it
         * @throws IllegalArgumentException if a node is out of range, the arc is a loop or the capacity negative
         */
        public int addArc(int from, int to, long capacity, long unitCost) {
            checkNode(from, "from node");
            checkNode(to, "to node");
            if (from == to) {
                throw new IllegalArgumentException("The arc (" + from + " -> " + to
                        + ") must join two different nodes.\nMaybe drop it: a loop moves nothing.");
            }
            if (capacity < 0) {
                throw new IllegalArgumentException("The capacity (" + capacity + ") of arc (" + from + " -> " + to
                        + ") must be 0 or more.");
            }
            if (arcCount == this.from.length) {
                int grown = Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8L, 2L * arcCount));
                if (grown == arcCount) {
                    throw new IllegalStateException("The network has " + arcCount
                            + " arcs, the most a builder holds.");
                }
                this.from = Arrays.copyOf(this.from, grown);
                this.to = Arrays.copyOf(this.to, grown);
                this.capacities = Arrays.copyOf(this.capacities, grown);
                this.unitCosts = Arrays.copyOf(this.unitCosts, grown);
            }
            this.from[arcCount] = from;
            this.to[arcCount] = to;
            this.capacities[arcCount] = capacity;
            this.unitCosts[arcCount] = unitCost;
            return arcCount++;
        }

        /**
         * The network as built so far.
         *
         * @throws IllegalArgumentException if the positive supplies, or the demands, sum beyond a {@code long}
         */
        public FlowNetwork build() {
            return new FlowNetwork(supplies.clone(), Arrays.copyOf(from, arcCount), Arrays.copyOf(to, arcCount),
                    Arrays.copyOf(capacities, arcCount), Arrays.copyOf(unitCosts, arcCount));
        }

        private void checkNode(int node, String role) {
            if (node < 0 || node >= supplies.length) {
                throw new IllegalArgumentException("The " + role + " (" + node + ") must be a node of this network "
                        + (supplies.length == 0 ? "of no nodes." : "(0.." + (supplies.length - 1) + ")."));
            }
        }
    }
}
