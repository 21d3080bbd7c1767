/**
 * The min-cost flow model of a part's rebalancing, shared by the flow rebalancer and the benchmarks that compare it
 * with the exact models. Internal: not API, may change without notice.
 */
package dev.tandem.solvers.rebalance.internal;
