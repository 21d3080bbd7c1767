/**
 * How a long solve runs: its {@link dev.tandem.job.SolveLimits} (time limit, move budget, seed), the
 * {@link dev.tandem.job.SolveControl} a solver polls for an early stop and tells of each better answer, and the
 * {@link dev.tandem.job.SolveJob} a host holds while the solve runs on its executor.
 */
package dev.tandem.job;
