/**
 * Internal, not API: may change in any release. The Timefold constraints of capacitated assignment,
 * {@link dev.tandem.solvers.assign.internal.solver.CapacitatedAssignmentConstraints}, and their justifications.
 * Hosts use {@link dev.tandem.solvers.assign.TimefoldAssigner}.
 */
package dev.tandem.solvers.assign.internal.solver;
