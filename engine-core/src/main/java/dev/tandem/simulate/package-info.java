/**
 * A seeded discrete-event simulation of a service network over weeks, run under two policies on the same random
 * stream: every store alone (the playbook's "before") and the Tandem network (emergency transfers from the
 * matching core, a weekly rebalance, support dispatch and customer diversion). It measures what collaboration is
 * worth: fill rate, long waits, technician utilization, dead stock, customers lost, and what it cost.
 *
 * <p>Entry point: {@link dev.tandem.simulate.NetworkSimulator}.
 */
package dev.tandem.simulate;
