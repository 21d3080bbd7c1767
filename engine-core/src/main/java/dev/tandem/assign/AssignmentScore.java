package dev.tandem.assign;

import java.util.Comparator;

/**
 * The score of an {@link Assignment}, compared level by level, lower first: load placed above capacities, then
 * items left unassigned, then the total cost. An assignment is feasible when the first two are zero.
 *
 * @param overload load above capacity, summed over the bins; 0 in a feasible assignment
 * @param unassigned items placed in no bin; 0 in a feasible assignment
 * @param cost the costs of the placed items, summed
 */
public record AssignmentScore(long overload, int unassigned, long cost) implements Comparable<AssignmentScore> {

    private static final Comparator<AssignmentScore> ORDER = Comparator.comparingLong(AssignmentScore::overload)
            .thenComparingInt(AssignmentScore::unassigned).thenComparingLong(AssignmentScore::cost);

    public boolean isFeasible() {
        return overload == 0 && unassigned == 0;
    }

    /** Negative when this is better (lower) than {@code other}. */
    @Override
    public int compareTo(AssignmentScore other) {
        return ORDER.compare(this, other);
    }

    /** Such as {@code 0overload/2unassigned/1698cost}. */
    @Override
    public String toString() {
        return overload + "overload/" + unassigned + "unassigned/" + cost + "cost";
    }
}
