package dev.tandem.solvers.assign.internal.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A bin of a capacitated assignment, a problem fact: its dense index and capacity.
 */
public final class Bin {

    private final int index;
    private final long capacity;

    public Bin(int index, long capacity) {
        this.index = index;
        this.capacity = capacity;
    }

    @PlanningId
    public Integer getId() {
        return index;
    }

    public int getIndex() {
        return index;
    }

    public long getCapacity() {
        return capacity;
    }

    /** How far {@code load} goes above the capacity, 0 when it fits. */
    public long excess(long load) {
        return Math.max(0, load - capacity);
    }

    @Override
    public String toString() {
        return "bin " + index;
    }
}
