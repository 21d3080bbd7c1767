package dev.tandem.solvers.dispatch.internal.move;

/**
 * Swaps the technicians of two requests that both have one, each keeping its start, within both requests'
 * candidates. Taking a technician from a request that has none is two change moves, which the change selectors
 * make already.
 */
public final class TechnicianSwapMoves extends CandidateSwapMoves {

    /** For Timefold, which builds one per solver. */
    public TechnicianSwapMoves() {
        super(false);
    }
}
