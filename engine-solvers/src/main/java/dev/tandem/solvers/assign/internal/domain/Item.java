package dev.tandem.solvers.assign.internal.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * An item to place, the planning entity: one of its allowed {@link #getOptions() bins}, or unassigned. Its cost and
 * load in each allowed bin are kept in arrays parallel to the options, and the current option is found once per
 * change of bin (a binary search over the option's bin indexes), so the constraints read them in constant time.
 */
@PlanningEntity(comparatorClass = ItemDifficultyComparator.class)
public class Item {

    /** The value range id of {@link #getBin()}. */
    public static final String BIN_RANGE = "allowedBins";
    /** The planning variable's name, for move configuration. */
    public static final String BIN = "bin";

    private int index;
    private List<Bin> options;
    private int[] binIndexes;
    private long[] costs;
    private long[] loads;

    private Bin bin;
    private int current = -1;

    /** For the solution cloner only. */
    Item() {
    }

    /**
     * @param options the bins it may go to, in increasing index order
     * @param costs its cost in each of them, in the same order
     * @param loads its load in each of them, in the same order
     */
    public Item(int index, List<Bin> options, long[] costs, long[] loads) {
        checkArgument(costs.length == options.size() && loads.length == options.size(),
                "Item (%s) needs a cost and a load for each of its %s options.", index, options.size());
        this.index = index;
        this.options = List.copyOf(options);
        this.binIndexes = this.options.stream().mapToInt(Bin::getIndex).toArray();
        for (int k = 1; k < binIndexes.length; k++) {
            checkArgument(binIndexes[k - 1] < binIndexes[k], "The options of item (%s) must be in bin order.", index);
        }
        this.costs = costs.clone();
        this.loads = loads.clone();
    }

    @PlanningId
    public Integer getId() {
        return index;
    }

    public int getIndex() {
        return index;
    }

    @ValueRangeProvider(id = BIN_RANGE)
    public List<Bin> getOptions() {
        return options;
    }

    @PlanningVariable(valueRangeProviderRefs = BIN_RANGE, allowsUnassigned = true)
    public Bin getBin() {
        return bin;
    }

    /**
     * @throws IllegalArgumentException if the bin is not one of this item's options
     */
    public void setBin(Bin bin) {
        if (bin == null) {
            this.current = -1;
        } else {
            int k = Arrays.binarySearch(binIndexes, bin.getIndex());
            checkArgument(k >= 0, "The item (%s) may not go to %s.", index, bin);
            this.current = k;
        }
        this.bin = bin;
    }

    public boolean isAssigned() {
        return bin != null;
    }

    /** The cost in the current bin; 0 when unassigned. */
    public long getCost() {
        return current < 0 ? 0 : costs[current];
    }

    /** The load on the current bin; 0 when unassigned. */
    public long getLoad() {
        return current < 0 ? 0 : loads[current];
    }

    /** The largest load of this item in any of its bins. */
    public long maxLoad() {
        return Arrays.stream(loads).max().orElse(0);
    }

    @Override
    public String toString() {
        return "item " + index;
    }
}
