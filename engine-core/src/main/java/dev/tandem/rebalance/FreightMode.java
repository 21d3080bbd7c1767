package dev.tandem.rebalance;

/**
 * How a rebalancing plan pays for transport.
 *
 * <p>The playbook pays about 50 CNY for a same-city run between two stores, whatever the run carries that day: that
 * is {@link #PER_RUN}, what a network actually pays, and it makes the parts interact (a run opened for one part
 * carries the others for free). {@link #PER_PART} charges every part its own trip, as commercial balancers price a
 * transfer order line; the parts are then independent problems.
 */
public enum FreightMode {
    /** Every part sent between two stores pays a trip of its own. */
    PER_PART,
    /** One run between two stores on a day carries every part sent between them that day and pays once. */
    PER_RUN
}
