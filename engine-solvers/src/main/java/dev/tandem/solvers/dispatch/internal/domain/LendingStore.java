package dev.tandem.solvers.dispatch.internal.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import dev.tandem.model.StoreId;

/**
 * A store as a lender of technicians: how many of its technicians are on duty, how many it keeps at home on a day
 * it lends, and the days it is overloaded, when it lends nobody. An immutable problem fact; equal only to itself.
 */
public final class LendingStore {

    private final int index;
    private final StoreId id;
    private final String name;
    private final int onDutyTechnicians;
    private final int minOnDutyAtHome;
    /** Sorted epoch days. */
    private final long[] overloadedDays;

    /**
     * @param index the store's dense index in the network
     * @param onDutyTechnicians its technicians on duty
     * @param minOnDutyAtHome the technicians on duty it keeps at home on a day it lends
     * @param overloadedDays the days it is overloaded
     */
    public LendingStore(int index, StoreId id, String name, int onDutyTechnicians, int minOnDutyAtHome,
            Collection<LocalDate> overloadedDays) {
        checkArgument(onDutyTechnicians >= 0 && minOnDutyAtHome >= 0,
                "The onDutyTechnicians (%s) and minOnDutyAtHome (%s) of store (%s) must be 0 or more.",
                onDutyTechnicians, minOnDutyAtHome, id);
        this.index = index;
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.onDutyTechnicians = onDutyTechnicians;
        this.minOnDutyAtHome = minOnDutyAtHome;
        this.overloadedDays = overloadedDays.stream().mapToLong(LocalDate::toEpochDay).sorted().distinct().toArray();
    }

    @PlanningId
    public int getIndex() {
        return index;
    }

    public StoreId getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getOnDutyTechnicians() {
        return onDutyTechnicians;
    }

    public int getMinOnDutyAtHome() {
        return minOnDutyAtHome;
    }

    public boolean isOverloadedOn(LocalDate day) {
        return Arrays.binarySearch(overloadedDays, day.toEpochDay()) >= 0;
    }

    /**
     * How many of {@code lent} on-duty technicians away on one day take the store below its minimum at home: 0
     * when enough stay, never more than {@code lent}. The same count as {@link dev.tandem.dispatch.Dispatch#score()}.
     */
    public int shortfall(int lent) {
        int left = onDutyTechnicians - lent;
        return left < minOnDutyAtHome ? Math.min(lent, minOnDutyAtHome - left) : 0;
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
