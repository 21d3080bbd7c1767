package dev.tandem.solvers.dispatch.internal.move;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.tandem.solvers.dispatch.internal.domain.Candidate;
import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;
import dev.tandem.solvers.dispatch.internal.domain.StartSlot;

/**
 * Which requests of a schedule may take which technician and start, as arrays: the movable (not pinned) requests,
 * for each technician the movable requests that have it as a candidate, and for each request its candidates'
 * technician indexes and its starts' epoch seconds, sorted, for membership by binary search. Built once per search
 * phase from the working solution; the facts it reads do not change during a phase, only the planning variables,
 * which it does not hold.
 */
final class CandidateIndex {

    private final RequestAssignment[] movable;
    private final RequestAssignment[][] byTechnician;
    private final int[][] technicianIndexes;
    private final long[][] startSeconds;
    private final long candidatePairs;

    private CandidateIndex(RequestAssignment[] movable, RequestAssignment[][] byTechnician,
            int[][] technicianIndexes, long[][] startSeconds, long candidatePairs) {
        this.movable = movable;
        this.byTechnician = byTechnician;
        this.technicianIndexes = technicianIndexes;
        this.startSeconds = startSeconds;
        this.candidatePairs = candidatePairs;
    }

    static CandidateIndex of(DispatchSchedule schedule) {
        List<RequestAssignment> assignments = schedule.getAssignments();
        int technicians = schedule.getTechnicians().stream().mapToInt(DispatchTechnician::getIndex).max().orElse(-1)
                + 1;
        int requests = assignments.stream().mapToInt(RequestAssignment::getIndex).max().orElse(-1) + 1;
        List<List<RequestAssignment>> byTechnician = new ArrayList<>(technicians);
        for (int t = 0; t < technicians; t++) {
            byTechnician.add(new ArrayList<>());
        }
        int[][] technicianIndexes = new int[requests][];
        long[][] startSeconds = new long[requests][];
        List<RequestAssignment> movable = new ArrayList<>();
        long candidatePairs = 0;
        for (RequestAssignment assignment : assignments) {
            List<Candidate> candidates = assignment.getCandidates();
            technicianIndexes[assignment.getIndex()] =
                    candidates.stream().mapToInt(candidate -> candidate.technician().getIndex()).sorted().toArray();
            startSeconds[assignment.getIndex()] =
                    assignment.getStarts().stream().mapToLong(StartSlot::getEpochSecond).sorted().toArray();
            if (!assignment.isPinned()) {
                movable.add(assignment);
                candidatePairs += candidates.size();
                for (Candidate candidate : candidates) {
                    byTechnician.get(candidate.technician().getIndex()).add(assignment);
                }
            }
        }
        return new CandidateIndex(movable.toArray(RequestAssignment[]::new),
                byTechnician.stream().map(list -> list.toArray(RequestAssignment[]::new))
                        .toArray(RequestAssignment[][]::new),
                technicianIndexes, startSeconds, candidatePairs);
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

    /** Whether {@code request} may take {@code technician}: no technician (unassigned) or one of its candidates. */
    boolean accepts(RequestAssignment request, DispatchTechnician technician) {
        return technician == null || Arrays.binarySearch(technicianIndexes[request.getIndex()],
                technician.getIndex()) >= 0;
    }

    /** Whether {@code request} may take {@code start}: no start (unassigned) or one of its starts. */
    boolean accepts(RequestAssignment request, StartSlot start) {
        return start == null || Arrays.binarySearch(startSeconds[request.getIndex()], start.getEpochSecond()) >= 0;
    }
}
