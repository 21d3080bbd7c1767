package dev.tandem.advise;

import dev.tandem.model.StoreId;

/**
 * How long a store's queue keeps a job waiting: what the advisor needs to know beyond the matching core. A host
 * with a workshop plan answers from it; {@link CapacityQueues} estimates from the capacity board.
 */
public interface Queues {

    /** A wait that never ends: nobody at the store can do the job. */
    double NEVER = Double.POSITIVE_INFINITY;

    /**
     * Hours from the customer's moment until the store can start the job, when the job cannot start before
     * {@code readyAfterHours} (a part on its way, a drive); {@link #NEVER} if nobody there can do it.
     */
    double waitHours(StoreId store, StuckCustomer customer, double readyAfterHours);
}
