package dev.tandem.solvers.assign;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;

/**
 * A fast descent over the two classic neighbourhoods of capacitated assignment, on a placement that respects the
 * capacities: shift one item to a cheaper bin with room (or place an unassigned one), and swap the bins of two
 * items when both fit and the pair costs less. It sweeps the items, takes every improving move it meets and stops
 * at a local optimum; per bin it keeps its items, so a sweep of swaps costs {@code O(items × items)} at most and
 * usually far less. {@link #kick} moves a few random items whatever they cost, keeping the capacities, so that a
 * descent after it explores another local optimum (iterated local search).
 *
 * <p>Mutable state of one search; not thread-safe. Deterministic for the random generator it is given.
 */
final class ExchangeDescent {

    private final AssignmentProblem problem;
    private final int[] bins;
    private final long[] loads;
    private final int[][] members;
    private final int[] sizes;
    /** Item {@code i}'s position in its bin's members. */
    private final int[] slot;
    /** Per bin, the items that may go there: the moves into a bin that gained room. */
    private final ReverseIndex into;
    /** Per bin, the most an item of it could save by leaving it for any other of its bins: prunes swaps. */
    private final long[] maxSaving;
    private final boolean[] dirty;
    private final int[] queue;
    private int queued;
    /** Per item, its cost and load where it is now (0 when unassigned). */
    private final long[] costNow;
    private final long[] loadNow;
    private final OptionIndex index;
    private long cost;
    private int unassigned;

    ExchangeDescent(AssignmentProblem problem, int[] start) {
        this.problem = problem;
        this.bins = start.clone();
        this.loads = new long[problem.binCount()];
        this.sizes = new int[problem.binCount()];
        this.members = new int[problem.binCount()][];
        this.slot = new int[bins.length];
        this.into = new ReverseIndex(problem);
        this.costNow = new long[bins.length];
        this.loadNow = new long[bins.length];
        this.index = new OptionIndex(problem);
        this.maxSaving = new long[problem.binCount()];
        this.dirty = new boolean[problem.binCount()];
        this.queue = new int[problem.binCount()];
        for (int item = 0; item < bins.length; item++) {
            long cheapest = Long.MAX_VALUE;
            for (int k = 0; k < problem.optionCount(item); k++) {
                cheapest = Math.min(cheapest, problem.optionCost(item, k));
            }
            for (int k = 0; k < problem.optionCount(item); k++) {
                int bin = problem.optionBin(item, k);
                maxSaving[bin] = Math.max(maxSaving[bin], problem.optionCost(item, k) - cheapest);
            }
        }
        for (int bin = 0; bin < members.length; bin++) {
            members[bin] = new int[8];
        }
        for (int item = 0; item < bins.length; item++) {
            int bin = bins[item];
            bins[item] = Assignment.UNASSIGNED;
            unassigned++;
            if (bin != Assignment.UNASSIGNED) {
                put(item, bin);
            }
        }
    }

    int[] bins() {
        return bins.clone();
    }

    long cost() {
        return cost;
    }

    int unassignedCount() {
        return unassigned;
    }

    /** Whether this placement is better than {@code other}'s: fewer unassigned, then cheaper. */
    boolean isBetterThan(int otherUnassigned, long otherCost) {
        return unassigned < otherUnassigned || (unassigned == otherUnassigned && cost < otherCost);
    }

    /**
     * Sets this placement to {@code placement}, a placement of the same problem within the capacities; the bins
     * that change are marked for the next {@link #descendDirty}.
     */
    void reset(int[] placement) {
        for (int item = 0; item < bins.length; item++) {
            if (bins[item] != placement[item] && bins[item] != Assignment.UNASSIGNED) {
                markDirty(bins[item]);
                take(item);
            }
        }
        for (int item = 0; item < bins.length; item++) {
            if (bins[item] == Assignment.UNASSIGNED && placement[item] != Assignment.UNASSIGNED) {
                put(item, placement[item]);
                markDirty(placement[item]);
            }
        }
    }

    /**
     * The position of a bin among an item's options in constant time, from a table of items × bins when that has
     * at most {@value #MAX_TABLE} cells, else by the problem's binary search.
     */
    private static final class OptionIndex {

