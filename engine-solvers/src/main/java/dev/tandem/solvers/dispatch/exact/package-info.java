/**
 * The exact reference model of technician support dispatch: CP-SAT (OR-Tools) over every candidate trip, solved
 * lexicographically in two stages. It proves optimality on small instances (tens of requests) and serves as the
 * yardstick of the quality harness and the tests; it is not registered with {@link java.util.ServiceLoader}, as it
 * does not scale to a network's full week.
 */
package dev.tandem.solvers.dispatch.exact;
