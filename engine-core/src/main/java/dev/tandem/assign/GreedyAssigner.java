package dev.tandem.assign;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.PriorityQueue;
import dev.tandem.assign.internal.CapacityPrices;

/**
 * The greedy assignment baseline, Martello and Toth's MTHG heuristic (Knapsack Problems, 1990, §7.3): for a
 * measure of desirability, repeatedly place the item with the largest regret (the difference between its most and
 * second most desirable bin that still has room; infinite when only one has room) in its most desirable bin with
 * room, then improve by shifting each item to a cheaper bin with room while any such shift exists. This runs once
 * for each of MTHG's measures (the cost, the load, and the load as a share of the bin's capacity; lower is more
 * desirable) and keeps the best result: cost alone often strands items on tight instances, load alone ignores
 * cost. An item no bin has room for stays unassigned.
 *
 * <p>Regrets are kept in a priority queue and re-evaluated when an item reaches the top, not after every placement
 * as in the textbook version: an item whose regret fell goes back into the queue, one whose regret rose waits for
 * its turn. This makes a placement {@code O(options × log items)} in the usual case, instead of
 * {@code O(items × options)}, and 5,000 items of 20 options each take milliseconds.
 *
 * <p>Starting from an assignment, its placements that fit are kept (in item order) and only the rest are placed.
 * Ties go to the lower item, then the lower bin. Deterministic; ignores the time limit and the seed. Stateless and
 * thread-safe.
 */
public final class GreedyAssigner implements AssignmentSolver {

    /** The name of this solver in plans and reports. */
    public static final String NAME = "greedy";

    /** A bound on the improvement passes; each pass only lowers the cost, so it ends long before on real data. */
    private static final int MAX_PASSES = 50;
    /** Fixed point for priced desirabilities: costs and prices are compared to a thousandth. */
    private static final double PRICE_SCALE = 1_000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Assignment solve(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(start, "start");
        checkArgument(start.problem() == problem, "The start assignment is of another problem.");
        Assignment best = start;
        for (Measure desirability : Measure.values()) {
            Assignment result = new Run(problem, start, desirability).solve();
            if (result.score().compareTo(best.score()) < 0) {
                best = result;
            }
        }
        return best;
    }

