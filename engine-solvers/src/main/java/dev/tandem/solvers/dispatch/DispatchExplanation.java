package dev.tandem.solvers.dispatch;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.tandem.model.RequestId;
import dev.tandem.model.TechnicianId;

/**
 * Why a dispatch is as it is, in plain words: for each assigned request why this technician, for each unassigned
 * request which rule blocked each of its nearest candidates. Made by {@link DispatchExplainer}. Immutable.
 *
 * @param assignments one per assigned request, in request order
 * @param unassigned one per unassigned request, in request order
 */
public record DispatchExplanation(List<Assignment> assignments, List<Unassigned> unassigned) {

    public DispatchExplanation {
        assignments = List.copyOf(assignments);
        unassigned = List.copyOf(unassigned);
    }

    public Optional<Assignment> assignment(RequestId request) {
        return assignments.stream().filter(assignment -> assignment.request().equals(request)).findFirst();
    }

    public Optional<Unassigned> unassigned(RequestId request) {
        return unassigned.stream().filter(reason -> reason.request().equals(request)).findFirst();
    }

    /**
     * Why a request got its technician.
     *
     * @param request the request
     * @param technician the technician sent
     * @param start when the work starts
     * @param reason the drive, the level and the cost, and what kept any nearer candidate away
     * @param broken the hard rules the assignment breaks, in plain words; empty in a feasible plan
     * @param nearer the candidates nearer than the one sent and what kept each away
     */
    public record Assignment(RequestId request, TechnicianId technician, OffsetDateTime start, String reason,
            List<String> broken, List<Blocked> nearer) {

        public Assignment {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(technician, "technician");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(reason, "reason");
            broken = List.copyOf(broken);
            nearer = List.copyOf(nearer);
        }
    }

    /**
     * Why a request stayed unassigned.
     *
     * @param request the request
     * @param reason a summary in plain words
     * @param candidates its nearest candidates, nearest first, each with what blocked it; empty when it has none
     */
    public record Unassigned(RequestId request, String reason, List<Blocked> candidates) {

        public Unassigned {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(reason, "reason");
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * What kept one candidate technician from a request: the rules its best start would break.
     *
     * @param technician the candidate
     * @param start its best start, the one that breaks the fewest rules; empty when the request has no start
     * @param rules the rules broken there, in the order of {@link BlockingRule}; empty when the candidate was free
     * @param reason the same in plain words
     */
    public record Blocked(TechnicianId technician, Optional<OffsetDateTime> start, Set<BlockingRule> rules,
            String reason) {

        public Blocked {
            Objects.requireNonNull(technician, "technician");
            Objects.requireNonNull(start, "start");
            rules = rules.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(rules));
            Objects.requireNonNull(reason, "reason");
        }

        public boolean isFree() {
            return rules.isEmpty();
        }
    }
}
