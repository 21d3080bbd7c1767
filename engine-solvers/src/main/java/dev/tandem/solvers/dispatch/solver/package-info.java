/**
 * The constraints of technician support dispatch,
 * {@link dev.tandem.solvers.dispatch.solver.TechnicianDispatchConstraints}, and the justification records whose
 * texts explain each penalty in plain words.
 */
package dev.tandem.solvers.dispatch.solver;
