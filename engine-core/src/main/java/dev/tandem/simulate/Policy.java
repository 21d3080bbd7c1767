package dev.tandem.simulate;

/** How the stores of a simulated network work. */
public enum Policy {
    /**
     * Every store alone: a missing part is ordered from the central warehouse, a fault beyond the store's own
     * technicians is escalated to the factory, an overloaded store keeps its queue.
     */
    ISOLATED,
    /**
     * One network: emergency transfers within the 2-hour promise, a weekly rebalance of stock, support trips of
     * qualified technicians booked 3 days ahead, and diversion of waiting customers to nearby stores with room.
     */
    NETWORK
}
