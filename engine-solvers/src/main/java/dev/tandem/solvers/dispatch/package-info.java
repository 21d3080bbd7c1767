/**
 * Technician support dispatch (SOP 2) with Timefold Solver: {@link dev.tandem.solvers.dispatch.TimefoldDispatcher}
 * solves a {@link dev.tandem.dispatch.DispatchProblem} under the same objective as
 * {@link dev.tandem.dispatch.Dispatch#score()}, {@link dev.tandem.solvers.dispatch.DispatchExplainer} says in plain
 * words why each request got its technician or none, and {@link dev.tandem.solvers.dispatch.DispatchReplanner}
 * keeps a published plan and replans it after changes with as few moves as it must. The planning domain is in
 * {@link dev.tandem.solvers.dispatch.domain}, the constraints in {@link dev.tandem.solvers.dispatch.solver}.
 * Registered for {@link java.util.ServiceLoader} as a {@link dev.tandem.dispatch.DispatchSolver}.
 */
package dev.tandem.solvers.dispatch;
