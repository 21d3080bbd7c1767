/**
 * Technician support dispatch (SOP 2) with Timefold Solver: {@link dev.tandem.solvers.dispatch.TimefoldDispatcher}
 * solves a {@link dev.tandem.dispatch.DispatchProblem} under the same objective as
 * {@link dev.tandem.dispatch.Dispatch#score()}, each rule weighed by a {@link dev.tandem.solvers.dispatch.Weight}
 * under the name {@link dev.tandem.solvers.dispatch.DispatchRules} gives it. {@link dev.tandem.solvers.dispatch.DispatchExplainer}
 * says in plain words why each request got its technician or none, and
 * {@link dev.tandem.solvers.dispatch.DispatchReplanner} keeps a published plan and replans it after changes (a new
 * request, a cancellation, a technician off sick) with as few moves as it must. The Timefold planning domain and constraints and the
 * large-neighbourhood search are in packages named {@code internal}: no Timefold type shows in this package's API,
 * whose scores are {@link dev.tandem.dispatch.DispatchScore}s. Registered for {@link java.util.ServiceLoader} as a
 * {@link dev.tandem.dispatch.DispatchSolver}.
 */
package dev.tandem.solvers.dispatch;
