package dev.tandem.service.plan;

/** The network plans HQ can ask for. */
public enum PlanKind {
    /** Stock rebalancing and dead-stock revival (min-cost flow): approved moves become transfers. */
    REBALANCE,
    /** Technician support dispatch (Timefold): approved trips become confirmed support bookings. */
    DISPATCH,
    /** Customer diversion (Timefold assignment): approved offers become diversion offers to the customers. */
    DIVERT
}
