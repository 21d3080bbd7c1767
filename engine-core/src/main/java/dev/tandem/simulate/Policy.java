package dev.tandem.simulate;

/** How the stores of a simulated network work. */
public enum Policy {
    /**
     * Every store alone: a missing part is ordered from the central warehouse, a fault beyond the store's own
     * technicians is escalated to the factory, an overloaded store keeps its queue.
     */
    ISOLATED,
    /**
     * One network: the {@link Lever}s the settings name, each stuck customer decided by the collaboration advisor;
     * a customer the network cannot help fares exactly as a store alone. With no lever it is {@link #ISOLATED}.
     */
    NETWORK
}
