package dev.tandem.solvers.assign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import dev.tandem.assign.AssignmentScore;

/**
 * What the phases of one {@link TimefoldAssigner} run report as they go: each better score with the time since the
 * run started, the neighbourhoods solved, and whether the answer was proven optimal. Written by the solver's
 * thread and read after the run has ended.
 */
final class SearchLog {

    private final long started;
    private final List<AssignmentRun.Improvement> trace = new ArrayList<>();
    private long steps;
    private long neighbourhoods;
    private boolean provenOptimal;
    private OptionalLong lowerBound = OptionalLong.empty();

    SearchLog(long started) {
        this.started = started;
    }

    void improved(AssignmentScore score) {
        trace.add(new AssignmentRun.Improvement(Duration.ofNanos(System.nanoTime() - started), score));
    }

    void bound(long lowerBound) {
        this.lowerBound = OptionalLong.of(lowerBound);
    }

    OptionalLong lowerBound() {
        return lowerBound;
    }

    void step() {
        steps++;
    }

    long steps() {
        return steps;
    }

    void neighbourhoodSolved() {
        neighbourhoods++;
    }

    void provenOptimal() {
        provenOptimal = true;
    }

    List<AssignmentRun.Improvement> trace() {
        return List.copyOf(trace);
    }

    long neighbourhoods() {
        return neighbourhoods;
    }

    boolean isProvenOptimal() {
        return provenOptimal;
    }
}
