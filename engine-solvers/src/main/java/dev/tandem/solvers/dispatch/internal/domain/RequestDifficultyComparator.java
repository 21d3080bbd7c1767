package dev.tandem.solvers.dispatch.internal.domain;

import java.util.Comparator;

/**
 * Orders requests from the easiest to place to the hardest, so that the construction heuristic places the hardest
 * first: a higher priority is harder (a miss costs more), then fewer candidate technicians, then fewer starts.
 */
public final class RequestDifficultyComparator implements Comparator<RequestAssignment> {

    private static final Comparator<RequestAssignment> ORDER = Comparator
            .comparingInt(RequestAssignment::getPriority)
            .thenComparing(Comparator.comparingInt((RequestAssignment a) -> a.getCandidates().size()).reversed())
            .thenComparing(Comparator.comparingInt((RequestAssignment a) -> a.getStarts().size()).reversed())
            .thenComparing(RequestAssignment::getId);

    @Override
    public int compare(RequestAssignment a, RequestAssignment b) {
        return ORDER.compare(a, b);
    }
}
