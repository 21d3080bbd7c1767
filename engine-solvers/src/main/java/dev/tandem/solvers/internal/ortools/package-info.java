/**
 * Internal, not API: may change in any release. Access to OR-Tools: its native library, loaded once, lazily, on
 * first use, and the CP-SAT solver set up and its status checked the same way for every model. A failure to load
 * reaches hosts as engine-core's {@link dev.tandem.job.SolverUnavailableException}.
 */
package dev.tandem.solvers.internal.ortools;
