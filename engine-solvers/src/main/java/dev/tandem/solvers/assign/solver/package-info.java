/**
 * The constraints of capacitated assignment, {@link dev.tandem.solvers.assign.solver.CapacitatedAssignmentConstraints},
 * and their justifications.
 */
package dev.tandem.solvers.assign.solver;
