/**
 * Plan arithmetic the rebalancers of the core and of engine-solvers share: the shipments a solver decides, runs
 * from shipments, their freight and the plan's totals. Internal: not API, may change without notice.
 */
package dev.tandem.rebalance.internal;
