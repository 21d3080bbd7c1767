package dev.tandem.solvers.dispatch.internal.move;

import java.util.ArrayList;
import java.util.List;

import dev.tandem.solvers.dispatch.internal.domain.Candidate;
import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;

/**
 * The movable (not pinned) requests of a schedule and, for each technician, the movable requests that have it as a
 * candidate. Built once per search phase from the working solution; the facts it reads do not change during a
 * phase, only the planning variables, which it does not hold.
 */
final class CandidateIndex {

    private final RequestAssignment[] movable;
    private final RequestAssignment[][] byTechnician;
    private final long candidatePairs;

    private CandidateIndex(RequestAssignment[] movable, RequestAssignment[][] byTechnician, long candidatePairs) {
        this.movable = movable;
        this.byTechnician = byTechnician;
        this.candidatePairs = candidatePairs;
    }

    static CandidateIndex of(DispatchSchedule schedule) {
        int technicians = schedule.getTechnicians().stream().mapToInt(DispatchTechnician::getIndex).max().orElse(-1)
                + 1;
        List<List<RequestAssignment>> byTechnician = new ArrayList<>(technicians);
        for (int t = 0; t < technicians; t++) {
            byTechnician.add(new ArrayList<>());
        }
        List<RequestAssignment> movable = new ArrayList<>();
        long candidatePairs = 0;
        for (RequestAssignment assignment : schedule.getAssignments()) {
            if (assignment.isPinned()) {
                continue;
            }
            movable.add(assignment);
            candidatePairs += assignment.getCandidates().size();
            for (Candidate candidate : assignment.getCandidates()) {
                byTechnician.get(candidate.technician().getIndex()).add(assignment);
            }
        }
        return new CandidateIndex(movable.toArray(RequestAssignment[]::new),
                byTechnician.stream().map(list -> list.toArray(RequestAssignment[]::new))
                        .toArray(RequestAssignment[][]::new),
                candidatePairs);
    }

    /** The requests the search may change, in the schedule's order. */
    RequestAssignment[] movable() {
        return movable;
    }

    /** The movable requests that have {@code technician} as a candidate, in the schedule's order. */
    RequestAssignment[] mayTake(DispatchTechnician technician) {
        return byTechnician[technician.getIndex()];
    }

    /** How many (movable request, candidate) pairs there are: the size of a neighbourhood, roughly. */
    long candidatePairs() {
        return candidatePairs;
    }
}
