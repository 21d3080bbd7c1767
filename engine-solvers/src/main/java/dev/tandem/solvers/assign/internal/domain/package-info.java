/**
 * Internal, not API: may change in any release. The Timefold planning domain of capacitated assignment:
 * {@link dev.tandem.solvers.assign.internal.domain.Item}s (the entities) placed in
 * {@link dev.tandem.solvers.assign.internal.domain.Bin}s (the facts), in an
 * {@link dev.tandem.solvers.assign.internal.domain.AssignmentSolution}. Public only because Timefold builds the
 * classes by reflection; hosts use {@link dev.tandem.solvers.assign.TimefoldAssigner}.
 */
package dev.tandem.solvers.assign.internal.domain;
