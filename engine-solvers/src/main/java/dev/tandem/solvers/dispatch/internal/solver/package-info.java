/**
 * Internal, not API: may change in any release. The Timefold constraints of technician support dispatch,
 * {@link dev.tandem.solvers.dispatch.internal.solver.TechnicianDispatchConstraints}, and the justification records
 * whose texts explain each penalty in plain words (the dispatch explainer reads them). Hosts use
 * {@link dev.tandem.solvers.dispatch.TimefoldDispatcher} and name the rules with
 * {@link dev.tandem.solvers.dispatch.DispatchRules}.
 */
package dev.tandem.solvers.dispatch.internal.solver;
