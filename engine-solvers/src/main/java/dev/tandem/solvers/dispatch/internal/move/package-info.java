/**
 * Internal, not API: may change in any release. The dispatch search's own swap moves, which stay inside each
 * request's candidates by construction: {@link dev.tandem.solvers.dispatch.internal.move.TechnicianSwapMoves} and
 * {@link dev.tandem.solvers.dispatch.internal.move.AssignmentSwapMoves}, both built on a
 * {@link dev.tandem.solvers.dispatch.internal.move.CandidateIndex} of which requests may take which technician.
 * Timefold's generic swap selectors draw two requests at random and then filter out the pairs whose values fall
 * outside each other's ranges; with a few dozen candidates among thousands of technicians almost every pair fails,
 * so they spent most of the search drawing. Public only because Timefold builds the factories by reflection; hosts
 * use {@link dev.tandem.solvers.dispatch.TimefoldDispatcher}.
 */
package dev.tandem.solvers.dispatch.internal.move;
