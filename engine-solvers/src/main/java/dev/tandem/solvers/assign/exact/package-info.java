/**
 * The exact capacitated assignment on OR-Tools CP-SAT, {@link dev.tandem.solvers.assign.exact.CpSatAssigner}: the
 * yardstick of the tests and the quality harness.
 */
package dev.tandem.solvers.assign.exact;
