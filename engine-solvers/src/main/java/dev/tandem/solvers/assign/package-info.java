/**
 * Capacitated assignment with Timefold Solver: {@link dev.tandem.solvers.assign.TimefoldAssigner} solves a
 * {@link dev.tandem.assign.AssignmentProblem} under the same objective as
 * {@link dev.tandem.assign.Assignment#score()}. The planning domain is in
 * {@link dev.tandem.solvers.assign.domain}, the constraints in {@link dev.tandem.solvers.assign.solver}, the exact
 * CP-SAT model the search is measured against in {@link dev.tandem.solvers.assign.exact}. Registered for
 * {@link java.util.ServiceLoader} as an {@link dev.tandem.assign.AssignmentSolver}.
 */
package dev.tandem.solvers.assign;