    /**
     * MTHG with one more measure of desirability, the cost plus the bin's price times the load (lower is more
     * desirable), then the same improvement: with {@link CapacityPrices}, an item does not crowd into a bin every
     * item wants only because it is cheap there. Deterministic.
     *
     * @param loadPrices per bin, the price of one unit of its load, non-negative
     * @return the better of {@code start} and this construction
     * @throws IllegalArgumentException if {@code start} is of another problem or the prices are not one per bin
     */
    public Assignment solve(AssignmentProblem problem, Assignment start, double[] loadPrices) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(start, "start");
        checkArgument(start.problem() == problem, "The start assignment is of another problem.");
        checkArgument(loadPrices.length == problem.binCount(), "The prices (%s) must be one per bin (%s).",
                loadPrices.length, problem.binCount());
        double[] prices = loadPrices.clone();
        Desirability priced = (p, item, k) -> Math.round(PRICE_SCALE
                * (p.optionCost(item, k) + prices[p.optionBin(item, k)] * p.optionLoad(item, k)));
        Assignment result = new Run(problem, start, priced).solve();
        return result.score().compareTo(start.score()) < 0 ? result : start;
    }

    /** How much an item wants a bin, lower wanting more. */
    private interface Desirability {

        long of(AssignmentProblem problem, int item, int k);
    }

    /** MTHG's measures of how much an item wants a bin, lower wanting more. */
    private enum Measure implements Desirability {
        COST {
            @Override
            public long of(AssignmentProblem problem, int item, int k) {
                return problem.optionCost(item, k);
            }
        },
        LOAD {
            @Override
            public long of(AssignmentProblem problem, int item, int k) {
                return problem.optionLoad(item, k);
            }
        },
        SHARE_OF_CAPACITY {
            @Override
            public long of(AssignmentProblem problem, int item, int k) {
                long capacity = Math.max(1, problem.capacity(problem.optionBin(item, k)));
                return (long) (1e9 * problem.optionLoad(item, k) / capacity);
            }
        };

        @Override
        public abstract long of(AssignmentProblem problem, int item, int k);
    }

    /** The mutable state of one solve. */
    private static final class Run {

        private final AssignmentProblem problem;
        private final Desirability desirability;
        private final int[] bins;
        private final long[] residual;

        Run(AssignmentProblem problem, Assignment start, Desirability desirability) {
            this.problem = problem;
            this.desirability = desirability;
            this.bins = new int[problem.itemCount()];
            Arrays.fill(bins, Assignment.UNASSIGNED);
            this.residual = new long[problem.binCount()];
            for (int bin = 0; bin < residual.length; bin++) {
                residual[bin] = problem.capacity(bin);
            }
            for (int item = 0; item < bins.length; item++) {
                int bin = start.binOrUnassigned(item);
                if (bin != Assignment.UNASSIGNED && problem.load(item, bin) <= residual[bin]) {
                    place(item, bin, problem.load(item, bin));
                }
            }
        }

        Assignment solve() {
            construct();
            improve();
            return new Assignment(problem, bins);
        }

        private void construct() {
            // Entries are {regret, item}: the largest regret first, then the lower item.
            PriorityQueue<long[]> queue = new PriorityQueue<>(Math.max(1, bins.length),
                    (a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
            for (int item = 0; item < bins.length; item++) {
                if (bins[item] == Assignment.UNASSIGNED) {
                    long regret = regret(item);
                    if (regret >= 0) {
                        queue.add(new long[] {regret, item});
                    }
                }
            }
            while (!queue.isEmpty()) {
                long[] top = queue.poll();
                int item = (int) top[1];
                long regret = regret(item);
                if (regret < 0) {
                    continue; // no bin has room left: stays unassigned
                }
                if (regret < top[0] && !queue.isEmpty() && compare(regret, item, queue.peek()) > 0) {
                    queue.add(new long[] {regret, item});
                    continue;
                }
                int k = mostDesirableWithRoom(item);
                place(item, problem.optionBin(item, k), problem.optionLoad(item, k));
            }
        }

        /** Positive when the entry {@code (regret, item)} comes after {@code other} in the queue's order. */
        private static int compare(long regret, int item, long[] other) {
            return regret != other[0] ? Long.compare(other[0], regret) : Long.compare(item, other[1]);
        }

        private void improve() {
            boolean changed = true;
            for (int pass = 0; pass < MAX_PASSES && changed; pass++) {
                changed = false;
                for (int item = 0; item < bins.length; item++) {
                    int current = bins[item];
                    int k = cheapestWithRoom(item, current);
                    if (k < 0) {
                        continue;
                    }
                    int bin = problem.optionBin(item, k);
                    if (current == Assignment.UNASSIGNED || problem.optionCost(item, k) < problem.cost(item, current)) {
                        if (current != Assignment.UNASSIGNED) {
                            residual[current] += problem.load(item, current);
                        }
                        place(item, bin, problem.optionLoad(item, k));
                        changed = true;
                    }
                }
            }
        }

        /**
         * The cheapest option of {@code item} whose bin has room for it, counting the load of the item in
         * {@code current} as freed; -1 when none has room. Ties go to the lower bin.
         */
        private int cheapestWithRoom(int item, int current) {
            int best = -1;
            for (int k = 0; k < problem.optionCount(item); k++) {
                int bin = problem.optionBin(item, k);
                if (bin != current && problem.optionLoad(item, k) <= residual[bin]
                        && (best < 0 || problem.optionCost(item, k) < problem.optionCost(item, best))) {
                    best = k;
                }
            }
            if (best >= 0 && current != Assignment.UNASSIGNED
                    && problem.optionCost(item, best) >= problem.cost(item, current)) {
                return -1;
            }
            return best;
        }

        /** The option of {@code item} most desirable among those whose bin has room; ties to the lower bin. */
        private int mostDesirableWithRoom(int item) {
            int best = -1;
            long bestValue = Long.MAX_VALUE;
            for (int k = 0; k < problem.optionCount(item); k++) {
                if (problem.optionLoad(item, k) <= residual[problem.optionBin(item, k)]) {
                    long value = desirability.of(problem, item, k);
                    if (best < 0 || value < bestValue) {
                        best = k;
                        bestValue = value;
                    }
                }
            }
            return best;
        }

        /**
         * The second most desirable value with room minus the most; {@link Long#MAX_VALUE} for one option with
         * room, -1 for none.
         */
        private long regret(int item) {
            long best = Long.MAX_VALUE;
            long second = Long.MAX_VALUE;
            for (int k = 0; k < problem.optionCount(item); k++) {
                if (problem.optionLoad(item, k) <= residual[problem.optionBin(item, k)]) {
                    long value = desirability.of(problem, item, k);
                    if (value < best) {
                        second = best;
                        best = value;
                    } else if (value < second) {
                        second = value;
                    }
                }
            }
            if (best == Long.MAX_VALUE) {
                return -1;
            }
            if (second == Long.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
            // Saturates rather than wraps for costs of opposite signs far apart.
            long regret = second - best;
            return regret < 0 ? Long.MAX_VALUE - 1 : regret;
        }

        private void place(int item, int bin, long load) {
            bins[item] = bin;
            residual[bin] -= load;
        }
    }
}
