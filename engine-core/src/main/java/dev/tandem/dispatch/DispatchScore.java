package dev.tandem.dispatch;

/**
 * The quality of a dispatch, compared hard first, then medium, then soft; lower is better in each.
 *
 * @param hard broken hard rules (skill and level, support window, overlapping trips, lead time, an overloaded or
 *     understaffed lending store), counted one per violation
 * @param medium the priorities of the requests left unassigned
 * @param soft cost in fen: subsidies, travel and lodging, over-qualification, and the fairness charge
 */
public record DispatchScore(long hard, long medium, long soft) implements Comparable<DispatchScore> {

    public boolean isFeasible() {
        return hard == 0;
    }

    @Override
    public int compareTo(DispatchScore other) {
        int byHard = Long.compare(hard, other.hard);
        if (byHard != 0) {
            return byHard;
        }
        int byMedium = Long.compare(medium, other.medium);
        return byMedium != 0 ? byMedium : Long.compare(soft, other.soft);
    }

    /** Such as {@code 0hard/3medium/1250000soft}. */
    @Override
    public String toString() {
        return hard + "hard/" + medium + "medium/" + soft + "soft";
    }
}
