/**
 * Network stock rebalancing as a min-cost flow per part, solved with OR-Tools through
 * {@link dev.tandem.solvers.flow}; registered for {@link java.util.ServiceLoader} as a
 * {@link dev.tandem.rebalance.RebalanceSolver}.
 */
package dev.tandem.solvers.rebalance;
