/**
 * The exact rebalancing on OR-Tools CP-SAT, {@link dev.tandem.solvers.rebalance.exact.CpSatRebalancer}: the
 * fixed-charge problem the rebalancing plans are priced by, over every pair of stores, and the yardstick the flow
 * and greedy rebalancers are measured against.
 */
package dev.tandem.solvers.rebalance.exact;