        private static final long MAX_TABLE = 1L << 24;

        private final AssignmentProblem problem;
        private final short[] table;
        private final int bins;

        OptionIndex(AssignmentProblem problem) {
            this.problem = problem;
            this.bins = problem.binCount();
            long cells = (long) problem.itemCount() * bins;
            boolean small = cells <= MAX_TABLE;
            for (int item = 0; small && item < problem.itemCount(); item++) {
                small = problem.optionCount(item) < Short.MAX_VALUE;
            }
            if (!small) {
                table = null;
                return;
            }
            table = new short[(int) cells];
            Arrays.fill(table, (short) -1);
            for (int item = 0; item < problem.itemCount(); item++) {
                for (int k = 0; k < problem.optionCount(item); k++) {
                    table[item * bins + problem.optionBin(item, k)] = (short) k;
                }
            }
        }

        int of(int item, int bin) {
            return table == null ? problem.optionOf(item, bin) : table[item * bins + bin];
        }
    }

    /** Per bin, the (item, option) pairs whose option is that bin, in item order. */
    private static final class ReverseIndex {

        private final int[] first;
        private final int[] items;
        private final int[] options;

        ReverseIndex(AssignmentProblem problem) {
            first = new int[problem.binCount() + 1];
            for (int item = 0; item < problem.itemCount(); item++) {
                for (int k = 0; k < problem.optionCount(item); k++) {
                    first[problem.optionBin(item, k) + 1]++;
                }
            }
            for (int bin = 0; bin < problem.binCount(); bin++) {
                first[bin + 1] += first[bin];
            }
            items = new int[problem.optionCount()];
            options = new int[problem.optionCount()];
            int[] next = Arrays.copyOf(first, problem.binCount());
            for (int item = 0; item < problem.itemCount(); item++) {
                for (int k = 0; k < problem.optionCount(item); k++) {
                    int p = next[problem.optionBin(item, k)]++;
                    items[p] = item;
                    options[p] = k;
                }
            }
        }

        int first(int bin) {
            return first[bin];
        }

        int item(int p) {
            return items[p];
        }

        int option(int p) {
            return options[p];
        }
    }

    /** Improves until no shift or swap does, or {@code stop} says so; every bin is looked at. */
    void descend(BooleanSupplier stop) {
        for (int bin = 0; bin < loads.length; bin++) {
            markDirty(bin);
        }
        descendDirty(stop);
    }

    /**
     * Improves around the bins changed since the last descent until no shift or swap touching a changed bin
     * improves: a move that does not touch a changed bin was already looked at and found wanting.
     */
    void descendDirty(BooleanSupplier stop) {
        int checked = 0;
        while (queued > 0) {
            if ((++checked & 63) == 0 && stop.getAsBoolean()) {
                break;
            }
            int bin = queue[--queued];
            dirty[bin] = false;
            shiftOut(bin);
            shiftIn(bin);
            swapOut(bin);
        }
    }

    /** The best shift of each item of {@code bin} to another bin. */
    private void shiftOut(int bin) {
        for (int m = sizes[bin] - 1; m >= 0; m--) {
            if (m >= sizes[bin]) {
                continue;
            }
            int item = members[bin][m];
            long now = costNow[item];
            int best = -1;
            long bestCost = now;
            for (int k = 0; k < problem.optionCount(item); k++) {
                int to = problem.optionBin(item, k);
                long c = problem.optionCost(item, k);
                if (c < bestCost && to != bin && loads[to] + problem.optionLoad(item, k) <= problem.capacity(to)) {
                    best = to;
                    bestCost = c;
                }
            }
            if (best >= 0) {
                move(item, best);
            }
        }
    }

    /** Every item, placed or not, that is cheaper in {@code bin} and fits there. */
    private void shiftIn(int bin) {
        for (int p = into.first(bin); p < into.first(bin + 1); p++) {
            int item = into.item(p);
            int k = into.option(p);
            int from = bins[item];
            if (from == bin || loads[bin] + problem.optionLoad(item, k) > problem.capacity(bin)) {
                continue;
            }
            if (from == Assignment.UNASSIGNED || problem.optionCost(item, k) < costNow[item]) {
                move(item, bin);
            }
        }
    }

