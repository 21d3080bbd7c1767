/**
 * Stock rebalancing and dead-stock revival: the problem ({@link RebalanceProblem}) built from a snapshot, its
 * settings, the plan of moves with its exact totals, the independent validator, and the greedy baseline. The
 * optimizing solver (OR-Tools min-cost flow) lives in engine-solvers and is found through {@link RebalanceSolvers}.
 */
package dev.tandem.rebalance;
