/**
 * Capacitated assignment with Timefold Solver: {@link dev.tandem.solvers.assign.TimefoldAssigner} solves a
 * {@link dev.tandem.assign.AssignmentProblem} under the same objective as
 * {@link dev.tandem.assign.Assignment#score()}. The exact CP-SAT solver the
 * search is measured against is in {@link dev.tandem.solvers.assign.exact}. The Timefold planning domain and
 * constraints are in packages named {@code internal}: no Timefold type shows in this package's API. Registered for
 * {@link java.util.ServiceLoader} as an {@link dev.tandem.assign.AssignmentSolver}.
 */
package dev.tandem.solvers.assign;
