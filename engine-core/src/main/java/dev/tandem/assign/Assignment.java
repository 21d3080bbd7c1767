package dev.tandem.assign;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A solver's answer to an {@link AssignmentProblem}: per item the bin it goes to, or none. Every placed item is on
 * an allowed pair; capacities may be exceeded (a solver out of time may return such an answer), which
 * {@link #isFeasible()} and {@link #score()} report. The loads and total cost are computed once, exactly.
 * Immutable.
 */
public final class Assignment {

    /** Marks an item placed in no bin. */
    public static final int UNASSIGNED = -1;

    private final AssignmentProblem problem;
    private final int[] bins;
    private final long[] loads;
    private final long totalCost;
    private final int unassigned;
    private final long overload;

    /**
     * @param bins per item, its bin or {@link #UNASSIGNED}
     * @throws IllegalArgumentException if the array does not have one entry per item or places an item on a
     *     forbidden pair
     * @throws ArithmeticException if the total cost or a bin's load overflows a {@code long}
     */
    public Assignment(AssignmentProblem problem, int[] bins) {
        this.problem = Objects.requireNonNull(problem, "problem");
        checkArgument(bins.length == problem.itemCount(), "An assignment needs one bin per item (%s), not %s.",
                problem.itemCount(), bins.length);
        this.bins = bins.clone();
        this.loads = new long[problem.binCount()];
        long cost = 0;
        int left = 0;
        for (int item = 0; item < bins.length; item++) {
            int bin = bins[item];
            if (bin == UNASSIGNED) {
                left++;
                continue;
            }
            int k = problem.optionOf(item, checkedBin(item, bin));
            checkArgument(k >= 0, "The item (%s) is placed in bin (%s), a forbidden pair.", item, bin);
            cost = Math.addExact(cost, problem.optionCost(item, k));
            loads[bin] = Math.addExact(loads[bin], problem.optionLoad(item, k));
        }
        long excess = 0;
        for (int bin = 0; bin < loads.length; bin++) {
            excess += Math.max(0, loads[bin] - problem.capacity(bin));
        }
        this.totalCost = cost;
        this.unassigned = left;
        this.overload = excess;
    }

    /** Every item unassigned. */
    public static Assignment empty(AssignmentProblem problem) {
        int[] bins = new int[problem.itemCount()];
        Arrays.fill(bins, UNASSIGNED);
        return new Assignment(problem, bins);
    }

    private int checkedBin(int item, int bin) {
        checkArgument(bin >= 0 && bin < problem.binCount(), "The bin (%s) of item (%s) must be from 0 to %s or %s.",
                bin, item, problem.binCount() - 1, UNASSIGNED);
        return bin;
    }

    public AssignmentProblem problem() {
        return problem;
    }

    /** Item {@code item}'s bin, empty when unassigned. */
    public OptionalInt bin(int item) {
        int bin = bins[item];
        return bin == UNASSIGNED ? OptionalInt.empty() : OptionalInt.of(bin);
    }

    /** Item {@code item}'s bin or {@link #UNASSIGNED}. */
    public int binOrUnassigned(int item) {
        return bins[item];
    }

    /** Every item's bin or {@link #UNASSIGNED}, a copy. */
    public int[] bins() {
        return bins.clone();
    }

    /** The load placed on bin {@code bin}. */
    public long load(int bin) {
        return loads[bin];
    }

    /** The costs of the placed items, summed, exact. */
    public long totalCost() {
        return totalCost;
    }

    public int unassignedCount() {
        return unassigned;
    }

    /** Load above capacity, summed over the bins. */
    public long overload() {
        return overload;
    }

    /** Whether every item is placed and every bin within its capacity. */
    public boolean isFeasible() {
        return overload == 0 && unassigned == 0;
    }

    public AssignmentScore score() {
        return new AssignmentScore(overload, unassigned, totalCost);
    }

    @Override
    public String toString() {
        return "Assignment[" + score() + "]";
    }
}
