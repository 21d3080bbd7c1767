/**
 * The exact capacitated assignment, the yardsticks of the tests and the quality harness: on OR-Tools CP-SAT,
 * {@link dev.tandem.solvers.assign.exact.CpSatAssigner}, and as a mixed-integer program on SCIP,
 * {@link dev.tandem.solvers.assign.exact.MipAssigner}, whose linear-programming bound proves the optima of
 * diversion-sized problems that CP-SAT's search leaves open.
 */
package dev.tandem.solvers.assign.exact;
