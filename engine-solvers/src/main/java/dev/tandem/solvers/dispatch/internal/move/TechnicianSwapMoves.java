package dev.tandem.solvers.dispatch.internal.move;

/** Swaps the technicians of two requests, each keeping its start, within both requests' candidates. */
public final class TechnicianSwapMoves extends CandidateSwapMoves {

    /** For Timefold, which builds one per solver. */
    public TechnicianSwapMoves() {
        super(false);
    }
}