    /** The best swap of each item of {@code bin} with an item of another bin. */
    private void swapOut(int a) {
        for (int m = sizes[a] - 1; m >= 0; m--) {
            if (m >= sizes[a]) {
                continue;
            }
            int i = members[a][m];
            long costIa = costNow[i];
            long roomA = problem.capacity(a) - loads[a] + loadNow[i];
            int bestJ = -1;
            int bestB = -1;
            long bestDelta = 0;
            for (int k = 0; k < problem.optionCount(i); k++) {
                int b = problem.optionBin(i, k);
                long gain = problem.optionCost(i, k) - costIa;
                if (b == a || gain - maxSaving[b] >= bestDelta) {
                    continue;
                }
                long roomB = problem.capacity(b) - loads[b] - problem.optionLoad(i, k);
                for (int n = 0; n < sizes[b]; n++) {
                    int j = members[b][n];
                    int ka = index.of(j, a);
                    if (ka < 0) {
                        continue;
                    }
                    long delta = gain + problem.optionCost(j, ka) - costNow[j];
                    if (delta < bestDelta && roomB + loadNow[j] >= 0 && roomA - problem.optionLoad(j, ka) >= 0) {
                        bestDelta = delta;
                        bestJ = j;
                        bestB = b;
                    }
                }
            }
            if (bestJ >= 0) {
                move(i, bestB);
                move(bestJ, a);
            }
        }
    }

    /**
     * Makes {@code moves} random moves within the capacities, whatever they cost: an item to a random other bin
     * where it fits, or else swapped with a random item of that bin where both fit.
     */
    void kick(SplittableRandom random, int moves) {
        for (int n = 0; n < moves; n++) {
            for (int attempt = 0; attempt < 100; attempt++) {
                int item = random.nextInt(bins.length);
                int from = bins[item];
                int options = problem.optionCount(item);
                if (options == 0 || from == Assignment.UNASSIGNED) {
                    continue;
                }
                int k = random.nextInt(options);
                int to = problem.optionBin(item, k);
                if (to == from) {
                    continue;
                }
                if (loads[to] + problem.optionLoad(item, k) <= problem.capacity(to)) {
                    move(item, to);
                    break;
                }
                if (sizes[to] == 0) {
                    continue;
                }
                int other = members[to][random.nextInt(sizes[to])];
                int back = index.of(other, from);
                if (back >= 0 && loads[to] - loadNow[other] + problem.optionLoad(item, k) <= problem.capacity(to)
                        && loads[from] - loadNow[item] + problem.optionLoad(other, back) <= problem.capacity(from)) {
                    move(item, to);
                    move(other, from);
                    break;
                }
            }
        }
    }

    private void move(int item, int to) {
        if (bins[item] != Assignment.UNASSIGNED) {
            markDirty(bins[item]);
            take(item);
        }
        put(item, to);
        markDirty(to);
    }

    private void markDirty(int bin) {
        if (!dirty[bin]) {
            dirty[bin] = true;
            queue[queued++] = bin;
        }
    }

    private void take(int item) {
        int bin = bins[item];
        loads[bin] -= loadNow[item];
        cost -= costNow[item];
        costNow[item] = 0;
        loadNow[item] = 0;
        int last = members[bin][--sizes[bin]];
        members[bin][slot[item]] = last;
        slot[last] = slot[item];
        bins[item] = Assignment.UNASSIGNED;
        unassigned++;
    }

    private void put(int item, int bin) {
        int k = index.of(item, bin);
        costNow[item] = problem.optionCost(item, k);
        loadNow[item] = problem.optionLoad(item, k);
        loads[bin] += loadNow[item];
        cost += costNow[item];
        if (sizes[bin] == members[bin].length) {
            members[bin] = Arrays.copyOf(members[bin], sizes[bin] * 2);
        }
        slot[item] = sizes[bin];
        members[bin][sizes[bin]++] = item;
        bins[item] = bin;
        unassigned--;
    }
}
