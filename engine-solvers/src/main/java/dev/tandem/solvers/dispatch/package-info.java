/**
 * Technician support dispatch (SOP 2) with Timefold Solver: {@link dev.tandem.solvers.dispatch.TimefoldDispatcher}
 * solves a {@link dev.tandem.dispatch.DispatchProblem} under the same objective as
 * {@link dev.tandem.dispatch.Dispatch#score()}, {@link dev.tandem.solvers.dispatch.DispatchExplainer} says in plain
 * words why each request got its technician or none, and {@link dev.tandem.solvers.dispatch.DispatchReplanner}
 * keeps a published plan and replans it after changes with as few moves as it must. The Timefold planning domain and
 * constraints are in packages named {@code internal}: no Timefold type shows in this package's API, whose scores
 * are {@link dev.tandem.dispatch.DispatchScore}s and whose weights are {@link dev.tandem.solvers.dispatch.Weight}s.
 * Registered for {@link java.util.ServiceLoader} as a {@link dev.tandem.dispatch.DispatchSolver}.
 */
package dev.tandem.solvers.dispatch;
