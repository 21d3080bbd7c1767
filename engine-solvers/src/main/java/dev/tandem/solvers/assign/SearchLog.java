package dev.tandem.solvers.assign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import dev.tandem.assign.AssignmentScore;
import dev.tandem.job.SolveControl;

/**
 * What the phases of one {@link TimefoldAssigner} run report as they go: each better score with the time since the
 * run started, the steps and neighbourhoods, and whether the answer was proven optimal; it passes each better score
 * on to the host's {@link SolveControl} and asks it whether to stop. Written by the solver's thread and read after
 * the run has ended.
 */
final class SearchLog {

    private final long started;
    private final List<AssignmentRun.Improvement> trace = new ArrayList<>();
    private long steps;
    private long neighbourhoods;
    private boolean provenOptimal;
    private OptionalLong lowerBound = OptionalLong.empty();

    private final SolveControl control;

    SearchLog(long started, SolveControl control) {
        this.started = started;
        this.control = control;
    }

    void improved(String phase, AssignmentScore score) {
        trace.add(new AssignmentRun.Improvement(Duration.ofNanos(System.nanoTime() - started), score));
        control.improved(phase, score.toString());
    }

    /** Whether the host asked the search to stop early with what it has. */
    boolean stopRequested() {
        return control.stopRequested();
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
