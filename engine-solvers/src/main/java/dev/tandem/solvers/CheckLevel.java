package dev.tandem.solvers;

/**
 * How much a Timefold search checks itself while it runs. Both levels are reproducible: the same problem, seed and
 * move budget give the same answer.
 */
public enum CheckLevel {

    /** No checks beyond the answer's: the level for use. */
    OFF,

    /**
     * Every score recomputed from scratch after every move and compared with the incremental one, failing at the
     * first difference: many times slower, for tests of the constraints.
     */
    FULL
}
