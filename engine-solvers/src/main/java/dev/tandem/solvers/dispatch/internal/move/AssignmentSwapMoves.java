package dev.tandem.solvers.dispatch.internal.move;

/**
 * Swaps the whole assignments (technician and start) of two requests within both requests' ranges, so that an
 * unassigned request of higher priority can take the place of an assigned one in one step, and two trips of one
 * technician can trade times without passing through an overlap.
 */
public final class AssignmentSwapMoves extends CandidateSwapMoves {

    /** For Timefold, which builds one per solver. */
    public AssignmentSwapMoves() {
        super(true);
    }
}
