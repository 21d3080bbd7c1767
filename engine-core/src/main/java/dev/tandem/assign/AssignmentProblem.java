package dev.tandem.assign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;

import java.util.Arrays;

/**
 * An instance of capacitated assignment (the generalized assignment problem): {@code items} to place in
 * {@code bins}; placing item {@code i} in bin {@code b} is allowed only when the pair was given, and then costs
 * {@link #cost(int, int)} and puts {@link #load(int, int)} on the bin, whose loads must not sum above its
 * {@link #capacity(int) capacity}. Pairs not given are forbidden. Costs are exact {@code long}s and may be negative
 * (a profit to maximize is a negated cost); loads and capacities are non-negative {@code long}s in any unit.
 *
 * <p>Stored as compressed rows: per item its allowed bins in increasing order with their costs and loads, so a
 * solver walks an item's options in {@code O(options)} and finds one in {@code O(log options)}. Built once by
 * {@link #builder(int, int)}, which validates every input; immutable and thread-safe.
 */
public final class AssignmentProblem {

    private final int binCount;
    private final long[] capacities;
    /** Item {@code i}'s options are {@code [first[i], first[i + 1])} of the three arrays below. */
    private final int[] first;
    private final int[] optionBins;
    private final long[] optionCosts;
    private final long[] optionLoads;

    private AssignmentProblem(int binCount, long[] capacities, int[] first, int[] optionBins, long[] optionCosts,
            long[] optionLoads) {
        this.binCount = binCount;
        this.capacities = capacities;
        this.first = first;
        this.optionBins = optionBins;
        this.optionCosts = optionCosts;
        this.optionLoads = optionLoads;
    }

    /**
     * Starts an instance of {@code items} items and {@code bins} bins, every capacity 0 and no pair allowed.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public static Builder builder(int items, int bins) {
        return new Builder(items, bins);
    }

    public int itemCount() {
        return first.length - 1;
    }

    public int binCount() {
        return binCount;
    }

    public long capacity(int bin) {
        checkElementIndex(bin, binCount, "bin");
        return capacities[bin];
    }

    /** All pairs allowed, over all items. */
    public int optionCount() {
        return optionBins.length;
    }

    /** How many bins item {@code item} may go to. */
    public int optionCount(int item) {
        checkElementIndex(item, itemCount(), "item");
        return first[item + 1] - first[item];
    }

    /** The {@code k}-th bin item {@code item} may go to, in increasing bin order. */
    public int optionBin(int item, int k) {
        return optionBins[option(item, k)];
    }

    public long optionCost(int item, int k) {
        return optionCosts[option(item, k)];
    }

    public long optionLoad(int item, int k) {
        return optionLoads[option(item, k)];
    }

    /** The position {@code k} of bin {@code bin} among item {@code item}'s options, or -1 if the pair is forbidden. */
    public int optionOf(int item, int bin) {
        checkElementIndex(item, itemCount(), "item");
        int found = Arrays.binarySearch(optionBins, first[item], first[item + 1], bin);
        return found < 0 ? -1 : found - first[item];
    }

    public boolean isAllowed(int item, int bin) {
        return optionOf(item, bin) >= 0;
    }

    /**
     * @throws IllegalArgumentException if the pair is forbidden
     */
    public long cost(int item, int bin) {
        return optionCost(item, allowedOption(item, bin));
    }

    /**
     * @throws IllegalArgumentException if the pair is forbidden
     */
    public long load(int item, int bin) {
        return optionLoad(item, allowedOption(item, bin));
    }

    private int allowedOption(int item, int bin) {
        int k = optionOf(item, bin);
        checkArgument(k >= 0, "The item (%s) may not go to bin (%s).", item, bin);
        return k;
    }

    private int option(int item, int k) {
        checkElementIndex(k, optionCount(item), "option");
        return first[item] + k;
    }

    @Override
    public String toString() {
        return "AssignmentProblem[" + itemCount() + " items, " + binCount + " bins, " + optionCount() + " pairs]";
    }

    /**
     * Collects capacities and allowed pairs, checking each as it comes. Not thread-safe; {@link #build()} may be
     * called once.
     */
    public static final class Builder {

        private final int items;
        private final int bins;
        private final long[] capacities;
        private int size;
        private long[] keys = new long[16];
        private long[] costs = new long[16];
        private long[] loads = new long[16];

        private Builder(int items, int bins) {
            checkArgument(items >= 0, "The number of items (%s) must not be negative.", items);
            checkArgument(bins >= 0, "The number of bins (%s) must not be negative.", bins);
            this.items = items;
            this.bins = bins;
            this.capacities = new long[bins];
        }

        /**
         * @throws IllegalArgumentException if the bin does not exist or the capacity is negative
         */
        public Builder capacity(int bin, long capacity) {
            checkBin(bin);
            checkArgument(capacity >= 0, "The capacity (%s) of bin (%s) must not be negative.", capacity, bin);
            capacities[bin] = capacity;
            return this;
        }

        /**
         * Allows item {@code item} in bin {@code bin} at this cost and load.
         *
         * @throws IllegalArgumentException if the item or bin does not exist, the load is negative or the pair was
         *     already given
         */
        public Builder allow(int item, int bin, long cost, long load) {
            checkArgument(item >= 0 && item < items, "The item (%s) must be from 0 to %s.", item, items - 1);
            checkBin(bin);
            checkArgument(load >= 0, "The load (%s) of item (%s) in bin (%s) must not be negative.", load, item,
                    bin);
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                costs = Arrays.copyOf(costs, size * 2);
                loads = Arrays.copyOf(loads, size * 2);
            }
            keys[size] = (long) item * bins + bin;
            costs[size] = cost;
            loads[size] = load;
            size++;
            return this;
        }

        private void checkBin(int bin) {
            checkArgument(bin >= 0 && bin < bins, "The bin (%s) must be from 0 to %s.", bin, bins - 1);
        }

        /**
         * @throws IllegalArgumentException if a pair was given twice
         */
        public AssignmentProblem build() {
            Integer[] order = new Integer[size];
            for (int p = 0; p < size; p++) {
                order[p] = p;
            }
            Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
            int[] first = new int[items + 1];
            int[] optionBins = new int[size];
            long[] optionCosts = new long[size];
            long[] optionLoads = new long[size];
            for (int k = 0; k < size; k++) {
                int p = order[k];
                if (k > 0 && keys[order[k - 1]] == keys[p]) {
                    throw new IllegalArgumentException(String.format(
                            "The pair of item (%s) and bin (%s) is given twice.%nMaybe keep only the cheaper one.",
                            keys[p] / bins, keys[p] % bins));
                }
                int item = (int) (keys[p] / bins);
                optionBins[k] = (int) (keys[p] % bins);
                optionCosts[k] = costs[p];
                optionLoads[k] = loads[p];
                first[item + 1]++;
            }
            for (int i = 0; i < items; i++) {
                first[i + 1] += first[i];
            }
            return new AssignmentProblem(bins, capacities.clone(), first, optionBins, optionCosts, optionLoads);
        }
    }
}
