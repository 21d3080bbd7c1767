package dev.tandem.solvers.dispatch.exact;

/** How far {@link CpSatDispatcher} got within its time limit. */
public enum CpSatStatus {
    /** Both stages proved optimal: no dispatch scores lexicographically better. */
    OPTIMAL,
    /** A solution CP-SAT found, at least as good as the greedy start, without a proof that it is the best. */
    FEASIBLE,
    /** CP-SAT found no solution in time; the dispatch is the greedy one it started from. */
    UNKNOWN
}
