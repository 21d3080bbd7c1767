/**
 * Internal, not API: may change in any release. The Timefold constraints of technician support dispatch,
 * {@link dev.tandem.solvers.dispatch.internal.solver.TechnicianDispatchConstraints}, and the justification records
 * whose texts explain each penalty in plain words. Hosts use {@link dev.tandem.solvers.dispatch.TimefoldDispatcher},
 * name the rules with {@link dev.tandem.solvers.dispatch.DispatchRules} and read the explanations from
 * {@link dev.tandem.solvers.dispatch.DispatchExplainer}.
 */
package dev.tandem.solvers.dispatch.internal.solver;
