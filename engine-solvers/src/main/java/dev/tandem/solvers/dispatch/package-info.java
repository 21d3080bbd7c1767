/**
 * Technician support dispatch (SOP 2) with Timefold Solver: {@link dev.tandem.solvers.dispatch.TimefoldDispatcher}
 * solves a {@link dev.tandem.dispatch.DispatchProblem} under the same objective as
 * {@link dev.tandem.dispatch.Dispatch#score()}, each rule weighed by a {@link dev.tandem.solvers.dispatch.Weight}
 * under the name {@link dev.tandem.solvers.dispatch.DispatchRules} gives it. The explainer (why each request got
 * its technician or none) and the replanner (a published plan replanned after changes with as few moves as it
 * must) are package-private until a host needs them. The Timefold planning domain and constraints and the
 * large-neighbourhood search are in packages named {@code internal}: no Timefold type shows in this package's API,
 * whose scores are {@link dev.tandem.dispatch.DispatchScore}s. Registered for {@link java.util.ServiceLoader} as a
 * {@link dev.tandem.dispatch.DispatchSolver}.
 */
package dev.tandem.solvers.dispatch;
