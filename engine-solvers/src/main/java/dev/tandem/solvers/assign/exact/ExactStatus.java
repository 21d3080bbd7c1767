package dev.tandem.solvers.assign.exact;

/** How far an exact assigner ({@link CpSatAssigner}, {@link MipAssigner}) got within its time limit. */
public enum ExactStatus {
    /** Proven: no assignment places more items, and none placing as many costs less. */
    OPTIMAL,
    /** An assignment at least as good as the greedy start, without a proof that it is the best. */
    FEASIBLE,
    /** The solver found nothing in time; the assignment is the greedy one it started from. */
    UNKNOWN
}
